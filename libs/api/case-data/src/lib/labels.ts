import type { LanguageTestKind } from '@intake/shared/contracts';

/** Language tests as people write them, for deadline titles and checklist labels. */
export const LANGUAGE_TEST_NAMES: Record<LanguageTestKind, string> = {
  IELTS_GENERAL_TRAINING: 'IELTS General Training',
  CELPIP_GENERAL: 'CELPIP-General',
  PTE_CORE: 'PTE Core',
  TEF_CANADA: 'TEF Canada',
  TCF_CANADA: 'TCF Canada',
};
