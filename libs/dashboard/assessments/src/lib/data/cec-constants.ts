import type {
  ABILITIES,
  CRS_BREAKDOWN_KEYS,
  CrsBreakdownKey,
  EDUCATION_LEVELS,
  LANGUAGE_TEST_TYPES,
  PROVINCE_CODES,
  STATUS_TYPES,
} from '@intake/shared/cec-rules';

/*
 * Runtime copies of the engine's constant lists. Only types are imported from
 * @intake/shared/cec-rules (its index also exports the whole engine and its tables, which the
 * dashboard must not bundle), so the values are repeated here and typed with `typeof` the
 * originals: the build fails if the engine's lists change and these copies are not updated.
 */
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

export const LANGUAGE_TEST_LIST: typeof LANGUAGE_TEST_TYPES = [
  'IELTS_GENERAL_TRAINING',
  'CELPIP_GENERAL',
  'PTE_CORE',
  'TEF_CANADA',
  'TCF_CANADA',
];

export const STATUS_TYPE_LIST: typeof STATUS_TYPES = [
  'work_permit',
  'study_permit',
  'visitor',
  'maintained',
  'permanent_resident',
  'citizen',
  'refugee_claimant',
  'none',
];

export const ABILITY_LIST: typeof ABILITIES = ['reading', 'writing', 'listening', 'speaking'];

export const CRS_BREAKDOWN_KEY_LIST: typeof CRS_BREAKDOWN_KEYS = [
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
];

export type CrsSection = 'core' | 'spouse' | 'transferability' | 'additional';
export const CRS_SECTION_LIST: readonly CrsSection[] = [
  'core',
  'spouse',
  'transferability',
  'additional',
];

/** The section of the CRS (`crs.core`, `crs.spouse`, …) that each factor adds up to. */
export const CRS_SECTION_OF: Readonly<Record<CrsBreakdownKey, CrsSection>> = {
  age: 'core',
  education: 'core',
  firstOfficialLanguage: 'core',
  secondOfficialLanguage: 'core',
  canadianWorkExperience: 'core',
  spouseEducation: 'spouse',
  spouseFirstOfficialLanguage: 'spouse',
  spouseCanadianWorkExperience: 'spouse',
  transferabilityEducationLanguage: 'transferability',
  transferabilityEducationCanadianWork: 'transferability',
  transferabilityEducationCap: 'transferability',
  transferabilityForeignWorkLanguage: 'transferability',
  transferabilityForeignWorkCanadianWork: 'transferability',
  transferabilityForeignWorkCap: 'transferability',
  transferabilityCertificateOfQualification: 'transferability',
  transferabilityCap: 'transferability',
  provincialNomination: 'additional',
  siblingInCanada: 'additional',
  frenchLanguageBonus: 'additional',
  canadianStudy: 'additional',
  additionalCap: 'additional',
};
