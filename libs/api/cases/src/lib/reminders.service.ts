import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AuditService, JobQueue, MailService, todayIn } from '@intake/api/core';
import { daysBetween } from '@intake/api/case-data';
import { DataSource } from 'typeorm';
import { OVERDUE, planReminder, type ReminderJob, reminderKey } from './reminder-plan';

export const REMINDER_QUEUE = 'deadline-reminder';
export const SWEEP_QUEUE = 'reminder-sweep';

interface ReminderRow {
  deadline_id: string;
  title: string;
  detail: string | null;
  due_on: string;
  done: boolean;
  case_id: string;
  file_number: string;
  closed: boolean;
  client_name: string;
  email: string;
  name: string;
  active: boolean;
}

/**
 * Deadline reminders through the job queue. A scheduled sweep finds what each open deadline is
 * owed today and queues one job per (deadline, due date, step, recipient); delivering claims
 * that key in reminder_deliveries first, so a reminder is sent once however many processes
 * sweep and work.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<ReminderJob>(REMINDER_QUEUE, async (job) => {
      await this.deliver(job);
    });
    await this.jobs.define(SWEEP_QUEUE, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(SWEEP_QUEUE, this.config.REMINDER_CRON);
  }

  /** Queues the reminders owed today (delivered at once when jobs are off); returns how many. */
  async sweep(): Promise<{ queued: number }> {
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    const offsets = this.config.reminderOffsets;
    const open: { id: string; due_on: string; assignee_id: string | null; paralegal_id: string | null; responsible_lawyer_id: string | null }[] =
      await this.dataSource.query(
        `SELECT d.id, d.due_on::text, d.assignee_id, c.paralegal_id, c.responsible_lawyer_id
           FROM deadlines d JOIN cases c ON c.id = d.case_id
          WHERE d.done_at IS NULL AND c.closed_on IS NULL AND d.due_on <= $1::date + $2::int`,
        [today, Math.max(0, ...offsets)],
      );
    const planned = open
      .map((d) => planReminder({ id: d.id, dueOn: d.due_on, assigneeId: d.assignee_id, paralegalId: d.paralegal_id, lawyerId: d.responsible_lawyer_id }, today, offsets))
      .filter((job): job is ReminderJob => job !== null);
    const delivered: { deadline_id: string; due_on: string; offset_days: number; recipient_id: string }[] = planned.length
      ? await this.dataSource.query(
          `SELECT deadline_id, due_on::text, offset_days, recipient_id FROM reminder_deliveries WHERE deadline_id = ANY($1::uuid[])`,
          [planned.map((job) => job.deadlineId)],
        )
      : [];
    const done = new Set(
      delivered.map((d) => reminderKey({ deadlineId: d.deadline_id, dueOn: d.due_on, offsetDays: d.offset_days, recipientId: d.recipient_id })),
    );
    let queued = 0;
    for (const job of planned.filter((j) => !done.has(reminderKey(j)))) {
      const sent = this.jobs.enabled ? await this.jobs.send(REMINDER_QUEUE, job, reminderKey(job)) : await this.deliver(job);
      if (sent) queued += 1;
    }
    await this.mail.retryUnsent();
    return { queued };
  }

  /** Sends one reminder unless its key was claimed already or the deadline no longer needs it. */
  async deliver(job: ReminderJob): Promise<boolean> {
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    const outboxId = await this.dataSource.transaction(async (manager) => {
      const [row]: ReminderRow[] = await manager.query(
        `SELECT d.id AS deadline_id, d.title, d.detail, d.due_on::text, d.done_at IS NOT NULL AS done,
                c.id AS case_id, c.file_number, c.closed_on IS NOT NULL AS closed,
                cl.given_names || ' ' || cl.family_name AS client_name, u.email, u.name, u.active
           FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN clients cl ON cl.id = c.client_id
           JOIN users u ON u.id = $2
          WHERE d.id = $1`,
        [job.deadlineId, job.recipientId],
      );
      if (!row || row.done || row.closed || !row.active || row.due_on !== job.dueOn) return null;
      const claimed: { id: string }[] = await manager.query(
        `INSERT INTO reminder_deliveries (deadline_id, due_on, offset_days, recipient_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id`,
        [job.deadlineId, job.dueOn, job.offsetDays, job.recipientId],
      );
      if (claimed.length === 0) return null;
      const id = await this.mail.enqueue(manager, { to: row.email, ...message(row, job, today), relatedType: 'deadline', relatedId: row.deadline_id });
      await manager.query(`UPDATE reminder_deliveries SET outbox_id = $2 WHERE id = $1`, [claimed[0].id, id]);
      await this.audit.record(manager, {
        action: job.offsetDays === OVERDUE ? 'deadline.escalate' : 'deadline.remind',
        entityType: 'case',
        entityId: row.case_id,
        changes: { reminder: { before: null, after: { deadlineId: job.deadlineId, dueOn: job.dueOn, offsetDays: job.offsetDays, recipientId: job.recipientId } } },
      });
      return id;
    });
    if (outboxId) await this.mail.deliver(outboxId);
    return outboxId !== null;
  }
}

function message(row: ReminderRow, job: ReminderJob, today: string): { subject: string; body: string } {
  const left = daysBetween(today, row.due_on);
  const when = left > 1 ? `in ${left} days` : left === 1 ? 'tomorrow' : left === 0 ? 'today' : `${-left} day${left === -1 ? '' : 's'} ago`;
  const overdue = job.offsetDays === OVERDUE;
  return {
    subject: `${overdue ? 'Overdue' : 'Reminder'}: ${row.title} (${row.file_number}, due ${row.due_on})`,
    body: [
      `Hello ${row.name},`,
      '',
      overdue ? 'This deadline has passed and is not marked done; you are the responsible lawyer on the case.' : 'A deadline is coming up.',
      '',
      `${row.title}`,
      `Case ${row.file_number}, ${row.client_name}`,
      `Due ${row.due_on} (${when}).`,
      ...(row.detail ? ['', row.detail] : []),
    ].join('\n'),
  };
}
