import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AcknowledgmentPurpose, Language } from '@intake/shared/contracts';

/** A published disclaimer text; the database refuses any change once written. */
@Entity({ name: 'disclaimer_versions' })
export class DisclaimerVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ name: 'general_information_en', type: 'text' }) generalInformationEn!: string;
  @Column({ name: 'no_confidentiality_en', type: 'text' }) noConfidentialityEn!: string;
  @Column({ name: 'general_information_fr', type: 'text' }) generalInformationFr!: string;
  @Column({ name: 'no_confidentiality_fr', type: 'text' }) noConfidentialityFr!: string;
  @Column({ name: 'content_hash', type: 'text' }) contentHash!: string;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' }) publishedAt!: Date;
}

/** A visitor's acknowledgment of one version; immutable, reached later by the hash of its token. */
@Entity({ name: 'disclaimer_acknowledgments' })
export class AcknowledgmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'content_hash', type: 'text' }) contentHash!: string;
  @Column({ type: 'text' }) locale!: Language;
  @Column({ name: 'accepts_general_information', type: 'boolean' })
  acceptsGeneralInformation!: boolean;
  @Column({ name: 'accepts_no_confidentiality', type: 'boolean' })
  acceptsNoConfidentiality!: boolean;
  @Column({ type: 'text' }) purpose!: AcknowledgmentPurpose;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash!: string;
  @Column({ type: 'text', nullable: true }) ip!: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', default: () => 'now()' })
  acknowledgedAt!: Date;
}

export const DISCLAIMER_ENTITIES = [DisclaimerVersionEntity, AcknowledgmentEntity];
