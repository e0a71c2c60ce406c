import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Language, MaritalStatus, Province } from '@intake/shared/contracts';
import {
  EducationEntity,
  FamilyMemberEntity,
  IdentificationEntity,
  LanguageTestEntity,
  PartyEntity,
  StatusEntryEntity,
  VerificationEntity,
  WorkEntity,
} from './section.entities';

@Entity({ name: 'clients' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'file_number', type: 'text' }) fileNumber!: string;
  @Column({ name: 'given_names', type: 'text' }) givenNames!: string;
  @Column({ name: 'family_name', type: 'text' }) familyName!: string;
  @Column({ name: 'other_names', type: 'text', array: true, default: () => "'{}'" }) otherNames!: string[];
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) citizenships!: string[];
  @Column({ name: 'country_of_residence', type: 'char', length: 2, nullable: true }) countryOfResidence!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'address_line1', type: 'text', nullable: true }) addressLine1!: string | null;
  @Column({ name: 'address_line2', type: 'text', nullable: true }) addressLine2!: string | null;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;
  @Column({ name: 'address_country', type: 'char', length: 2, nullable: true }) addressCountry!: string | null;
  @Column({ name: 'preferred_language', type: 'text', default: 'en' }) preferredLanguage!: Language;
  @Column({ name: 'intended_province', type: 'char', length: 2, nullable: true }) intendedProvince!: Province | null;
  @Column({ name: 'marital_status', type: 'text', nullable: true }) maritalStatus!: MaritalStatus | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'assigned_to', type: 'uuid', nullable: true }) assignedTo!: string | null;
  @Column({ type: 'boolean', default: true }) open!: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;

  @OneToMany(() => StatusEntryEntity, (e) => e.client) statusHistory?: StatusEntryEntity[];
  @OneToMany(() => LanguageTestEntity, (e) => e.client) languageTests?: LanguageTestEntity[];
  @OneToMany(() => EducationEntity, (e) => e.client) education?: EducationEntity[];
  @OneToMany(() => WorkEntity, (e) => e.client) work?: WorkEntity[];
  @OneToMany(() => FamilyMemberEntity, (e) => e.client) family?: FamilyMemberEntity[];
  @OneToMany(() => PartyEntity, (e) => e.client) parties?: PartyEntity[];
  @OneToOne(() => IdentificationEntity, (e) => e.client) identification?: IdentificationEntity | null;
  @OneToMany(() => VerificationEntity, (e) => e.client) verifications?: VerificationEntity[];
}
