import type {
  CaseType,
  ChecklistCondition,
  ChecklistRepeat,
  DocumentProvider,
} from '@intake/shared/contracts';

/** The value lists the API accepts (the dashboard imports only types from contracts). */
export const TEMPLATE_CASE_TYPES = [
  'cec_express_entry',
  'consultation',
  'other',
] as const satisfies readonly CaseType[];

export const TEMPLATE_PROVIDERS = [
  'client',
  'firm',
  'third_party',
] as const satisfies readonly DocumentProvider[];

export const TEMPLATE_CONDITIONS = [
  'always',
  'has_partner',
  'spouse_accompanying',
  'has_dependent_children',
] as const satisfies readonly ChecklistCondition[];

export const TEMPLATE_REPEATS = [
  'once',
  'police_country',
  'foreign_credential',
  'canadian_job_in_window',
  'permit',
  'language_test',
] as const satisfies readonly ChecklistRepeat[];

/** The bounds the API enforces on a template and its items. */
export const ITEM_KEY_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const DUE_DAYS_MAX = 730;
export const NAME_MAX = 200;
export const LABEL_MAX = 300;
export const DESCRIPTION_MAX = 2000;
export const ITEMS_MAX = 100;
