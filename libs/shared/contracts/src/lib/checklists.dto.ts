import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CASE_TYPES, type CaseType } from './cases.dto';
import { ISO_DATE } from './clients.dto';

export const DOCUMENT_PROVIDERS = ['client', 'firm', 'third_party'] as const;
export type DocumentProvider = (typeof DOCUMENT_PROVIDERS)[number];

export const CHECKLIST_ITEM_STATES = ['requested', 'received', 'accepted', 'rejected', 'waived'] as const;
export type ChecklistItemState = (typeof CHECKLIST_ITEM_STATES)[number];

/** When a template item applies, read from the client's intake. */
export const CHECKLIST_CONDITIONS = ['always', 'has_partner', 'spouse_accompanying', 'has_dependent_children'] as const;
export type ChecklistCondition = (typeof CHECKLIST_CONDITIONS)[number];

/**
 * How many items a template item makes: one, or one per country lived in 6 months or more since
 * age 18, foreign credential, Canadian job in the 3-year window, permit, or language test.
 */
export const CHECKLIST_REPEATS = [
  'once',
  'police_country',
  'foreign_credential',
  'canadian_job_in_window',
  'permit',
  'language_test',
] as const;
export type ChecklistRepeat = (typeof CHECKLIST_REPEATS)[number];

/** File types accepted on upload, recognised by their content. */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

const DATE_MESSAGE = { message: 'must be a date written YYYY-MM-DD' };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;

// ---------- responses ----------

export interface ChecklistProgressDto {
  /** Required items still in force. */
  required: number;
  /** Required items accepted or waived. */
  done: number;
  /** Items received and waiting for review. */
  received: number;
  /** Required items past their due date and not done. */
  overdue: number;
  /** done / required, 0–100 (100 when nothing is required). */
  percent: number;
}

export interface ChecklistFileDto {
  id: string;
  itemId: string;
  version: number;
  fileName: string;
  contentType: UploadType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: string;
}

export interface ChecklistItemDto {
  id: string;
  checklistId: string;
  caseId: string;
  /** The template item it came from, and what it repeats for (a country, an employer…); null for items added by hand. */
  templateItemKey: string | null;
  instanceKey: string;
  label: string;
  description: string | null;
  provider: DocumentProvider;
  required: boolean;
  state: ChecklistItemState;
  /** Why it was rejected or waived. */
  stateReason: string | null;
  stateChangedBy: string | null;
  stateChangedAt: string | null;
  dueOn: string | null;
  overdue: boolean;
  documentExpiresOn: string | null;
  /** The intake no longer calls for it; kept because work was done on it. */
  retired: boolean;
  latestFile: ChecklistFileDto | null;
  fileCount: number;
  version: number;
}

export interface ChecklistDto {
  id: string;
  caseId: string;
  templateId: string | null;
  name: string;
  progress: ChecklistProgressDto;
  items: ChecklistItemDto[];
}

export interface CaseChecklistDto {
  caseId: string;
  progress: ChecklistProgressDto;
  checklists: ChecklistDto[];
}

export interface ChecklistTemplateItemDto {
  key: string;
  label: string;
  description: string | null;
  provider: DocumentProvider;
  required: boolean;
  condition: ChecklistCondition;
  repeat: ChecklistRepeat;
  dueDays: number | null;
}

export interface ChecklistTemplateDto {
  id: string;
  caseType: CaseType;
  name: string;
  active: boolean;
  items: ChecklistTemplateItemDto[];
  updatedAt: string;
  version: number;
}

// ---------- requests ----------

export class ChecklistTemplateItemInput {
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'must be lower-case letters, digits and underscores' }) key!: string;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(300) label!: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) description?: string | null;
  @IsIn(DOCUMENT_PROVIDERS) provider!: DocumentProvider;
  @IsBoolean() required!: boolean;
  @IsIn(CHECKLIST_CONDITIONS) condition!: ChecklistCondition;
  @IsIn(CHECKLIST_REPEATS) repeat!: ChecklistRepeat;
  /** Due this many days after the item is created; null for no due date. */
  @IsOptional() @IsInt() @Min(0) @Max(730) dueDays?: number | null;
}

export class CreateChecklistTemplateRequest {
  @IsIn(CASE_TYPES) caseType!: CaseType;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) name!: string;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ChecklistTemplateItemInput)
  items!: ChecklistTemplateItemInput[];
}

export class UpdateChecklistTemplateRequest {
  @IsInt() @Min(1) version!: number;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) name!: string;
  @IsBoolean() active!: boolean;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ChecklistTemplateItemInput)
  items!: ChecklistTemplateItemInput[];
}

export class ListChecklistTemplatesQuery {
  @IsOptional() @IsIn(CASE_TYPES) caseType?: CaseType;
}

export class AddChecklistItemRequest {
  /** The checklist to add to; defaults to the case's first checklist. */
  @IsOptional() @IsUUID() checklistId?: string;
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(300) label!: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) description?: string | null;
  @IsIn(DOCUMENT_PROVIDERS) provider!: DocumentProvider;
  @IsBoolean() required!: boolean;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dueOn?: string | null;
}

export class UpdateChecklistItemRequest {
  @IsInt() @Min(1) version!: number;
  @IsOptional() @IsIn(DOCUMENT_PROVIDERS) provider?: DocumentProvider;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dueOn?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) documentExpiresOn?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) description?: string | null;
}

export class ChangeItemStateRequest {
  @IsInt() @Min(1) version!: number;
  @IsIn(CHECKLIST_ITEM_STATES) state!: ChecklistItemState;
  /** Required to reject or waive. */
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) reason?: string | null;
}
