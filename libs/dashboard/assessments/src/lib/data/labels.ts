import type {
  Ability,
  CriterionId,
  CriterionStatus,
  CrsBreakdownKey,
  CrsEducationRow,
  EducationLevel,
  LanguageTestType,
  OccupationGroup,
  Outcome,
  RuleSetId,
  StatusType,
  WarningCode,
  WorkStream,
} from '@intake/shared/cec-rules';
import type { Language } from '@intake/shared/contracts';
import type { CrsSection } from './cec-constants';

/*
 * Translation keys of every engine code the screens show. Typed as complete records so a new
 * code in the engine is a compile error here until it has a label.
 */

export const OUTCOME_KEYS: Readonly<Record<Outcome, string>> = {
  eligible: 'assessments.outcome.eligible',
  not_eligible: 'assessments.outcome.not_eligible',
  needs_review: 'assessments.outcome.needs_review',
};

export const OUTCOME_EXPLANATION_KEYS: Readonly<Record<Outcome, string>> = {
  eligible: 'assessments.outcomeExplanation.eligible',
  not_eligible: 'assessments.outcomeExplanation.not_eligible',
  needs_review: 'assessments.outcomeExplanation.needs_review',
};

export const CRITERION_KEYS: Readonly<Record<CriterionId, string>> = {
  canadian_work_experience: 'assessments.criterion.canadian_work_experience',
  language: 'assessments.criterion.language',
  temporary_status: 'assessments.criterion.temporary_status',
  residence_outside_quebec: 'assessments.criterion.residence_outside_quebec',
  admissibility: 'assessments.criterion.admissibility',
  canadian_education: 'assessments.criterion.canadian_education',
};

export const CRITERION_STATUS_KEYS: Readonly<Record<CriterionStatus, string>> = {
  met: 'assessments.criterionStatus.met',
  not_met: 'assessments.criterionStatus.not_met',
  needs_review: 'assessments.criterionStatus.needs_review',
  not_assessed: 'assessments.criterionStatus.not_assessed',
};

export const WARNING_KEYS: Readonly<Record<WarningCode, string>> = {
  LANGUAGE_TEST_EXPIRES: 'assessments.warning.LANGUAGE_TEST_EXPIRES',
  HOURS_AGE_OUT: 'assessments.warning.HOURS_AGE_OUT',
  NOC_2021_RECLASSIFIED: 'assessments.warning.NOC_2021_RECLASSIFIED',
};

export const RULE_SET_KEYS: Readonly<Record<RuleSetId, string>> = {
  'cec-2008': 'assessments.ruleSet.cec-2008',
  'cec-2013': 'assessments.ruleSet.cec-2013',
  'cec-2022': 'assessments.ruleSet.cec-2022',
};

export const STREAM_KEYS: Readonly<Record<WorkStream, string>> = {
  single: 'assessments.stream.single',
  graduate: 'assessments.stream.graduate',
  worker: 'assessments.stream.worker',
};

export const OCCUPATION_GROUP_KEYS: Readonly<Record<OccupationGroup, string>> = {
  teer0or1: 'assessments.occupationGroup.teer0or1',
  teer2or3: 'assessments.occupationGroup.teer2or3',
};

export const ABILITY_KEYS: Readonly<Record<Ability, string>> = {
  reading: 'assessments.ability.reading',
  writing: 'assessments.ability.writing',
  listening: 'assessments.ability.listening',
  speaking: 'assessments.ability.speaking',
};

export const LANGUAGE_TEST_KEYS: Readonly<Record<LanguageTestType, string>> = {
  IELTS_GENERAL_TRAINING: 'assessments.languageTest.IELTS_GENERAL_TRAINING',
  CELPIP_GENERAL: 'assessments.languageTest.CELPIP_GENERAL',
  PTE_CORE: 'assessments.languageTest.PTE_CORE',
  TEF_CANADA: 'assessments.languageTest.TEF_CANADA',
  TCF_CANADA: 'assessments.languageTest.TCF_CANADA',
};

