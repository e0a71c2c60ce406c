import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  EducationLevelCode,
  FamilyPermitType,
  FamilyRelationship,
  IdDocumentType,
  LanguageTestKind,
  PartyKind,
  SpouseLanguageTest,
  StatusType,
  VerificationMethod,
} from '@intake/shared/contracts';
import type { ClientEntity } from './client.entity';
import { numeric } from './columns';

/** Rows of a list section: they belong to a client and keep the order they were entered in. */
abstract class SectionRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'integer' }) position!: number;
}

@Entity({ name: 'client_status_history' })
export class StatusEntryEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'statusHistory', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) type!: StatusType;
  @Column({ name: 'permit_number_enc', type: 'text', nullable: true }) permitNumberEnc!: string | null;
  @Column({ name: 'permit_number_hint', type: 'text', nullable: true }) permitNumberHint!: string | null;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'text', nullable: true }) conditions!: string | null;
}

@Entity({ name: 'client_language_tests' })
export class LanguageTestEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'languageTests', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) test!: LanguageTestKind;
  @Column({ name: 'test_date', type: 'date' }) testDate!: string;
  @Column({ name: 'registration_number', type: 'text', nullable: true }) registrationNumber!: string | null;
  @Column({ type: 'numeric', transformer: numeric }) reading!: number;
  @Column({ type: 'numeric', transformer: numeric }) writing!: number;
  @Column({ type: 'numeric', transformer: numeric }) listening!: number;
  @Column({ type: 'numeric', transformer: numeric }) speaking!: number;
}

@Entity({ name: 'client_education' })
export class EducationEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'education', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) level!: EducationLevelCode;
  @Column({ type: 'text' }) institution!: string;
  @Column({ type: 'char', length: 2 }) country!: string;
  @Column({ name: 'in_canada', type: 'boolean' }) inCanada!: boolean;
  @Column({ name: 'full_time', type: 'boolean' }) fullTime!: boolean;
  @Column({ name: 'duration_years', type: 'numeric', transformer: numeric }) durationYears!: number;
  @Column({ name: 'completed_on', type: 'date', nullable: true }) completedOn!: string | null;
  @Column({ name: 'eca_organization', type: 'text', nullable: true }) ecaOrganization!: string | null;
  @Column({ name: 'eca_date', type: 'date', nullable: true }) ecaDate!: string | null;
  @Column({ name: 'eca_equivalency', type: 'text', nullable: true }) ecaEquivalency!: string | null;
  @Column({ name: 'eca_valid', type: 'boolean', default: false }) ecaValid!: boolean;
}

@Entity({ name: 'client_work_history' })
export class WorkEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'work', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) employer!: string;
  @Column({ type: 'char', length: 5 }) noc!: string;
  @Column({ type: 'char', length: 2 }) country!: string;
  @Column({ name: 'start_date', type: 'date' }) start!: string;
  @Column({ name: 'end_date', type: 'date', nullable: true }) end!: string | null;
  @Column({ name: 'hours_per_week', type: 'numeric', transformer: numeric }) hoursPerWeek!: number;
  @Column({ name: 'self_employed', type: 'boolean' }) selfEmployed!: boolean;
  @Column({ name: 'while_full_time_student', type: 'boolean' }) whileFullTimeStudent!: boolean;
  @Column({ type: 'boolean' }) authorized!: boolean;
}

@Entity({ name: 'client_family_members' })
export class FamilyMemberEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'family', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) relationship!: FamilyRelationship;
  @Column({ name: 'given_names', type: 'text' }) givenNames!: string;
  @Column({ name: 'family_name', type: 'text' }) familyName!: string;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'boolean', default: false }) accompanying!: boolean;
  @Column({ name: 'canadian_citizen_or_pr', type: 'boolean', default: false }) canadianCitizenOrPR!: boolean;
  @Column({ name: 'education_level', type: 'text', nullable: true }) educationLevel!: EducationLevelCode | null;
  @Column({ name: 'language_test', type: 'jsonb', nullable: true }) languageTest!: SpouseLanguageTest | null;
  @Column({ name: 'canadian_work_years', type: 'integer', nullable: true }) canadianWorkYears!: number | null;
  @Column({ name: 'permit_type', type: 'text', nullable: true }) permitType!: FamilyPermitType | null;
  @Column({ name: 'permit_valid_to', type: 'date', nullable: true }) permitValidTo!: string | null;
}

@Entity({ name: 'client_parties' })
export class PartyEntity extends SectionRow {
  @ManyToOne('ClientEntity', 'parties', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) kind!: PartyKind;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
}

@Entity({ name: 'client_identifications' })
export class IdentificationEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @OneToOne('ClientEntity', 'identification', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) address!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) occupation!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

@Entity({ name: 'client_verifications' })
export class VerificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @ManyToOne('ClientEntity', 'verifications', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;
  @Column({ name: 'document_type', type: 'text' }) documentType!: IdDocumentType;
  @Column({ name: 'issuing_jurisdiction', type: 'text' }) issuingJurisdiction!: string;
  @Column({ name: 'document_number_enc', type: 'text' }) documentNumberEnc!: string;
  @Column({ name: 'document_number_hint', type: 'text' }) documentNumberHint!: string;
  @Column({ type: 'date', nullable: true }) expiry!: string | null;
  @Column({ type: 'text' }) method!: VerificationMethod;
  @Column({ name: 'verified_by', type: 'uuid' }) verifiedBy!: string;
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

export const SECTION_ENTITIES = [
  StatusEntryEntity,
  LanguageTestEntity,
  EducationEntity,
  WorkEntity,
  FamilyMemberEntity,
  PartyEntity,
  IdentificationEntity,
  VerificationEntity,
];
