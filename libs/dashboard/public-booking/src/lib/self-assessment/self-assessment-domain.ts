import type {
  ABILITIES,
  Ability,
  EDUCATION_LEVELS,
  EducationLevel,
  LANGUAGE_TEST_TYPES,
  LanguageTestType,
  PROVINCE_CODES,
  ProvinceCode,
} from '@intake/shared/cec-rules';
import type {
  SELF_ASSESSMENT_ANSWERS,
  SelfAssessmentAnswer,
  SelfAssessmentPartnerInput,
} from '@intake/shared/contracts';

/*
 * Runtime copies of the engine's and the contract's lists (only their types may reach the
 * browser bundle), typed with `typeof` the originals so the build fails if they drift apart.
 */
export const LANGUAGE_TEST_LIST: typeof LANGUAGE_TEST_TYPES = [
  'IELTS_GENERAL_TRAINING',
  'CELPIP_GENERAL',
  'PTE_CORE',
  'TEF_CANADA',
  'TCF_CANADA',
];
export const EDUCATION_LEVEL_LIST: typeof EDUCATION_LEVELS = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'professional',
  'doctoral',
];
export const PROVINCE_LIST: typeof PROVINCE_CODES = [
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
];
export const ABILITY_LIST: typeof ABILITIES = ['reading', 'writing', 'listening', 'speaking'];
export const ANSWER_LIST: typeof SELF_ASSESSMENT_ANSWERS = [
  'likely_eligible',
  'needs_review',
  'likely_not_eligible',
];

/** The contract's limits of `SelfAssessmentRequest`, mirrored. */
export const MAX_WORK_PERIODS = 10;
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;
export const TEER_LIST = ['0', '1', '2', '3', '4', '5'] as const;
export type TeerChoice = (typeof TEER_LIST)[number];

export interface ScoreRange {
  min: number;
  max: number;
  step: number;
}
export type ScoreScale = Readonly<Record<Ability, ScoreRange>>;

function same(range: ScoreRange): ScoreScale {
  return { reading: range, writing: range, listening: range, speaking: range };
}

/** TEF Canada changed its scale for tests taken from this day on. */
export const TEF_NEW_SCALE_FROM = '2023-12-11';

/**
 * The score scale of each approved test, as the engine checks it (its `language-tests.json`;
 * a spec compares the two).
 */
