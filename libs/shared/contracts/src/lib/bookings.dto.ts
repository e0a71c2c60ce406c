import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  LANGUAGE_TEST_TYPES,
  type LanguageTestType,
  PROVINCE_CODES,
  type ProvinceCode,
} from '@intake/shared/cec-rules';
import { LANGUAGES, type Language } from './roles';

export const MEETING_MODES = ['video', 'in_person'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CONSULTATION_REQUEST_STATUSES = [
  'new',
  'contacted',
  'booked',
  'converted',
  'declined',
  'no_show',
] as const;
export type ConsultationRequestStatus = (typeof CONSULTATION_REQUEST_STATUSES)[number];

/** What the visitor says they need, in plain terms; `cec_express_entry` leads to a CEC case. */
export const PROGRAMS_OF_INTEREST = [
  'cec_express_entry',
  'other_express_entry',
  'work_permit',
  'study_permit',
  'family_sponsorship',
  'citizenship',
  'not_sure',
] as const;
export type ProgramOfInterest = (typeof PROGRAMS_OF_INTEREST)[number];

/** The header a public submission carries so that a repeat returns the first answer. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = { message: 'must be a local time written HH:MM (00:00 to 23:59)' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a date written YYYY-MM-DD' };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

// ---------- responses ----------

export interface ConsultationTypeDto {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
  durationMinutes: number;
  modes: MeetingMode[];
  active: boolean;
  version: number;
}

export interface WeeklyHoursDto {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: string;
  end: string;
}

/** A date with other hours (start and end) or off (both null). */
export interface AvailabilityExceptionDto {
  date: string;
  start: string | null;
  end: string | null;
}

export interface StaffAvailabilityDto {
  staffId: string;
  timeZone: string;
  weeklyHours: WeeklyHoursDto[];
  exceptions: AvailabilityExceptionDto[];
}

export interface BookingSettingsDto {
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  timeZone: string;
  version: number;
}

export interface HolidayDto {
  date: string;
  name: string;
}

export interface PublicSlotDto {
  /** Opaque: names the time and, hidden inside, the staff member who would meet. */
  slotId: string;
  /** ISO-8601 with the firm's offset on that day. */
  start: string;
  end: string;
}

/** Who the public pages speak for: the firm's name, address lines and time zone. */
export interface PublicFirmDto {
  name: string;
  addressLines: string[];
  timeZone: string;
}

/** A consultation a visitor can book, named in the language asked for. */
export interface PublicConsultationTypeDto {
  code: string;
  name: string;
  durationMinutes: number;
  modes: MeetingMode[];
}

export interface PublicSlotsDto {
  type: PublicConsultationTypeDto;
  timeZone: string;
  from: string;
  to: string;
  slots: PublicSlotDto[];
}

/** What a visitor sees of their own booking. */
export interface PublicBookingDto {
  id: string;
  status: BookingStatus;
  start: string;
  end: string;
  timeZone: string;
  mode: MeetingMode;
  type: { code: string; name: string; durationMinutes: number };
  preferredLanguage: Language;
}

// ---------- requests ----------

export class ConsultationTypeRequest {
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, {
    message: 'must be lowercase letters, digits and _ (starting with a letter)',
  })
  code!: string;
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  nameEn!: string;
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  nameFr!: string;
  @IsInt() @Min(10) @Max(480) durationMinutes!: number;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEETING_MODES, { each: true })
  modes!: MeetingMode[];
  @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateConsultationTypeRequest {
  @IsInt() version!: number;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  nameEn?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  nameFr?: string;
  @IsOptional() @IsInt() @Min(10) @Max(480) durationMinutes?: number;
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEETING_MODES, { each: true })
  modes?: MeetingMode[];
  @IsOptional() @IsBoolean() active?: boolean;
}

export class WeeklyHoursInput {
  @IsInt() @Min(1) @Max(7) weekday!: number;
  @Matches(TIME, TIME_MESSAGE) start!: string;
  @Matches(TIME, TIME_MESSAGE) end!: string;
}

