import { IsIn, IsOptional, Matches } from 'class-validator';
import type { CecProfile, CecResult, Outcome } from '@intake/shared/cec-rules';
import { LANGUAGES, type Language } from './roles';

export interface AssessmentReleaseDto {
  id: string;
  releasedBy: string;
  releasedByName: string;
  releasedAt: string;
  language: Language;
  disclaimerVersion: string;
}

export interface AssessmentSummaryDto {
  id: string;
  clientId: string;
  asOf: string;
  ruleSetId: string;
  engineVersion: string;
  outcome: Outcome;
  crsTotal: number | null;
  canadianSkilledHours: number;
  createdAt: string;
  createdBy: string | null;
  createdByName: string;
  /** The client's intake has changed since this assessment read it. */
  stale: boolean;
  releases: AssessmentReleaseDto[];
}

export interface AssessmentDto extends AssessmentSummaryDto {
  input: CecProfile;
  result: CecResult;
}

export class RunAssessmentRequest {
  /** The application date to assess ("what if we apply on …"); defaults to today. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  asOf?: string;
}

export class ReleaseAssessmentRequest {
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ReportQuery {
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
