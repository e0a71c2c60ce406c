/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

export const PROVINCE_CODES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type ProvinceCode = (typeof PROVINCE_CODES)[number];

export const EDUCATION_LEVELS = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'professional',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const LANGUAGE_TEST_TYPES = [
  'IELTS_GENERAL_TRAINING',
  'CELPIP_GENERAL',
  'PTE_CORE',
  'TEF_CANADA',
  'TCF_CANADA',
] as const;
export type LanguageTestType = (typeof LANGUAGE_TEST_TYPES)[number];

export const STATUS_TYPES = [
  'work_permit',
  'study_permit',
  'visitor',
  'maintained',
  'permanent_resident',
  'citizen',
  'refugee_claimant',
  'none',
] as const;
export type StatusType = (typeof STATUS_TYPES)[number];

export const ABILITIES = ['reading', 'writing', 'listening', 'speaking'] as const;
export type Ability = (typeof ABILITIES)[number];

export interface LanguageScores {
  reading: number;
  writing: number;
  listening: number;
  speaking: number;
}

/** CLB (English) or NCLC (French) level per ability; below CLB 4 is 0. */
export type ClbLevels = LanguageScores;

export interface LanguageTest extends LanguageScores {
  test: LanguageTestType;
  testDate: IsoDate;
}

export interface StatusPeriod {
  type: StatusType;
  from: IsoDate;
  to: IsoDate | null;
}

export interface EducationCredential {
  level: EducationLevel;
  inCanada: boolean;
  fullTime: boolean;
  durationYears: number;
  completedOn: IsoDate;
  ecaValid?: boolean;
}

export interface WorkPeriod {
  noc: string;
  country: string;
  start: IsoDate;
  end: IsoDate | null;
  hoursPerWeek: number;
  selfEmployed: boolean;
  whileFullTimeStudent: boolean;
  authorized: boolean;
}

export interface SpouseProfile {
  accompanying: boolean;
  canadianCitizenOrPR: boolean;
  education?: EducationLevel;
  languageTest?: LanguageTest;
  canadianWorkYears?: number;
}

export interface CecProfile {
  asOf?: IsoDate;
  dateOfBirth: IsoDate;
  intendedProvince: ProvinceCode;
  spouse?: SpouseProfile | null;
  statusHistory: StatusPeriod[];
  languageTests: LanguageTest[];
  education: EducationCredential[];
  work: WorkPeriod[];
  certificateOfQualification?: boolean;
  provincialNomination?: boolean;
  siblingInCanada?: boolean;
  admissibilityConcerns?: boolean;
}

export type RuleSetId = 'cec-2008' | 'cec-2013' | 'cec-2022';
export type Outcome = 'eligible' | 'not_eligible' | 'needs_review';
export type CriterionStatus = 'met' | 'not_met' | 'needs_review' | 'not_assessed';
export type CriterionId =
  | 'canadian_work_experience'
  | 'language'
  | 'temporary_status'
  | 'residence_outside_quebec'
  | 'admissibility'
  | 'canadian_education';

export interface CriterionResult {
  id: CriterionId;
  status: CriterionStatus;
  /** Plain-language reason with the numbers, in English. */
  detail: string;
  /** The same reason in French. */
  detailFr: string;
  source: string;
}

export interface RuleSetRef {
  id: RuleSetId;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

export interface LanguageSummary {
  test: LanguageTestType | null;
  testDate: IsoDate | null;
  clb: ClbLevels | null;
  requiredClb: number;
}

export type WarningCode = 'LANGUAGE_TEST_EXPIRES' | 'HOURS_AGE_OUT' | 'NOC_2021_RECLASSIFIED';

export interface CecWarning {
  code: WarningCode;
  date: IsoDate;
  detail: string;
  detailFr: string;
}

export type WorkStream = 'single' | 'graduate' | 'worker';
export type OccupationGroup = 'teer0or1' | 'teer2or3';

/**
 * One point of the qualifying-hours chart: the counting hours of the reported stream on the days
 * of `[windowFrom, date)`, rounded down to whole hours.
 */
export interface HoursTimelinePoint {
  date: IsoDate;
  hours: number;
}

/** How the reported hours were counted, all hours rounded down to whole hours. */
export interface WorkSummary {
  stream: WorkStream;
  windowFrom: IsoDate;
  windowTo: IsoDate;
  requiredHours: number;
  uncertainHours: number;
  hoursWithoutTemporaryStatus: number;
  mainOccupationGroup: OccupationGroup;
  hoursTeer0or1: number;
  hoursTeer2or3: number;
  /**
   * Cumulative counting hours over the window, counted like `canadianSkilledHours`: 0 on
   * `windowFrom`, then the first day of every month inside the window, then `asOf` (equal to
   * `canadianSkilledHours`). Dates ascending; the threshold line is `requiredHours`.
   */
  timeline: HoursTimelinePoint[];
}

export const CRS_BREAKDOWN_KEYS = [
  'age',
  'education',
  'firstOfficialLanguage',
  'secondOfficialLanguage',
  'canadianWorkExperience',
  'spouseEducation',
  'spouseFirstOfficialLanguage',
  'spouseCanadianWorkExperience',
  'transferabilityEducationLanguage',
  'transferabilityEducationCanadianWork',
  'transferabilityEducationCap',
  'transferabilityForeignWorkLanguage',
  'transferabilityForeignWorkCanadianWork',
  'transferabilityForeignWorkCap',
  'transferabilityCertificateOfQualification',
  'transferabilityCap',
  'provincialNomination',
  'siblingInCanada',
  'frenchLanguageBonus',
  'canadianStudy',
  'additionalCap',
] as const;
export type CrsBreakdownKey = (typeof CRS_BREAKDOWN_KEYS)[number];
/** Every factor with its points; `*Cap` entries are zero or negative (points cut by a maximum). */
export type CrsBreakdown = Record<CrsBreakdownKey, number>;

export type CrsEducationRow =
  | 'less_than_secondary'
  | 'secondary'
  | 'one_year'
  | 'two_year'
  | 'bachelors_or_3yr'
  | 'two_or_more'
  | 'masters_or_professional'
  | 'doctoral';

export interface CrsLanguageBasis {
  test: LanguageTestType;
  testDate: IsoDate;
  clb: ClbLevels;
}

/** The facts the CRS points were computed from. */
export interface CrsBasis {
  withSpouse: boolean;
  age: number;
  educationLevel: CrsEducationRow;
  firstOfficialLanguage: CrsLanguageBasis | null;
  secondOfficialLanguage: CrsLanguageBasis | null;
  canadianWorkYears: number;
  foreignWorkYears: number;
  spouseEducationLevel: CrsEducationRow | null;
  spouseLanguage: CrsLanguageBasis | null;
  spouseCanadianWorkYears: number;
}

export interface CrsResult {
  total: number;
  core: number;
  spouse: number;
  transferability: number;
  additional: number;
  grid: string;
  breakdown: CrsBreakdown;
  basis: CrsBasis;
}

export interface CecResult {
  program: 'CEC';
  engineVersion: string;
  asOf: IsoDate;
  ruleSet: RuleSetRef;
  outcome: Outcome;
  criteria: CriterionResult[];
  canadianSkilledHours: number;
  work: WorkSummary;
  language: LanguageSummary;
  earliestEligibleDate: IsoDate | null;
  warnings: CecWarning[];
  crs: CrsResult | null;
}

export interface EvaluateOptions {
  /** Today's date (YYYY-MM-DD); defaults to the current date in America/Toronto. */
  today?: IsoDate;
}
