import type { DEADLINE_KINDS, DeadlineKind } from '@intake/shared/contracts';

/** Runtime copy of DEADLINE_KINDS, typed with `typeof` the original so the two cannot drift. */
export const DEADLINE_KIND_LIST: typeof DEADLINE_KINDS = [
  'pr_application_due',
  'permit_expiry',
  'language_test_expiry',
  'hours_age_out',
  'document_expiry',
  'manual',
];

export const DEADLINE_KIND_LABEL_KEYS: Readonly<Record<DeadlineKind, string>> = {
  pr_application_due: 'cases.deadlineKinds.pr_application_due',
  permit_expiry: 'cases.deadlineKinds.permit_expiry',
  language_test_expiry: 'cases.deadlineKinds.language_test_expiry',
  hours_age_out: 'cases.deadlineKinds.hours_age_out',
  document_expiry: 'cases.deadlineKinds.document_expiry',
  manual: 'cases.deadlineKinds.manual',
};

export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && (DEADLINE_KIND_LIST as readonly string[]).includes(value);
}

/** The badge of a deadline: done, overdue by n days, due today, tomorrow or in n days. */
export function deadlineBadge(deadline: { done: boolean; overdue: boolean; daysLeft: number }): {
  key: string;
  days: number;
  tone: 'done' | 'overdue' | 'soon' | 'later';
} {
  const days = Math.abs(deadline.daysLeft);
  if (deadline.done) {
    return { key: 'deadlines.badge.done', days, tone: 'done' };
  }
  if (deadline.overdue || deadline.daysLeft < 0) {
    return {
      key: days === 1 ? 'deadlines.badge.overdueOne' : 'deadlines.badge.overdue',
      days,
      tone: 'overdue',
    };
  }
  if (deadline.daysLeft === 0) {
    return { key: 'deadlines.badge.today', days, tone: 'soon' };
  }
  if (deadline.daysLeft === 1) {
    return { key: 'deadlines.badge.tomorrow', days, tone: 'soon' };
  }
  return { key: 'deadlines.badge.inDays', days, tone: deadline.daysLeft <= 7 ? 'soon' : 'later' };
}
