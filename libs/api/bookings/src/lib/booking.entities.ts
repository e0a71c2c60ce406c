import {
  Column,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  BookingStatus,
  ConflictPrecheckDto,
  ConsultationRequestStatus,
  Language,
  MeetingMode,
  ProgramOfInterest,
} from '@intake/shared/contracts';

@Entity({ name: 'consultation_types' })
export class ConsultationTypeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'name_fr', type: 'text' }) nameFr!: string;
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes!: number;
  @Column({ type: 'text', array: true }) modes!: MeetingMode[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity({ name: 'booking_settings' })
export class BookingSettingsEntity {
  @PrimaryColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'buffer_minutes', type: 'integer' }) bufferMinutes!: number;
  @Column({ name: 'min_notice_hours', type: 'integer' }) minNoticeHours!: number;
  @Column({ name: 'horizon_days', type: 'integer' }) horizonDays!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export interface OtherParty {
  name: string;
  relation: string;
}

@Entity({ name: 'consultation_requests' })
export class ConsultationRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', default: 'new' }) status!: ConsultationRequestStatus;
  @Column({ type: 'text' }) source!: 'booking' | 'self_assessment';
  @Column({ name: 'given_names', type: 'text' }) givenNames!: string;
  @Column({ name: 'family_name', type: 'text' }) familyName!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'preferred_language', type: 'text' }) preferredLanguage!: Language;
  @Column({ name: 'program_of_interest', type: 'text' }) programOfInterest!: ProgramOfInterest;
  @Column({ name: 'other_parties', type: 'jsonb', default: () => `'[]'::jsonb` })
  otherParties!: OtherParty[];
  @Column({ name: 'acknowledgment_id', type: 'uuid' }) acknowledgmentId!: string;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'conflict_precheck', type: 'jsonb', default: () => `'{}'::jsonb` })
  conflictPrecheck!: ConflictPrecheckDto;
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'converted_by', type: 'uuid', nullable: true }) convertedBy!: string | null;
  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true }) convertedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity({ name: 'bookings' })
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'staff_id', type: 'uuid' }) staffId!: string;
  @Column({ name: 'consultation_type_id', type: 'uuid' }) consultationTypeId!: string;
  @Column({ name: 'consultation_request_id', type: 'uuid' }) consultationRequestId!: string;
  @Column({ name: 'acknowledgment_id', type: 'uuid' }) acknowledgmentId!: string;
  @Column({ type: 'text' }) mode!: MeetingMode;
  @Column({ name: 'start_at', type: 'timestamptz' }) startAt!: Date;
  @Column({ name: 'end_at', type: 'timestamptz' }) endAt!: Date;
  @Column({ name: 'end_with_buffer', type: 'timestamptz' }) endWithBuffer!: Date;
  @Column({ type: 'text', default: 'confirmed' }) status!: BookingStatus;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  /** SHA-256 of the visitor's private link token; the token itself is only in their e-mail. */
  @Column({ name: 'manage_token_hash', type: 'text' }) manageTokenHash!: string;
  /** The link works until the meeting ends. */
  @Column({ name: 'manage_token_expires_at', type: 'timestamptz' }) manageTokenExpiresAt!: Date;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export const BOOKING_ENTITIES = [
  ConsultationTypeEntity,
  BookingSettingsEntity,
  ConsultationRequestEntity,
  BookingEntity,
];
