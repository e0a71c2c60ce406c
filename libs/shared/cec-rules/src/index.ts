export { evaluateCec } from './lib/evaluate';
export { validateCecProfile, MAX_YEARS_AHEAD, type ValidationResult } from './lib/validation';
export { CecValidationError, NoRulesInForceError, type FieldError } from './lib/errors';
export { ENGINE_VERSION } from './lib/version';
export {
  convertScoresToClb,
  scoreScaleFor,
  isApprovedTest,
  officialLanguageOf,
  type ScoreRange,
  type ScoreScale,
  type OfficialLanguage,
} from './lib/clb';
export {
  findNoc,
  searchNoc,
  listNoc,
  NOC_2021_CREDIT,
  NOC_2021_SOURCE,
  type NocUnitGroup,
} from './lib/noc';
export { todayInToronto } from './lib/dates';
export { RULE_SETS, FIRST_RULES_DATE, type RuleSet } from './lib/rule-sets';
export * from './lib/types';
