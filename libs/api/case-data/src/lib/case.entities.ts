import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CaseOutcome, CaseType, DeadlineKind } from '@intake/shared/contracts';

@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'file_number', type: 'text' }) fileNumber!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) type!: CaseType;
  @Column({ name: 'responsible_lawyer_id', type: 'uuid', nullable: true }) responsibleLawyerId!: string | null;
  @Column({ name: 'paralegal_id', type: 'uuid', nullable: true }) paralegalId!: string | null;
  @Column({ type: 'text' }) stage!: string;
  @Column({ name: 'stage_entered_at', type: 'timestamptz' }) stageEnteredAt!: Date;
  @Column({ type: 'text', nullable: true }) outcome!: CaseOutcome | null;
  @Column({ name: 'opened_on', type: 'date' }) openedOn!: string;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ name: 'ita_received_on', type: 'date', nullable: true }) itaReceivedOn!: string | null;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  /** Kept by refreshNextDeadline; the board reads it instead of scanning deadlines. */
  @Column({ name: 'next_deadline_id', type: 'uuid', nullable: true }) nextDeadlineId!: string | null;
  @Column({ name: 'next_deadline_on', type: 'date', nullable: true }) nextDeadlineOn!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity({ name: 'deadlines' })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) kind!: DeadlineKind;
  /** What it was derived from (a permit, a test, the ITA…); null for a manual deadline. */
  @Column({ name: 'source_key', type: 'text', nullable: true }) sourceKey!: string | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) detail!: string | null;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ name: 'done_by', type: 'uuid', nullable: true }) doneBy!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
