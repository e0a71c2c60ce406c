import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@intake/shared/contracts';
import type { CecProfile, CecResult, Outcome } from '@intake/shared/cec-rules';

@Entity({ name: 'assessments' })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text', default: 'CEC' }) program!: string;
  @Column({ name: 'as_of', type: 'date' }) asOf!: string;
  @Column({ name: 'rule_set_id', type: 'text' }) ruleSetId!: string;
  @Column({ name: 'engine_version', type: 'text' }) engineVersion!: string;
  @Column({ type: 'jsonb' }) input!: CecProfile;
  @Column({ name: 'input_hash', type: 'text' }) inputHash!: string;
  @Column({ type: 'jsonb' }) result!: CecResult;
  @Column({ type: 'text' }) outcome!: Outcome;
  @Column({ name: 'crs_total', type: 'integer', nullable: true }) crsTotal!: number | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'assessment_releases' })
export class AssessmentReleaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'assessment_id', type: 'uuid' }) assessmentId!: string;
  @Column({ name: 'released_by', type: 'uuid' }) releasedBy!: string;
  @CreateDateColumn({ name: 'released_at', type: 'timestamptz' }) releasedAt!: Date;
  @Column({ type: 'text' }) language!: Language;
  @Column({ name: 'disclaimer_version', type: 'text' }) disclaimerVersion!: string;
  @Column({ name: 'disclaimer_hash', type: 'text' }) disclaimerHash!: string;
  /** The published disclaimer version printed; null on releases made before versions were managed. */
  @Column({ name: 'disclaimer_id', type: 'uuid', nullable: true }) disclaimerId!: string | null;
}
