import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from './page.dto';
import { LANGUAGES, type Language } from './roles';
import {
  CLIENT_SORTS,
  type ClientSort,
  CONFLICT_DECISIONS,
  type ConflictDecision,
  type ConflictStatus,
  EDUCATION_LEVELS,
  type EducationLevelCode,
  FAMILY_RELATIONSHIPS,
  type FamilyRelationship,
  ID_DOCUMENT_TYPES,
  type IdDocumentType,
  LANGUAGE_TESTS,
  type LanguageTestKind,
  MARITAL_STATUSES,
  type MaritalStatus,
  PARTY_KINDS,
  type PartyKind,
  PROVINCES,
  type Province,
  STATUS_TYPES,
  type StatusType,
  VERIFICATION_METHODS,
  type VerificationMethod,
} from './intake';

/** `YYYY-MM-DD`; whether the day exists on the calendar is checked by the service. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a date written YYYY-MM-DD' };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;

// ---------- responses ----------

export interface AbilityLevels {
  reading: number;
  writing: number;
  listening: number;
  speaking: number;
}

export interface ClientAddress {
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface StatusEntryDto {
  id: string;
  type: StatusType;
  /** Masked: only the last characters show. */
  permitNumber: string | null;
  validFrom: string;
  validTo: string | null;
  conditions: string | null;
}

export interface LanguageTestDto extends AbilityLevels {
  id: string;
  test: LanguageTestKind;
  testDate: string;
  registrationNumber: string | null;
  /** CLB (English) or NCLC (French) per ability, derived from the scores. */
  clb: AbilityLevels;
}

export interface EducationDto {
  id: string;
  level: EducationLevelCode;
  institution: string;
  country: string;
  inCanada: boolean;
  fullTime: boolean;
  durationYears: number;
  completedOn: string | null;
  ecaOrganization: string | null;
  ecaDate: string | null;
  ecaEquivalency: string | null;
  ecaValid: boolean;
}

export interface WorkDto {
  id: string;
  employer: string;
  noc: string;
  nocTitleEn: string;
  nocTitleFr: string;
  teer: number;
  country: string;
  start: string;
  end: string | null;
  hoursPerWeek: number;
  selfEmployed: boolean;
  whileFullTimeStudent: boolean;
  authorized: boolean;
}

export interface SpouseLanguageTest extends AbilityLevels {
  test: LanguageTestKind;
  testDate: string;
}

export interface FamilyMemberDto {
  id: string;
  relationship: FamilyRelationship;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  email: string | null;
  accompanying: boolean;
  canadianCitizenOrPR: boolean;
  educationLevel: EducationLevelCode | null;
  languageTest: SpouseLanguageTest | null;
  canadianWorkYears: number | null;
  /** A temporary status in Canada and its last day: its expiry becomes a deadline of the client's cases. */
  permitType: FamilyPermitType | null;
  permitValidTo: string | null;
}

export interface PartyDto {
  id: string;
  kind: PartyKind;
  name: string;
  dateOfBirth: string | null;
  email: string | null;
  notes: string | null;
}

export interface IdentificationDto {
  name: string;
  address: string;
  phone: string | null;
  occupation: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export interface VerificationDto {
  id: string;
  documentType: IdDocumentType;
  issuingJurisdiction: string;
  /** Masked: only the last characters show. */
  documentNumber: string;
  expiry: string | null;
  method: VerificationMethod;
  verifiedBy: string;
  verifiedByName: string;
  verifiedOn: string;
}

export interface ClientSummaryDto {
  id: string;
  fileNumber: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  intendedProvince: Province | null;
  assignedTo: string | null;
  /** The earliest end date of a temporary status still in force, if any. */
  nextStatusExpiry: string | null;
  conflictStatus: ConflictStatus | null;
  updatedAt: string;
}

export interface ClientDto extends Omit<ClientSummaryDto, 'nextStatusExpiry' | 'conflictStatus'> {
  otherNames: string[];
  citizenships: string[];
  countryOfResidence: string | null;
  address: ClientAddress;
  preferredLanguage: Language;
  maritalStatus: MaritalStatus | null;
  notes: string | null;
  open: boolean;
  createdAt: string;
  version: number;
  statusHistory: StatusEntryDto[];
  languageTests: LanguageTestDto[];
  education: EducationDto[];
  work: WorkDto[];
  family: FamilyMemberDto[];
  parties: PartyDto[];
  identification: IdentificationDto | null;
  verifications: VerificationDto[];
  nextStatusExpiry: string | null;
  conflictStatus: ConflictStatus | null;
  /** Canadian skilled hours that count today under the CEC rules (3-year window); null while the intake lacks a date of birth or province. */
  canadianSkilledHours: number | null;
}

// ---------- requests ----------

export class ClientAddressInput {
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200) line1?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200) line2?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) city?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) region?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(20) postalCode?: string | null;
  @IsOptional() @Transform(upper) @IsISO31661Alpha2({ message: 'must be an ISO 3166 country code' }) country?: string | null;
}

