import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ISO_DATE } from './clients.dto';
import { MAX_PAGE_SIZE, PageQuery } from './page.dto';

export const CASE_TYPES = ['cec_express_entry', 'consultation', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_OUTCOMES = ['approved', 'refused', 'withdrawn'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Stage codes are data (the case_stages table); this is their shape. */
export const STAGE_CODE = /^[a-z][a-z0-9_]{0,49}$/;

export const DEADLINE_KINDS = [
  'pr_application_due',
  'permit_expiry',
  'language_test_expiry',
  'hours_age_out',
  'document_expiry',
  'manual',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const DATE_MESSAGE = { message: 'must be a date written YYYY-MM-DD' };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

// ---------- responses ----------

export interface NextDeadlineDto {
  id: string;
  kind: DeadlineKind;
  title: string;
  dueOn: string;
}

export interface CaseDto {
  id: string;
  fileNumber: string;
  type: CaseType;
  clientId: string;
  clientFileNumber: string;
  clientName: string;
  responsibleLawyerId: string | null;
  responsibleLawyerName: string | null;
  paralegalId: string | null;
  paralegalName: string | null;
  stage: string;
  stageLabel: string;
  stageEnteredAt: string;
  daysInStage: number;
  outcome: CaseOutcome | null;
  openedOn: string;
  closedOn: string | null;
  /** The day the invitation to apply arrived; the PR application is due 60 days later. */
  itaReceivedOn: string | null;
  summary: string | null;
  nextDeadline: NextDeadlineDto | null;
  /** The earliest open deadline has passed. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CaseStageDto {
  caseType: CaseType;
  code: string;
  label: string;
  position: number;
  terminal: boolean;
}

export interface CaseTransitionRuleDto {
  caseType: CaseType;
  from: string;
  to: string;
  lawyerOnly: boolean;
  /** The guard checked before the move: `conflict_cleared`, `checklist_complete`, or null. */
  guard: string | null;
  /** Outcomes the move records (moves into the decision stage); empty when none. */
  outcomes: CaseOutcome[];
}

export interface CaseWorkflowDto {
  stages: CaseStageDto[];
  transitions: CaseTransitionRuleDto[];
}

/** A move the case could make now, and why it is refused if it is. */
export interface AvailableMoveDto {
  to: string;
  label: string;
  lawyerOnly: boolean;
  outcomes: CaseOutcome[];
  allowed: boolean;
  reason: string | null;
  /** What refuses the move, for a translated message: see MOVE_REFUSALS. */
  refusal: MoveRefusal | null;
}

/**
 * Why a move is refused: a lawyer's move, no conflict check, a declined or undecided one,
 * required documents still open (`count` of them), or a guard this server does not know.
 */
export const MOVE_REFUSALS = [
  'lawyer_only',
  'conflict_missing',
  'conflict_declined',
  'conflict_undecided',
  'checklist_incomplete',
  'guard_unavailable',
] as const;
export type MoveRefusalCode = (typeof MOVE_REFUSALS)[number];

export interface MoveRefusal {
  code: MoveRefusalCode;
  count?: number;
}

export interface CaseTransitionDto {
  id: string;
  caseId: string;
  from: string;
  to: string;
  outcome: CaseOutcome | null;
  comment: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
}

export interface CaseNoteDto {
  id: string;
  caseId: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface CaseTaskDto {
  id: string;
  caseId: string;
  title: string;
  assigneeId: string | null;
  assigneeName: string | null;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  createdAt: string;
  version: number;
}

export interface DeadlineDto {
  id: string;
  caseId: string;
  caseFileNumber: string;
  clientName: string;
  kind: DeadlineKind;
  /** Derived deadlines follow their source (ITA date, permit, test, assessment); manual ones are typed. */
  derived: boolean;
  title: string;
  detail: string | null;
  dueOn: string;
  assigneeId: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  daysLeft: number;
  version: number;
}

export interface PipelineCardDto {
  caseId: string;
  fileNumber: string;
  type: CaseType;
  clientId: string;
  clientName: string;
  responsibleLawyerId: string | null;
  paralegalId: string | null;
  daysInStage: number;
  nextDeadline: NextDeadlineDto | null;
  overdue: boolean;
  version: number;
}

export interface PipelineColumnDto {
  stage: string;
  label: string;
  count: number;
  overdueCount: number;
  /** The first cards, most urgent first; more through GET /api/pipeline/:stage?offset=. */
  cards: PipelineCardDto[];
}

export interface PipelineDto {
  today: string;
  columns: PipelineColumnDto[];
}

// ---------- requests ----------

export class CreateCaseRequest {
  @IsUUID() clientId!: string;
  @IsIn(CASE_TYPES, { message: `must be one of ${CASE_TYPES.join(', ')}` }) type!: CaseType;
  @IsOptional() @IsUUID() responsibleLawyerId?: string | null;
  @IsOptional() @IsUUID() paralegalId?: string | null;
  /** Defaults to today in the firm's time zone. */
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) openedOn?: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) summary?: string | null;
}

export class UpdateCaseRequest {
  @IsInt() @Min(1) version!: number;
  @IsOptional() @IsUUID() responsibleLawyerId?: string | null;
  @IsOptional() @IsUUID() paralegalId?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) openedOn?: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) itaReceivedOn?: string | null;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) summary?: string | null;
}