export const EDUCATION_LEVEL_KEYS: Readonly<Record<EducationLevel, string>> = {
  less_than_secondary: 'assessments.educationLevel.less_than_secondary',
  secondary: 'assessments.educationLevel.secondary',
  one_year: 'assessments.educationLevel.one_year',
  two_year: 'assessments.educationLevel.two_year',
  bachelors: 'assessments.educationLevel.bachelors',
  two_or_more: 'assessments.educationLevel.two_or_more',
  masters: 'assessments.educationLevel.masters',
  professional: 'assessments.educationLevel.professional',
  doctoral: 'assessments.educationLevel.doctoral',
};

export const CRS_EDUCATION_ROW_KEYS: Readonly<Record<CrsEducationRow, string>> = {
  less_than_secondary: 'assessments.crsEducationRow.less_than_secondary',
  secondary: 'assessments.crsEducationRow.secondary',
  one_year: 'assessments.crsEducationRow.one_year',
  two_year: 'assessments.crsEducationRow.two_year',
  bachelors_or_3yr: 'assessments.crsEducationRow.bachelors_or_3yr',
  two_or_more: 'assessments.crsEducationRow.two_or_more',
  masters_or_professional: 'assessments.crsEducationRow.masters_or_professional',
  doctoral: 'assessments.crsEducationRow.doctoral',
};

export const STATUS_TYPE_KEYS: Readonly<Record<StatusType, string>> = {
  work_permit: 'assessments.statusType.work_permit',
  study_permit: 'assessments.statusType.study_permit',
  visitor: 'assessments.statusType.visitor',
  maintained: 'assessments.statusType.maintained',
  permanent_resident: 'assessments.statusType.permanent_resident',
  citizen: 'assessments.statusType.citizen',
  refugee_claimant: 'assessments.statusType.refugee_claimant',
  none: 'assessments.statusType.none',
};

export const CRS_SECTION_KEYS: Readonly<Record<CrsSection, string>> = {
  core: 'assessments.crs.section.core',
  spouse: 'assessments.crs.section.spouse',
  transferability: 'assessments.crs.section.transferability',
  additional: 'assessments.crs.section.additional',
};

export const CRS_FACTOR_KEYS: Readonly<Record<CrsBreakdownKey, string>> = {
  age: 'assessments.crs.factor.age',
  education: 'assessments.crs.factor.education',
  firstOfficialLanguage: 'assessments.crs.factor.firstOfficialLanguage',
  secondOfficialLanguage: 'assessments.crs.factor.secondOfficialLanguage',
  canadianWorkExperience: 'assessments.crs.factor.canadianWorkExperience',
  spouseEducation: 'assessments.crs.factor.spouseEducation',
  spouseFirstOfficialLanguage: 'assessments.crs.factor.spouseFirstOfficialLanguage',
  spouseCanadianWorkExperience: 'assessments.crs.factor.spouseCanadianWorkExperience',
  transferabilityEducationLanguage: 'assessments.crs.factor.transferabilityEducationLanguage',
  transferabilityEducationCanadianWork:
    'assessments.crs.factor.transferabilityEducationCanadianWork',
  transferabilityEducationCap: 'assessments.crs.factor.transferabilityEducationCap',
  transferabilityForeignWorkLanguage: 'assessments.crs.factor.transferabilityForeignWorkLanguage',
  transferabilityForeignWorkCanadianWork:
    'assessments.crs.factor.transferabilityForeignWorkCanadianWork',
  transferabilityForeignWorkCap: 'assessments.crs.factor.transferabilityForeignWorkCap',
  transferabilityCertificateOfQualification:
    'assessments.crs.factor.transferabilityCertificateOfQualification',
  transferabilityCap: 'assessments.crs.factor.transferabilityCap',
  provincialNomination: 'assessments.crs.factor.provincialNomination',
  siblingInCanada: 'assessments.crs.factor.siblingInCanada',
  frenchLanguageBonus: 'assessments.crs.factor.frenchLanguageBonus',
  canadianStudy: 'assessments.crs.factor.canadianStudy',
  additionalCap: 'assessments.crs.factor.additionalCap',
};

/** Language names inside a sentence ("released in French" / « remis en français »). */
export const LANGUAGE_NAME_KEYS: Readonly<Record<Language, string>> = {
  en: 'assessments.languageName.en',
  fr: 'assessments.languageName.fr',
};