/** The identity section but the names (required on creation, optional on update). */
export class ClientIdentityInput {
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(200, { each: true })
  otherNames?: string[];

  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dateOfBirth?: string | null;

  @IsOptional() @IsArray() @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true, message: 'must be ISO 3166 country codes' })
  citizenships?: string[];

  @IsOptional() @Transform(upper) @IsISO31661Alpha2({ message: 'must be an ISO 3166 country code' })
  countryOfResidence?: string | null;

  @IsOptional() @Transform(emptyToNull) @IsEmail({}, { message: 'must be a valid e-mail address' }) @MaxLength(254)
  email?: string | null;

  @IsOptional() @Transform(emptyToNull) @Matches(/^[+()0-9 .-]{7,30}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @IsOptional() @ValidateNested() @Type(() => ClientAddressInput) address?: ClientAddressInput;

  @IsOptional() @IsIn(LANGUAGES) preferredLanguage?: Language;

  @IsOptional() @IsIn([...PROVINCES, null], { message: `must be a province or territory code` })
  intendedProvince?: Province | null;

  @IsOptional() @IsIn([...MARITAL_STATUSES, null]) maritalStatus?: MaritalStatus | null;

  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(5000) notes?: string | null;

  @IsOptional() @IsUUID() assignedTo?: string | null;
}

export class CreateClientRequest extends ClientIdentityInput {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200)
  givenNames!: string;

  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200)
  familyName!: string;
}

export class UpdateClientRequest extends ClientIdentityInput {
  @IsInt() @Min(1) version!: number;

  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200)
  givenNames?: string;

  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200)
  familyName?: string;

  @IsOptional() @IsBoolean() open?: boolean;
}

export class StatusEntryInput {
  @IsOptional() @IsUUID() id?: string;
  @IsIn(STATUS_TYPES, { message: `must be one of ${STATUS_TYPES.join(', ')}` }) type!: StatusType;
  /** Omitted on an existing entry: the stored number is kept. */
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(50) permitNumber?: string | null;
  @Matches(ISO_DATE, DATE_MESSAGE) validFrom!: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) validTo?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(1000) conditions?: string | null;
}

export class LanguageTestInput {
  @IsIn(LANGUAGE_TESTS, { message: `must be one of ${LANGUAGE_TESTS.join(', ')}` }) test!: LanguageTestKind;
  @Matches(ISO_DATE, DATE_MESSAGE) testDate!: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(50) registrationNumber?: string | null;
  @IsNumber() reading!: number;
  @IsNumber() writing!: number;
  @IsNumber() listening!: number;
  @IsNumber() speaking!: number;
}

export class EducationInput {
  @IsIn(EDUCATION_LEVELS) level!: EducationLevelCode;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) institution!: string;
  @Transform(upper) @IsISO31661Alpha2({ message: 'must be an ISO 3166 country code' }) country!: string;
  @IsBoolean() fullTime!: boolean;
  @IsNumber() @Min(0) @Max(15) durationYears!: number;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) completedOn?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(100) ecaOrganization?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) ecaDate?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200) ecaEquivalency?: string | null;
  @IsOptional() @IsBoolean() ecaValid?: boolean;
}

export class WorkInput {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) employer!: string;
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit NOC 2021 code' }) noc!: string;
  @Transform(upper) @IsISO31661Alpha2({ message: 'must be an ISO 3166 country code' }) country!: string;
  @Matches(ISO_DATE, DATE_MESSAGE) start!: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) end?: string | null;
  @IsNumber() @Min(1) @Max(100) hoursPerWeek!: number;
  @IsBoolean() selfEmployed!: boolean;
  @IsBoolean() whileFullTimeStudent!: boolean;
  @IsBoolean() authorized!: boolean;
}

export class SpouseLanguageTestInput {
  @IsIn(LANGUAGE_TESTS) test!: LanguageTestKind;
  @Matches(ISO_DATE, DATE_MESSAGE) testDate!: string;
  @IsNumber() reading!: number;
  @IsNumber() writing!: number;
  @IsNumber() listening!: number;
  @IsNumber() speaking!: number;
}

