import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Response } from 'supertest';
import {
  ApiClient,
  createPeerApp,
  createTestApp,
  createUser,
  PublicVisitor,
  type TestApp,
} from '@intake/testing';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { BOOKING_REMINDER_QUEUE, BookingRemindersService } from './booking-reminders.service';
import { BookingsModule } from './bookings.module';
import { addDays, localDate } from './zoned-time';

const TZ = 'America/Toronto';
const JOBS = { JOBS_POLLING_SECONDS: '0.5', REMINDER_CRON: '0 3 1 1 *' };
const ENV = {
  ...JOBS,
  PUBLIC_RATE_LIMIT_PER_MINUTE: '5000',
  PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '5000',
  FIRM_NAME: 'Tremblay & Singh Immigration',
  MAIL_FROM: 'Tremblay & Singh <rendez-vous@tremblay-singh.example>',
  PUBLIC_BASE_URL: 'https://www.tremblay-singh.example/',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A visitor who books with an acknowledgment of the disclaimer in their language. */
class Visitor extends PublicVisitor {
  async book(slotId: string, language: 'en' | 'fr' = 'fr'): Promise<Response> {
    const acknowledgmentToken = await this.acknowledge('booking', language);
    return this.post(
      '/api/public/bookings',
      {
        slotId,
        mode: 'video',
        acknowledgmentToken,
        preScreen: {
          givenNames: 'Amélie',
          familyName: 'Nguyen',
          email: `amelie.${randomUUID().slice(0, 8)}@example.com`,
          preferredLanguage: language,
          programOfInterest: 'cec_express_entry',
        },
      },
      { 'Idempotency-Key': randomUUID() },
    );
  }
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  attachments: { fileName: string; contentType: string; content: string }[];
  related_id: string;
}

describe('booking e-mails, private link and reminders', () => {
  let first: TestApp;
  let second: Omit<TestApp, 'database'>;
  let visitor: Visitor;

  beforeAll(async () => {
    first = await createTestApp([DisclaimersModule, BookingsModule], ENV);
    second = await createPeerApp(first, [DisclaimersModule, BookingsModule], ENV);
    const admin = new ApiClient(first.http);
    const a = await createUser(first.app, { role: 'admin' });
    const lawyer = await createUser(first.app, { role: 'lawyer' });
    await admin.login(a.email, a.password);
    const settings = (await admin.get('/api/availability/settings')).body;
    await admin.put('/api/availability/settings', {
      version: settings.version,
      bufferMinutes: 15,
      minNoticeHours: 0,
      horizonDays: 30,
    });
    // Open around the clock, so that a slot within the next 24 hours exists whenever the test runs.
    const weeklyHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '00:00',
      end: '23:30',
    }));
    expect(
      (await admin.put(`/api/availability/${lawyer.user.id}`, { weeklyHours, exceptions: [] }))
        .status,
    ).toBe(200);
    visitor = await new Visitor(first.http).init();
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const today = () => localDate(new Date(), TZ);
  const slotsOn = async (day: string) =>
    (await visitor.get(`/api/public/slots?type=cec_assessment&from=${day}&to=${day}`)).body
      .slots as { slotId: string; start: string }[];
  const messagesFor = (bookingId: string): Promise<OutboxRow[]> =>
    first.dataSource.query(
      `SELECT * FROM outbox WHERE related_type = 'booking' AND related_id = $1 ORDER BY created_at, subject`,
      [bookingId],
    );
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const tokenOf = (body: string) =>
    (/booking\/manage\?token=([A-Za-z0-9_-]{43})/.exec(body) as RegExpExecArray)[1];

  it('queues the confirmation in the visitor language with the calendar invitation and a private link (only its hash stored)', async () => {
    const [slot] = await slotsOn(addDays(today(), 5));
    const booked = await visitor.book(slot.slotId, 'fr');
    expect(booked.status).toBe(201);
    const [message] = await messagesFor(booked.body.id);
    expect(message.status).toBe('unsent');
    expect(message.subject).toBe(
      'Votre consultation avec Tremblay & Singh Immigration est réservée',
    );
    expect(message.body).toMatch(/^Bonjour Amélie Nguyen,/);
    expect(message.body).toContain('https://www.tremblay-singh.example/booking/manage?token=');
    expect(message.body).toContain("n'est pas protégé par le secret professionnel");
    const token = tokenOf(message.body);
    const [row] = await first.dataSource.query(`SELECT * FROM bookings WHERE id = $1`, [
      booked.body.id,
    ]);
    expect(row.manage_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.manage_token_expires_at.getTime()).toBe(row.end_at.getTime());
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(booked.body)).not.toContain(token);

    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toEqual(
      expect.objectContaining({
        fileName: 'invitation.ics',
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      }),
    );
    const ics = unfold(message.attachments[0].content);
    const utc = (iso: string) =>
      new Date(iso).toISOString().replace(/[-:]/g, '').replace('.000', '');
    expect(ics).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        `UID:${booked.body.id}`,
        'SEQUENCE:0',
        `DTSTART:${utc(booked.body.start)}`,
        `DTEND:${utc(booked.body.end)}`,
        'ORGANIZER;CN="Tremblay & Singh Immigration":MAILTO:rendez-vous@tremblay-singh.example',
        'STATUS:CONFIRMED',
      ]),
    );
    expect(ics.find((l) => l.startsWith('ATTENDEE'))).toContain(`mailto:${message.to_address}`);
  });

  it('shows the booking through its link, moves it under the same rules, then cancels it', async () => {
    const day = addDays(today(), 6);
    const slots = await slotsOn(day);
    const booked = await visitor.book(slots[20].slotId, 'en');
    const [confirmation] = await messagesFor(booked.body.id);
    expect(confirmation.subject).toBe(
      'Your consultation with Tremblay & Singh Immigration is booked',
    );
    const token = tokenOf(confirmation.body);

    const seen = await visitor.get(`/api/public/bookings/${token}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual(booked.body);
    expect((await visitor.get(`/api/public/bookings/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await visitor.get('/api/public/bookings/short')).status).toBe(404);

    const other = await visitor.book(slots[30].slotId, 'en');
    expect(other.status).toBe(201);
    const taken = await visitor.post(`/api/public/bookings/${token}/reschedule`, {
      slotId: slots[30].slotId,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toMatch(/slot-taken$/);
    const badSlot = await visitor.post(`/api/public/bookings/${token}/reschedule`, {
      slotId: 'y'.repeat(40),
    });
    expect(badSlot.status).toBe(400);

    // One slot later overlaps the booking itself with its buffer: its own time does not count.
    const moved = await visitor.post(`/api/public/bookings/${token}/reschedule`, {
      slotId: slots[21].slotId,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.start).toBe(slots[21].start);
    expect((await slotsOn(day)).map((s) => s.start)).toContain(slots[19].start);
    const afterMove = await messagesFor(booked.body.id);
    expect(afterMove).toHaveLength(2);
    const rescheduled = afterMove.find((m) => m.subject.includes('has moved')) as OutboxRow;
    expect(rescheduled.body).toContain(`token=${token}`);
    expect(unfold(rescheduled.attachments[0].content)).toEqual(
      expect.arrayContaining(['METHOD:REQUEST', `UID:${booked.body.id}`, 'SEQUENCE:1']),
    );

    const cancelled = await visitor.post(`/api/public/bookings/${token}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await visitor.post(`/api/public/bookings/${token}/cancel`, {})).body.status).toBe(
      'cancelled',
    );
    expect(
      (await visitor.post(`/api/public/bookings/${token}/reschedule`, { slotId: slots[22].slotId }))
        .status,
    ).toBe(409);
    expect((await slotsOn(day)).map((s) => s.start)).toContain(slots[21].start);
    const cancellation = (await messagesFor(booked.body.id)).find((m) =>
      m.subject.includes('cancelled'),
    ) as OutboxRow;
    expect(unfold(cancellation.attachments[0].content)).toEqual(
      expect.arrayContaining([
        'METHOD:CANCEL',
        'STATUS:CANCELLED',
        `UID:${booked.body.id}`,
        'SEQUENCE:2',
      ]),
    );
    expect(cancellation.body).not.toContain('token=');
    const actions = (
      await first.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`,
        [booked.body.id],
      )
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['booking.create', 'booking.reschedule', 'booking.cancel']);

    await first.dataSource.query(
      `UPDATE bookings SET manage_token_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [other.body.id],
    );
    const [otherMessage] = await messagesFor(other.body.id);
    expect((await visitor.get(`/api/public/bookings/${tokenOf(otherMessage.body)}`)).status).toBe(
      404,
    );
  });

  it('keeps the confirmation in the outbox when SMTP is down, for the retries', async () => {
    const smtp = await createPeerApp(first, [DisclaimersModule, BookingsModule], {
      ...ENV,
      JOBS_ENABLED: 'false',
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    try {
      const down = await new Visitor(smtp.http).init();
      const [slot] = (
        await down.get(
          `/api/public/slots?type=cec_assessment&from=${addDays(today(), 7)}&to=${addDays(today(), 7)}`,
        )
      ).body.slots;
      const booked = await down.book(slot.slotId, 'en');
      expect(booked.status).toBe(201);
      const [message] = await messagesFor(booked.body.id);
      expect(message).toEqual(expect.objectContaining({ status: 'failed', attempts: 1 }));
      expect(message.attachments).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('forgets the answers kept for repeated submissions after a week, at the sweep', async () => {
    await first.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response, created_at)
       VALUES ('test', 'old-key-0123456789', 'h', 201, '{}', now() - interval '8 days'),
              ('test', 'new-key-0123456789', 'h', 201, '{}', now() - interval '6 days')`,
    );
    await first.app.get(BookingRemindersService).sweep();
    const kept: { key: string }[] = await first.dataSource.query(
      `SELECT key FROM idempotency_keys WHERE scope = 'test' ORDER BY key`,
    );
    expect(kept.map((row) => row.key)).toEqual(['new-key-0123456789']);
    expect(await first.app.get(BookingRemindersService).forgetOldSubmissions()).toBe(0);
  });

  it('reminds the visitor once, 24 hours ahead, even with two workers sweeping and delivering', async () => {
    const [soon] = await slotsOn(today()).then(async (list) =>
      list.length > 0 ? list : slotsOn(addDays(today(), 1)),
    );
    const later = (await slotsOn(addDays(today(), 3)))[0];
    const near = await visitor.book(soon.slotId, 'fr');
    const far = await visitor.book(later.slotId, 'en');
    expect(near.status).toBe(201);
    expect(far.status).toBe(201);

    await Promise.all([
      first.app.get(BookingRemindersService).sweep(),
      second.app.get(BookingRemindersService).sweep(),
    ]);
    for (let i = 0; i < 60; i += 1) {
      const [{ n }] = await first.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [BOOKING_REMINDER_QUEUE],
      );
      if (n === 0) break;
      await sleep(250);
    }
    await sleep(1500);
    const job = { bookingId: near.body.id, startAt: new Date(near.body.start).toISOString() };
    const again = await Promise.all([
      first.app.get(BookingRemindersService).deliver(job),
      second.app.get(BookingRemindersService).deliver(job),
    ]);
    expect(again).toEqual([false, false]);

    const reminders = (await messagesFor(near.body.id)).filter((m) =>
      m.subject.startsWith('Rappel'),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe(
      'Rappel : votre consultation avec Tremblay & Singh Immigration',
    );
    expect(reminders[0].attachments).toEqual([]);
    expect(reminders[0].body).toContain('lien privé de votre courriel de confirmation');
    expect(
      (await messagesFor(far.body.id)).filter((m) => m.subject.startsWith('Reminder')),
    ).toEqual([]);
    const claims = await first.dataSource.query(`SELECT booking_id FROM booking_reminders`);
    expect(claims).toEqual([{ booking_id: near.body.id }]);
  });

  it('delivers the confirmation over SMTP with the calendar invitation attached', async () => {
    const received: ParsedMail[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, done) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          done();
        }, done);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailing = await createPeerApp(first, [DisclaimersModule, BookingsModule], {
      ...ENV,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
    });
    try {
      const sender = await new Visitor(mailing.http).init();
      const [slot] = await slotsOn(addDays(today(), 7));
      const booked = await sender.book(slot.slotId, 'en');
      expect(booked.status).toBe(201);
      const [message] = await messagesFor(booked.body.id);
      expect(message).toEqual(expect.objectContaining({ status: 'sent', attempts: 1 }));
      expect(received).toHaveLength(1);
      const [mail] = received;
      expect(mail.subject).toBe('Your consultation with Tremblay & Singh Immigration is booked');
      expect(mail.text).toContain('https://www.tremblay-singh.example/booking/manage?token=');
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toEqual(
        expect.objectContaining({ filename: 'invitation.ics', contentType: 'text/calendar' }),
      );
      expect(mail.attachments[0].content.toString('utf8')).toContain(`UID:${booked.body.id}`);
    } finally {
      await mailing.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