export class AvailabilityExceptionInput {
  @Matches(DATE, DATE_MESSAGE) date!: string;
  @IsOptional() @Matches(TIME, TIME_MESSAGE) start?: string | null;
  @IsOptional() @Matches(TIME, TIME_MESSAGE) end?: string | null;
}

/** Replaces the staff member's weekly hours and exceptions whole. */
export class PutAvailabilityRequest {
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursInput)
  weeklyHours!: WeeklyHoursInput[];
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityExceptionInput)
  exceptions!: AvailabilityExceptionInput[];
}

export class PutBookingSettingsRequest {
  @IsInt() version!: number;
  @IsInt() @Min(0) @Max(240) bufferMinutes!: number;
  @IsInt() @Min(0) @Max(720) minNoticeHours!: number;
  @IsInt() @Min(1) @Max(730) horizonDays!: number;
}

export class HolidayRequest {
  @Matches(DATE, DATE_MESSAGE) date!: string;
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  name!: string;
}

export class HolidaysQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class PublicConsultationTypesQuery {
  /** Language of the names, default English. */
  @IsOptional() @IsIn(LANGUAGES) locale?: Language;
}

export class PublicSlotsQuery {
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'must be a consultation type code' }) type!: string;
  /** First day (firm's calendar), default today. */
  @IsOptional() @Matches(DATE, DATE_MESSAGE) from?: string;
  /** Last day included, default 14 days after `from`; at most 31 days after it. */
  @IsOptional() @Matches(DATE, DATE_MESSAGE) to?: string;
  /** Language of the type's name, default English. */
  @IsOptional() @IsIn(LANGUAGES) locale?: Language;
}

export class OtherPartyInput {
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  name!: string;
  /** How the person is involved, in the visitor's words (employer, former spouse, sponsor…). */
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(100)
  relation!: string;
}

/** The short pre-screen a visitor fills in before a consultation. */
export class PreScreenInput {
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  givenNames!: string;
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  familyName!: string;
  @Transform(lowerTrim)
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;
  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ().-]{7,25}$/, { message: 'must be a phone number' })
  phone?: string;
  @IsIn(LANGUAGES) preferredLanguage!: Language;
  @IsIn(PROGRAMS_OF_INTEREST) programOfInterest!: ProgramOfInterest;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OtherPartyInput)
  otherParties?: OtherPartyInput[];
  /** The token of a self-assessment this visitor ran, to link it to the request. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, {
    message: 'must be the token returned by /api/public/self-assessment',
  })
  selfAssessmentToken?: string;
}

/**
 * A booking of a listed slot (`slotId`), or of a start time and type (the firm picks who
 * meets). `website` is a honeypot that people never see: anything in it is refused with 400.
 */
export class CreatePublicBookingRequest {
  @ValidateIf((o: CreatePublicBookingRequest) => o.start === undefined || o.slotId !== undefined)
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,400}$/, { message: 'must be a slot id from /api/public/slots' })
  slotId?: string;

  @ValidateIf((o: CreatePublicBookingRequest) => o.slotId === undefined)
  @IsISO8601({ strict: true }, { message: 'must be an ISO-8601 instant with offset' })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'must be an ISO-8601 instant with offset' })
  start?: string;

  @ValidateIf((o: CreatePublicBookingRequest) => o.slotId === undefined)
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'must be a consultation type code' })
  type?: string;

  @IsIn(MEETING_MODES) mode!: MeetingMode;

  /** From POST /api/public/acknowledgments (purpose `booking`); without it the answer is 428. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, {
    message: 'must be the token returned by /api/public/acknowledgments',
  })
  acknowledgmentToken?: string;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => PreScreenInput)
  preScreen!: PreScreenInput;

  @IsOptional() @IsString() @MaxLength(0, { message: 'must be left empty' }) website?: string;
}

/** Moves a booking (through its private link) to another slot of the same consultation type. */
export class RescheduleBookingRequest {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,400}$/, { message: 'must be a slot id from /api/public/slots' })
  slotId!: string;
}