/** The temporary statuses of a family member that end on a date (and may need an extension). */
export const FAMILY_PERMIT_TYPES = ['work_permit', 'study_permit', 'visitor'] as const;
export type FamilyPermitType = (typeof FAMILY_PERMIT_TYPES)[number];

export class FamilyMemberInput {
  @IsIn(FAMILY_RELATIONSHIPS) relationship!: FamilyRelationship;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) givenNames!: string;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) familyName!: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dateOfBirth?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsEmail({}, { message: 'must be a valid e-mail address' }) email?: string | null;
  @IsOptional() @IsBoolean() accompanying?: boolean;
  @IsOptional() @IsBoolean() canadianCitizenOrPR?: boolean;
  @IsOptional() @IsIn([...EDUCATION_LEVELS, null]) educationLevel?: EducationLevelCode | null;
  @IsOptional() @ValidateNested() @Type(() => SpouseLanguageTestInput) languageTest?: SpouseLanguageTestInput | null;
  @IsOptional() @IsInt() @Min(0) @Max(5) canadianWorkYears?: number | null;
  @IsOptional() @IsIn([...FAMILY_PERMIT_TYPES, null]) permitType?: FamilyPermitType | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) permitValidTo?: string | null;
}

export class PartyInput {
  @IsIn(PARTY_KINDS) kind!: PartyKind;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) name!: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dateOfBirth?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsEmail({}, { message: 'must be a valid e-mail address' }) email?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(1000) notes?: string | null;
}

/** Replaces one list section of the profile as a whole, under the client's version. */
abstract class SectionRequest {
  @IsInt() @Min(1) version!: number;
}

export class ReplaceStatusHistoryRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => StatusEntryInput)
  items!: StatusEntryInput[];
}

export class ReplaceLanguageTestsRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LanguageTestInput)
  items!: LanguageTestInput[];
}

export class ReplaceEducationRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EducationInput)
  items!: EducationInput[];
}

export class ReplaceWorkRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkInput)
  items!: WorkInput[];
}

export class ReplaceFamilyRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => FamilyMemberInput)
  items!: FamilyMemberInput[];
}

export class ReplacePartiesRequest extends SectionRequest {
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PartyInput)
  items!: PartyInput[];
}

export class IdentificationRequest extends SectionRequest {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) name!: string;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(500) address!: string;
  @IsOptional() @Transform(emptyToNull) @Matches(/^[+()0-9 .-]{7,30}$/, { message: 'must be a phone number' }) phone?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200) occupation?: string | null;
}

export class AddVerificationRequest {
  @IsIn(ID_DOCUMENT_TYPES) documentType!: IdDocumentType;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(100) issuingJurisdiction!: string;
  @Transform(trim) @IsString() @Matches(/^[A-Za-z0-9 -]{3,40}$/, { message: 'must be 3 to 40 letters or digits' })
  documentNumber!: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) expiry?: string | null;
  @IsIn(VERIFICATION_METHODS) method!: VerificationMethod;
  @Matches(ISO_DATE, DATE_MESSAGE) verifiedOn!: string;
}

export class ListClientsQuery extends PageQuery {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsIn(CLIENT_SORTS) sort?: ClientSort;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @IsOptional() @IsIn(PROVINCES) province?: Province;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) expiringWithinDays?: number;
  @IsOptional() @IsUUID() assignedTo?: string;
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() includeClosed?: boolean;
}

export class SaveDraftRequest {
  @IsObject() data!: Record<string, unknown>;
}

export interface DraftDto {
  key: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

// ---------- conflict checks ----------

export interface ConflictMatch {
  subjectName: string;
  subjectRole: string;
  matchedName: string;
  matchedRole: string;
  matchedClientId: string;
  matchedFileNumber: string;
  score: number;
  reasons: string[];
}

export interface ConflictCheckDto {
  id: string;
  clientId: string;
  runBy: string | null;
  runByName: string;
  runAt: string;
  subjects: { name: string; role: string }[];
  matches: ConflictMatch[];
  status: ConflictStatus;
  decidedBy: string | null;
  decidedByName: string;
  decidedAt: string | null;
  reason: string | null;
  version: number;
}

export class ConflictDecisionRequest {
  @IsInt() @Min(1) version!: number;
  @IsIn(CONFLICT_DECISIONS) decision!: ConflictDecision;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) reason?: string | null;
}

export interface NocDto {
  code: string;
  titleEn: string;
  titleFr: string;
  teer: number;
}

export class SearchNocQuery {
  @IsString() @MaxLength(100) q!: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}
