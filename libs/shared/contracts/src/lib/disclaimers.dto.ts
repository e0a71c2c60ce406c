import { Transform, Type } from 'class-transformer';
import {
  Equals,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from './roles';

/** Why a visitor acknowledged the disclaimer: each public flow asks for its own acknowledgment. */
export const ACKNOWLEDGMENT_PURPOSES = ['booking', 'self_assessment'] as const;
export type AcknowledgmentPurpose = (typeof ACKNOWLEDGMENT_PURPOSES)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TICKED = { message: 'must be true: the box must be ticked' };

// ---------- responses ----------

/** The two separate statements of one language. */
export interface DisclaimerStatementsDto {
  /** General information, not legal advice; no lawyer-client relationship until the firm agrees in writing. */
  generalInformation: string;
  /** What is sent before then is not protected by solicitor-client confidentiality. */
  noConfidentiality: string;
}

export interface DisclaimerVersionDto {
  id: string;
  number: number;
  /** SHA-256 (hex) of the canonical content: `JSON.stringify({ version, en: {generalInformation, noConfidentiality}, fr: {…} })`. */
  hash: string;
  en: DisclaimerStatementsDto;
  fr: DisclaimerStatementsDto;
  publishedAt: string;
  publishedBy: string | null;
  publishedByName: string | null;
  /** The newest version: the one every new acknowledgment and report uses. */
  current: boolean;
}

/** What the public page shows before a visitor books or runs the self-assessment. */
export interface PublicDisclaimerDto extends DisclaimerStatementsDto {
  versionId: string;
  number: number;
  hash: string;
  locale: Language;
}

export interface AcknowledgmentDto {
  id: string;
  /** Presented by later public calls; shown once, only its hash is stored. */
  token: string;
  versionId: string;
  number: number;
  hash: string;
  locale: Language;
  purpose: AcknowledgmentPurpose;
  acknowledgedAt: string;
  expiresAt: string;
}

// ---------- requests ----------

export class DisclaimerStatements {
  @Transform(trim) @IsString() @MinLength(20) @MaxLength(4000) generalInformation!: string;
  @Transform(trim) @IsString() @MinLength(20) @MaxLength(4000) noConfidentiality!: string;
}

/** A new version, both languages: the old ones stay as they were published. */
export class PublishDisclaimerRequest {
  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => DisclaimerStatements)
  en!: DisclaimerStatements;
  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => DisclaimerStatements)
  fr!: DisclaimerStatements;
}

export class PublicDisclaimerQuery {
  @IsOptional() @IsIn(LANGUAGES) locale?: Language;
}

export class AcknowledgeDisclaimerRequest {
  @IsUUID() versionId!: string;
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be the 64-character hash of the version shown' })
  hash!: string;
  @IsIn(LANGUAGES) locale!: Language;
  @Equals(true, TICKED) acceptsGeneralInformation!: boolean;
  @Equals(true, TICKED) acceptsNoConfidentiality!: boolean;
  @IsIn(ACKNOWLEDGMENT_PURPOSES) purpose!: AcknowledgmentPurpose;
}