export class ListCasesQuery extends PageQuery {
  @IsOptional() @IsUUID() clientId?: string;
  @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
  @IsOptional() @Matches(STAGE_CODE, { message: 'must be a stage code' }) stage?: string;
  @IsOptional() @IsUUID() lawyer?: string;
  @IsOptional() @IsUUID() paralegal?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() includeClosed?: boolean;
}

export class TransitionCaseRequest {
  @IsInt() @Min(1) version!: number;
  @Matches(STAGE_CODE, { message: 'must be a stage code' }) to!: string;
  /** Required when the move records a decision. */
  @IsOptional() @IsIn(CASE_OUTCOMES) outcome?: CaseOutcome;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) comment?: string | null;
  /** The day the step happened (e.g. the ITA's date) when not today; not in the future. */
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) effectiveOn?: string;
}

export class CaseTypeQuery {
  @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
}

export class CreateNoteRequest {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(10000) body!: string;
}

export class CreateTaskRequest {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(500) title!: string;
  @IsOptional() @IsUUID() assigneeId?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dueOn?: string | null;
}

export class UpdateTaskRequest {
  @IsInt() @Min(1) version!: number;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(500) title?: string;
  @IsOptional() @IsUUID() assigneeId?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dueOn?: string | null;
  @IsOptional() @IsBoolean() done?: boolean;
}

export class CreateDeadlineRequest {
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(300) title!: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) detail?: string | null;
  @Matches(ISO_DATE, DATE_MESSAGE) dueOn!: string;
  @IsOptional() @IsUUID() assigneeId?: string | null;
}

export class UpdateDeadlineRequest {
  @IsInt() @Min(1) version!: number;
  /** Manual deadlines only: a derived deadline follows its source. */
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(300) title?: string;
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000) detail?: string | null;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) dueOn?: string;
  @IsOptional() @IsUUID() assigneeId?: string | null;
  @IsOptional() @IsBoolean() done?: boolean;
}

export class ListDeadlinesQuery extends PageQuery {
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) from?: string;
  @IsOptional() @Matches(ISO_DATE, DATE_MESSAGE) to?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @IsOptional() @Transform(toBoolean) @IsBoolean() includeDone?: boolean;
  @IsOptional() @IsUUID() assignee?: string;
  @IsOptional() @IsUUID() lawyer?: string;
  @IsOptional() @IsIn(DEADLINE_KINDS) kind?: DeadlineKind;
}

export class PipelineQuery {
  @IsOptional() @IsUUID() lawyer?: string;
  @IsOptional() @IsUUID() paralegal?: string;
  @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
  @IsOptional() @Transform(toBoolean) @IsBoolean() includeClosed?: boolean;
  /** Cards per column (default 50). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_SIZE) limit?: number;
}

export class PipelineColumnQuery extends PageQuery {
  @IsOptional() @IsUUID() lawyer?: string;
  @IsOptional() @IsUUID() paralegal?: string;
  @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
}
