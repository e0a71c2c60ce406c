import { daysBetween } from '@intake/api/case-data';

/** The step of the reminder sent once a deadline has passed: escalation to the responsible lawyer. */
export const OVERDUE = -1;

export interface OpenDeadline {
  id: string;
  dueOn: string;
  assigneeId: string | null;
  paralegalId: string | null;
  lawyerId: string | null;
}

export interface ReminderJob {
  deadlineId: string;
  dueOn: string;
  /** Days before the deadline (one of the configured offsets), or OVERDUE. */
  offsetDays: number;
  recipientId: string;
}

/**
 * The reminder a deadline is owed today: the smallest configured offset already reached (a
 * deadline created 10 days ahead gets its 14-day reminder now, not the 30-day one as well), or
 * the escalation once it has passed; null when no reminder is due yet.
 */
export function reminderStep(dueOn: string, today: string, offsets: readonly number[]): number | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return OVERDUE;
  const reached = offsets.filter((offset) => daysLeft <= offset);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/** Reminders go to the deadline's assignee (else the paralegal); escalations to the responsible lawyer. */
export function planReminder(deadline: OpenDeadline, today: string, offsets: readonly number[]): ReminderJob | null {
  const step = reminderStep(deadline.dueOn, today, offsets);
  if (step === null) return null;
  const recipientId =
    step === OVERDUE
      ? (deadline.lawyerId ?? deadline.assigneeId ?? deadline.paralegalId)
      : (deadline.assigneeId ?? deadline.paralegalId ?? deadline.lawyerId);
  return recipientId ? { deadlineId: deadline.id, dueOn: deadline.dueOn, offsetDays: step, recipientId } : null;
}

/** One reminder per deadline, due date, step and recipient, across every process. */
export function reminderKey(job: ReminderJob): string {
  return `${job.deadlineId}:${job.dueOn}:${job.offsetDays}:${job.recipientId}`;
}