// ---------- staff side: consultation requests and the bookings calendar ----------

export interface ConflictPrecheckMatchDto {
  subjectName: string;
  subjectRole: string;
  matchedName: string;
  matchedRole: string;
  matchedClientId: string;
  matchedFileNumber: string;
  /** 0–100, as in the clients' conflict checks. */
  score: number;
  reasons: string[];
}

/** Run automatically on the names a visitor gave; a lawyer still decides on the client's own check. */
export interface ConflictPrecheckDto {
  ranAt: string;
  subjects: { name: string; role: string }[];
  matches: ConflictPrecheckMatchDto[];
}

export interface ConsultationRequestSummaryDto {
  id: string;
  status: ConsultationRequestStatus;
  source: 'booking' | 'self_assessment';
  givenNames: string;
  familyName: string;
  email: string;
  preferredLanguage: Language;
  programOfInterest: ProgramOfInterest;
  /** The next (or last) meeting booked, if any. */
  nextBookingStart: string | null;
  conflictMatches: number;
  createdAt: string;
  version: number;
}

export interface ConsultationRequestBookingDto {
  id: string;
  status: BookingStatus;
  start: string;
  end: string;
  mode: MeetingMode;
  typeCode: string;
  staffId: string;
  staffName: string;
}

export interface ConsultationRequestDto extends ConsultationRequestSummaryDto {
  phone: string | null;
  otherParties: { name: string; relation: string }[];
  notes: string | null;
  acknowledgment: {
    id: string;
    versionNumber: number;
    hash: string;
    locale: Language;
    purpose: string;
    acknowledgedAt: string;
  };
  bookings: ConsultationRequestBookingDto[];
  conflictPrecheck: ConflictPrecheckDto;
  clientId: string | null;
  caseId: string | null;
  convertedAt: string | null;
  selfAssessments: SelfAssessmentSummaryDto[];
}

export interface ConsultationRequestPage {
  items: ConsultationRequestSummaryDto[];
  total: number;
  /** Requests per status, for the same search (`q`) whatever `status` filters. */
  counts: Record<ConsultationRequestStatus, number>;
}

export interface ConversionDto {
  consultationRequestId: string;
  clientId: string;
  clientFileNumber: string;
  caseId: string;
  caseFileNumber: string;
  caseType: 'cec_express_entry' | 'consultation';
  convertedAt: string;
}

export interface StaffBookingDto extends ConsultationRequestBookingDto {
  typeName: string;
  consultationRequestId: string;
  visitorName: string;
  preferredLanguage: Language;
}

export class ListConsultationRequestsQuery {
  @IsOptional() @IsIn(CONSULTATION_REQUEST_STATUSES) status?: ConsultationRequestStatus;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200) q?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

/** `converted` is reached only through the conversion (POST …/convert). */
export class UpdateConsultationRequestRequest {
  @IsInt() version!: number;
  @IsOptional()
  @IsIn(CONSULTATION_REQUEST_STATUSES.filter((s) => s !== 'converted'))
  status?: Exclude<ConsultationRequestStatus, 'converted'>;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) notes?: string | null;
  /** Links a stored self-assessment (by its id) to this request. */
  @IsOptional() @IsUUID() selfAssessmentId?: string;
}

export class StaffBookingsQuery {
  @IsOptional() @IsUUID() staffId?: string;
  /** First day (firm's calendar), default today. */
  @IsOptional() @Matches(DATE, DATE_MESSAGE) from?: string;
  /** Last day included, default 14 days after `from`; at most 62 days after it. */
  @IsOptional() @Matches(DATE, DATE_MESSAGE) to?: string;
}

// ---------- public self-assessment ----------

