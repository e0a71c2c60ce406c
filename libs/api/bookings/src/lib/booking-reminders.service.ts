import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, MeetingMode } from '@intake/shared/contracts';
import { AppConfig, AuditService, JobQueue, MailService } from '@intake/api/core';
import { DataSource } from 'typeorm';
import { BookingMailer } from './booking-mailer';

export const BOOKING_REMINDER_QUEUE = 'booking-reminder';
export const BOOKING_REMINDER_SWEEP_QUEUE = 'booking-reminder-sweep';
/** Visitors are reminded this long before their meeting. */
export const REMINDER_LEAD_HOURS = 24;
/** How long the first answer to a public submission is kept for repeats with the same key. */
export const IDEMPOTENCY_KEEP_DAYS = 7;

export interface BookingReminderJob {
  bookingId: string;
  /** ISO instant: a moved booking is owed a new reminder, a stale job none. */
  startAt: string;
}

interface DueRow {
  id: string;
  start_at: Date;
}

interface BookingRow {
  id: string;
  version: number;
  start_at: Date;
  end_at: Date;
  mode: MeetingMode;
  name_en: string;
  name_fr: string;
  given_names: string;
  family_name: string;
  email: string;
  preferred_language: Language;
}

export const reminderKey = (job: BookingReminderJob) => `${job.bookingId}:${job.startAt}`;

/**
 * The e-mail a visitor gets 24 hours before their consultation, like the deadline reminders
 * of cases: a scheduled sweep queues one job per (booking, start); delivering claims that key
 * in booking_reminders first, so it goes once however many processes sweep and work.
 */
@Injectable()
export class BookingRemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly mailer: BookingMailer,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<BookingReminderJob>(BOOKING_REMINDER_QUEUE, async (job) => {
      await this.deliver(job);
    });
    await this.jobs.define(BOOKING_REMINDER_SWEEP_QUEUE, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(BOOKING_REMINDER_SWEEP_QUEUE, this.config.REMINDER_CRON);
  }

  /** Queues the reminders owed now (delivered at once when jobs are off); returns how many. */
  async sweep(): Promise<{ queued: number }> {
    const due: DueRow[] = await this.dataSource.query(
      `SELECT b.id, b.start_at FROM bookings b
        WHERE b.status = 'confirmed' AND b.start_at > now() AND b.start_at <= now() + make_interval(hours => $1)
          AND NOT EXISTS (SELECT 1 FROM booking_reminders r WHERE r.booking_id = b.id AND r.start_at = b.start_at)`,
      [REMINDER_LEAD_HOURS],
    );
    let queued = 0;
    for (const row of due) {
      const job = { bookingId: row.id, startAt: row.start_at.toISOString() };
      const sent = this.jobs.enabled
        ? await this.jobs.send(BOOKING_REMINDER_QUEUE, job, reminderKey(job))
        : await this.deliver(job);
      if (sent) queued += 1;
    }
    await this.mail.retryUnsent();
    await this.forgetOldSubmissions();
    return { queued };
  }

  /**
   * A browser repeats a submission within minutes, never days: keys older than
   * IDEMPOTENCY_KEEP_DAYS go, with the copy of the answer they kept. Returns how many.
   */
  async forgetOldSubmissions(): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)`,
      [IDEMPOTENCY_KEEP_DAYS],
    );
    return removed;
  }

  /** Sends one reminder unless its key was claimed already or the booking no longer needs it. */
  async deliver(job: BookingReminderJob): Promise<boolean> {
    const outboxId = await this.dataSource.transaction(async (manager) => {
      const [row]: BookingRow[] = await manager.query(
        `SELECT b.id, b.version, b.start_at, b.end_at, b.mode, t.name_en, t.name_fr,
                r.given_names, r.family_name, r.email, r.preferred_language
           FROM bookings b JOIN consultation_types t ON t.id = b.consultation_type_id
           JOIN consultation_requests r ON r.id = b.consultation_request_id
          WHERE b.id = $1 AND b.status = 'confirmed' AND b.start_at = $2 AND b.start_at > now()`,
        [job.bookingId, job.startAt],
      );
      if (!row) return null;
      const claimed: { id: string }[] = await manager.query(
        `INSERT INTO booking_reminders (booking_id, start_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`,
        [job.bookingId, job.startAt],
      );
      if (claimed.length === 0) return null;
      const id = await this.mailer.queue(manager, {
        kind: 'reminder',
        bookingId: row.id,
        version: row.version,
        start: row.start_at,
        end: row.end_at,
        mode: row.mode,
        typeName: row.preferred_language === 'fr' ? row.name_fr : row.name_en,
        language: row.preferred_language,
        visitor: { name: `${row.given_names} ${row.family_name}`, email: row.email },
      });
      await manager.query(`UPDATE booking_reminders SET outbox_id = $2 WHERE id = $1`, [
        claimed[0].id,
        id,
      ]);
      await this.audit.record(manager, {
        action: 'booking.remind',
        entityType: 'booking',
        entityId: row.id,
        changes: { reminder: { before: null, after: { startAt: job.startAt, outboxId: id } } },
      });
      return id;
    });
    await this.mailer.deliver(outboxId);
    return outboxId !== null;
  }
}