const SCALES: Readonly<Record<LanguageTestType, (testDate: string | null) => ScoreScale>> = {
  IELTS_GENERAL_TRAINING: () => same({ min: 0, max: 9, step: 0.5 }),
  CELPIP_GENERAL: () => same({ min: 0, max: 12, step: 1 }),
  PTE_CORE: () => same({ min: 10, max: 90, step: 1 }),
  TEF_CANADA: (testDate) =>
    testDate !== null && testDate < TEF_NEW_SCALE_FROM
      ? {
          reading: { min: 0, max: 300, step: 1 },
          writing: { min: 0, max: 450, step: 1 },
          listening: { min: 0, max: 360, step: 1 },
          speaking: { min: 0, max: 450, step: 1 },
        }
      : same({ min: 0, max: 699, step: 1 }),
  TCF_CANADA: () => ({
    reading: { min: 100, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    listening: { min: 100, max: 699, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  }),
};

/** The scale of a test taken on `testDate` (unknown date: the scale in use today). */
export function scoreScaleFor(test: LanguageTestType, testDate: string | null): ScoreScale {
  return SCALES[test](testDate);
}

export function isOnScale(score: number, range: ScoreRange): boolean {
  if (!Number.isFinite(score) || score < range.min || score > range.max) {
    return false;
  }
  const steps = (score - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** One question about a spouse or common-law partner, four plain answers. */
export const PARTNER_CHOICES = [
  'none',
  'accompanying',
  'not_accompanying',
  'citizen_or_pr',
] as const;
export type PartnerChoice = (typeof PARTNER_CHOICES)[number];

export const PARTNER_ANSWERS: Readonly<Record<PartnerChoice, SelfAssessmentPartnerInput | null>> = {
  none: null,
  accompanying: { accompanying: true, canadianCitizenOrPR: false },
  not_accompanying: { accompanying: false, canadianCitizenOrPR: false },
  // Already in Canada: a citizen or permanent resident does not immigrate with the visitor.
  citizen_or_pr: { accompanying: false, canadianCitizenOrPR: true },
};

export const PARTNER_LABEL_KEYS: Readonly<Record<PartnerChoice, string>> = {
  none: 'booking.selfAssessment.partner.none',
  accompanying: 'booking.selfAssessment.partner.accompanying',
  not_accompanying: 'booking.selfAssessment.partner.not_accompanying',
  citizen_or_pr: 'booking.selfAssessment.partner.citizen_or_pr',
};

export const TEST_LABEL_KEYS: Readonly<Record<LanguageTestType, string>> = {
  IELTS_GENERAL_TRAINING: 'booking.selfAssessment.tests.IELTS_GENERAL_TRAINING',
  CELPIP_GENERAL: 'booking.selfAssessment.tests.CELPIP_GENERAL',
  PTE_CORE: 'booking.selfAssessment.tests.PTE_CORE',
  TEF_CANADA: 'booking.selfAssessment.tests.TEF_CANADA',
  TCF_CANADA: 'booking.selfAssessment.tests.TCF_CANADA',
};

export const ABILITY_LABEL_KEYS: Readonly<Record<Ability, string>> = {
  reading: 'booking.selfAssessment.abilities.reading',
  writing: 'booking.selfAssessment.abilities.writing',
  listening: 'booking.selfAssessment.abilities.listening',
  speaking: 'booking.selfAssessment.abilities.speaking',
};

export const EDUCATION_LABEL_KEYS: Readonly<Record<EducationLevel, string>> = {
  less_than_secondary: 'booking.selfAssessment.education.less_than_secondary',
  secondary: 'booking.selfAssessment.education.secondary',
  one_year: 'booking.selfAssessment.education.one_year',
  two_year: 'booking.selfAssessment.education.two_year',
  bachelors: 'booking.selfAssessment.education.bachelors',
  two_or_more: 'booking.selfAssessment.education.two_or_more',
  masters: 'booking.selfAssessment.education.masters',
  professional: 'booking.selfAssessment.education.professional',
  doctoral: 'booking.selfAssessment.education.doctoral',
};

export const PROVINCE_LABEL_KEYS: Readonly<Record<ProvinceCode, string>> = {
  AB: 'booking.selfAssessment.provinces.AB',
  BC: 'booking.selfAssessment.provinces.BC',
  MB: 'booking.selfAssessment.provinces.MB',
  NB: 'booking.selfAssessment.provinces.NB',
  NL: 'booking.selfAssessment.provinces.NL',
  NS: 'booking.selfAssessment.provinces.NS',
  NT: 'booking.selfAssessment.provinces.NT',
  NU: 'booking.selfAssessment.provinces.NU',
  ON: 'booking.selfAssessment.provinces.ON',
  PE: 'booking.selfAssessment.provinces.PE',
  QC: 'booking.selfAssessment.provinces.QC',
  SK: 'booking.selfAssessment.provinces.SK',
  YT: 'booking.selfAssessment.provinces.YT',
};

export const TEER_LABEL_KEYS: Readonly<Record<TeerChoice, string>> = {
  '0': 'booking.selfAssessment.teer.0',
  '1': 'booking.selfAssessment.teer.1',
  '2': 'booking.selfAssessment.teer.2',
  '3': 'booking.selfAssessment.teer.3',
  '4': 'booking.selfAssessment.teer.4',
  '5': 'booking.selfAssessment.teer.5',
};

/** The outcome in plain words: always "likely", never "you are eligible". */
export const ANSWER_LABEL_KEYS: Readonly<Record<SelfAssessmentAnswer, string>> = {
  likely_eligible: 'booking.selfAssessment.answers.likely_eligible',
  needs_review: 'booking.selfAssessment.answers.needs_review',
  likely_not_eligible: 'booking.selfAssessment.answers.likely_not_eligible',
};

export const ANSWER_EXPLANATION_KEYS: Readonly<Record<SelfAssessmentAnswer, string>> = {
  likely_eligible: 'booking.selfAssessment.explanations.likely_eligible',
  needs_review: 'booking.selfAssessment.explanations.needs_review',
  likely_not_eligible: 'booking.selfAssessment.explanations.likely_not_eligible',
};