export const SELF_ASSESSMENT_ANSWERS = [
  'likely_eligible',
  'needs_review',
  'likely_not_eligible',
] as const;
export type SelfAssessmentAnswer = (typeof SELF_ASSESSMENT_ANSWERS)[number];

export interface SelfAssessmentDto {
  id: string;
  /** Given once: send it as `preScreen.selfAssessmentToken` when booking to link the two. */
  token: string;
  answer: SelfAssessmentAnswer;
  /** One plain sentence; general information, never advice. */
  headline: string;
  reasons: string[];
  language: Language;
  /** The date the answers were evaluated for. */
  asOf: string;
  disclaimer: {
    versionId: string;
    number: number;
    hash: string;
    generalInformation: string;
    noConfidentiality: string;
  };
  createdAt: string;
}

export interface SelfAssessmentSummaryDto {
  id: string;
  answer: SelfAssessmentAnswer;
  /** The reasons as the visitor read them, in the language they used. */
  reasons: string[];
  language: Language;
  asOf: string;
  createdAt: string;
}

/** A period of work in Canada; give the NOC code if known, otherwise its TEER category (0–5). */
export class SelfAssessmentWorkInput {
  @Matches(DATE, DATE_MESSAGE) start!: string;
  /** Empty while the job goes on. */
  @IsOptional() @Matches(DATE, DATE_MESSAGE) end?: string | null;
  @Type(() => Number) @Min(1) @Max(80) hoursPerWeek!: number;
  @ValidateIf((o: SelfAssessmentWorkInput) => o.teer === undefined || o.noc !== undefined)
  @Matches(/^\d{5}$/, { message: 'must be the 5-digit NOC 2021 code, or give teer instead' })
  noc?: string;
  @ValidateIf((o: SelfAssessmentWorkInput) => o.noc === undefined)
  @IsInt()
  @Min(0)
  @Max(5)
  teer?: number;
  @IsBoolean() whileFullTimeStudent!: boolean;
  @IsBoolean() authorized!: boolean;
  @IsOptional() @IsBoolean() selfEmployed?: boolean;
}

export class SelfAssessmentLanguageTestInput {
  @IsIn(LANGUAGE_TEST_TYPES) type!: LanguageTestType;
  @Matches(DATE, DATE_MESSAGE) date!: string;
  @Type(() => Number) @Min(0) @Max(1000) reading!: number;
  @Type(() => Number) @Min(0) @Max(1000) writing!: number;
  @Type(() => Number) @Min(0) @Max(1000) listening!: number;
  @Type(() => Number) @Min(0) @Max(1000) speaking!: number;
}

export class SelfAssessmentPartnerInput {
  @IsBoolean() accompanying!: boolean;
  @IsBoolean() canadianCitizenOrPR!: boolean;
}

export class SelfAssessmentRequest {
  /** From POST /api/public/acknowledgments (purpose `self_assessment`); without it the answer is 428. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, {
    message: 'must be the token returned by /api/public/acknowledgments',
  })
  acknowledgmentToken?: string;
  /** Language of the answer; default: the language the disclaimer was accepted in. */
  @IsOptional() @IsIn(LANGUAGES) locale?: Language;
  @Matches(DATE, DATE_MESSAGE) dateOfBirth!: string;
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SelfAssessmentWorkInput)
  canadianWork!: SelfAssessmentWorkInput[];
  /** Leave out when no approved test was taken. */
  @IsOptional()
  @ValidateNested()
  @Type(() => SelfAssessmentLanguageTestInput)
  languageTest?: SelfAssessmentLanguageTestInput;
  @IsIn(EDUCATION_LEVELS) educationLevel!: EducationLevel;
  @IsIn(PROVINCE_CODES) intendedProvince!: ProvinceCode;
  /** Leave out (or null) without a spouse or common-law partner. */
  @IsOptional()
  @ValidateNested()
  @Type(() => SelfAssessmentPartnerInput)
  partner?: SelfAssessmentPartnerInput | null;
}
