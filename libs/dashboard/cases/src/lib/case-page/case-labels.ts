import { Pipe, type PipeTransform } from '@angular/core';
import type {
  AssessmentSummaryDto,
  CASE_OUTCOMES,
  CaseOutcome,
  CaseType,
  ChecklistItemState,
  DOCUMENT_PROVIDERS,
  DeadlineKind,
  DocumentProvider,
} from '@intake/shared/contracts';

/*
 * Translation keys of the codes the case page shows. Runtime copies of the contracts' lists are
 * typed with `typeof` the originals (the dashboard imports only types from the contracts).
 */

export const OUTCOME_LIST: typeof CASE_OUTCOMES = ['approved', 'refused', 'withdrawn'];
export const PROVIDER_LIST: typeof DOCUMENT_PROVIDERS = ['client', 'firm', 'third_party'];

export const TYPE_KEYS: Readonly<Record<CaseType, string>> = {
  cec_express_entry: 'cases.types.cec_express_entry',
  consultation: 'cases.types.consultation',
  other: 'cases.types.other',
};

export const OUTCOME_KEYS: Readonly<Record<CaseOutcome, string>> = {
  approved: 'cases.outcomes.approved',
  refused: 'cases.outcomes.refused',
  withdrawn: 'cases.outcomes.withdrawn',
};

export const DEADLINE_KIND_KEYS: Readonly<Record<DeadlineKind, string>> = {
  pr_application_due: 'cases.deadlineKinds.pr_application_due',
  permit_expiry: 'cases.deadlineKinds.permit_expiry',
  language_test_expiry: 'cases.deadlineKinds.language_test_expiry',
  hours_age_out: 'cases.deadlineKinds.hours_age_out',
  document_expiry: 'cases.deadlineKinds.document_expiry',
  manual: 'cases.deadlineKinds.manual',
};

export const ITEM_STATE_KEYS: Readonly<Record<ChecklistItemState, string>> = {
  requested: 'cases.itemStates.requested',
  received: 'cases.itemStates.received',
  accepted: 'cases.itemStates.accepted',
  rejected: 'cases.itemStates.rejected',
  waived: 'cases.itemStates.waived',
};

export const PROVIDER_KEYS: Readonly<Record<DocumentProvider, string>> = {
  client: 'cases.providers.client',
  firm: 'cases.providers.firm',
  third_party: 'cases.providers.third_party',
};

export const ASSESSMENT_OUTCOME_KEYS: Readonly<Record<AssessmentSummaryDto['outcome'], string>> = {
  eligible: 'cases.page.assessments.outcomes.eligible',
  not_eligible: 'cases.page.assessments.outcomes.not_eligible',
  needs_review: 'cases.page.assessments.outcomes.needs_review',
};

/** Stage codes are data (the API's stage table): each has its label under the stages of the cases translations. */
export function stageKey(code: string): string {
  return `cases.stages.${code}`;
}

/** `{{ case.stage | stageKey | translate }}`. */
@Pipe({ name: 'stageKey' })
export class StageKeyPipe implements PipeTransform {
  transform(code: string): string {
    return stageKey(code);
  }
}

export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** "in 3 days", "due tomorrow", "due today", "1 day overdue", "4 days overdue". */
export function daysLeftMessage(days: number): Message {
  if (days === 0) {
    return { key: 'cases.page.days.dueToday' };
  }
  if (days === 1) {
    return { key: 'cases.page.days.dueTomorrow' };
  }
  if (days > 1) {
    return { key: 'cases.page.days.left', params: { count: days } };
  }
  return days === -1
    ? { key: 'cases.page.days.overdueOne' }
    : { key: 'cases.page.days.overdue', params: { count: -days } };
}

/** `{{ days | daysLeft }}` → a message to translate. */
@Pipe({ name: 'daysLeft' })
export class DaysLeftPipe implements PipeTransform {
  transform(days: number): Message {
    return daysLeftMessage(days);
  }
}
