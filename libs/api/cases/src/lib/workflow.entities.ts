import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CaseOutcome, CaseType } from '@intake/shared/contracts';

@Entity({ name: 'case_stages' })
export class CaseStageEntity {
  @PrimaryColumn({ name: 'case_type', type: 'text' }) caseType!: CaseType;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'boolean' }) terminal!: boolean;
}

/** One allowed move; the table is the firm's workflow. */
@Entity({ name: 'case_transition_rules' })
export class CaseTransitionRuleEntity {
  @PrimaryColumn({ name: 'case_type', type: 'text' }) caseType!: CaseType;
  @PrimaryColumn({ name: 'from_stage', type: 'text' }) from!: string;
  @PrimaryColumn({ name: 'to_stage', type: 'text' }) to!: string;
  @Column({ name: 'lawyer_only', type: 'boolean' }) lawyerOnly!: boolean;
  @Column({ type: 'text', nullable: true }) guard!: string | null;
  @Column({ type: 'text', array: true }) outcomes!: CaseOutcome[];
}

@Entity({ name: 'case_transitions' })
export class CaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'from_stage', type: 'text' }) from!: string;
  @Column({ name: 'to_stage', type: 'text' }) to!: string;
  @Column({ type: 'text', nullable: true }) outcome!: CaseOutcome | null;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}

@Entity({ name: 'case_notes' })
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'case_tasks' })
export class CaseTaskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ name: 'done_by', type: 'uuid', nullable: true }) doneBy!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export const WORKFLOW_ENTITIES = [CaseStageEntity, CaseTransitionRuleEntity, CaseTransitionEntity, CaseNoteEntity, CaseTaskEntity];
