import { randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import { ApiClient, createTestApp, createUser, PublicVisitor, type TestApp } from '@intake/testing';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { BookingsModule } from './bookings.module';
import { addDays, daysBetween, localDate } from './zoned-time';

const TZ = 'America/Toronto';

/** A visitor who posts bookings with an Idempotency-Key of their choosing. */
class Visitor extends PublicVisitor {
  book(body: object, key: string = randomUUID()): Promise<Response> {
    return this.post('/api/public/bookings', body, { 'Idempotency-Key': key });
  }
}

interface Slot {
  slotId: string;
  start: string;
  end: string;
}

const PRE_SCREEN = {
  givenNames: 'Amélie',
  familyName: 'Nguyen',
  email: 'Amelie.Nguyen@Example.com',
  phone: '+1 514 555 0101',
  preferredLanguage: 'fr',
  programOfInterest: 'cec_express_entry',
  otherParties: [{ name: 'Northwind Analytics', relation: 'employer' }],
};

const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  start: '09:00',
  end: '17:00',
}));

function firmToday(): string {
  return localDate(new Date(), TZ);
}

/** The first Sunday of November (end of DST in Toronto) at least 3 days from today. */
function nextNovemberDstChange(): string {
  const today = firmToday();
  for (let year = Number(today.slice(0, 4)); ; year += 1) {
    for (let day = 1; day <= 7; day += 1) {
      const date = `${year}-11-0${day}`;
      if (new Date(`${date}T12:00:00Z`).getUTCDay() === 0 && daysBetween(today, date) >= 3)
        return date;
    }
  }
}

describe('public booking', () => {
  let t: TestApp;
  let admin: ApiClient;
  let lawyer: ApiClient;
  let paralegal: ApiClient;
  let staffId: string;
  let otherStaffId: string;
  let visitor: Visitor;
  let settingsVersion: number;

  beforeAll(async () => {
    t = await createTestApp([DisclaimersModule, BookingsModule], {
      PUBLIC_RATE_LIMIT_PER_MINUTE: '5000',
      PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '5000',
      JOBS_ENABLED: 'false',
    });
    const a = await createUser(t.app, { role: 'admin' });
    const l = await createUser(t.app, { role: 'lawyer' });
    const p = await createUser(t.app, { role: 'paralegal' });
    const other = await createUser(t.app, { role: 'lawyer' });
    staffId = l.user.id;
    otherStaffId = other.user.id;
    admin = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    paralegal = new ApiClient(t.http);
    await admin.login(a.email, a.password);
    await lawyer.login(l.email, l.password);
    await paralegal.login(p.email, p.password);
    visitor = await new Visitor(t.http).init();
  });
  afterAll(() => t.close());

  async function slotsOn(from: string, to: string = from): Promise<Slot[]> {
    const response = await visitor.get(
      `/api/public/slots?type=cec_assessment&from=${from}&to=${to}`,
    );
    expect(response.status).toBe(200);
    return response.body.slots;
  }

  async function setSettings(bufferMinutes: number, minNoticeHours: number, horizonDays: number) {
    const response = await admin.put('/api/availability/settings', {
      version: settingsVersion,
      bufferMinutes,
      minNoticeHours,
      horizonDays,
    });
    expect(response.status).toBe(200);
    settingsVersion = response.body.version;
  }

  describe('consultation types', () => {
    it('seeds the CEC assessment: 30 minutes, video or in person', async () => {
      const list = await paralegal.get('/api/consultation-types');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        expect.objectContaining({
          code: 'cec_assessment',
          nameEn: 'CEC assessment',
          durationMinutes: 30,
          modes: ['video', 'in_person'],
          active: true,
        }),
      ]);
    });

    it('lists the active types to visitors, named in their language', async () => {
      const hidden = await admin.post('/api/consultation-types', {
        code: 'study_permit_review',
        nameEn: 'Study permit review',
        nameFr: 'Révision du permis d’études',
        durationMinutes: 45,
        modes: ['video'],
        active: false,
      });
      expect(hidden.status).toBe(201);
      const fr = await request(t.http).get('/api/public/consultation-types?locale=fr');
      expect(fr.status).toBe(200);
      expect(fr.body).toEqual([
        {
          code: 'cec_assessment',
          name: "Évaluation CEC (catégorie de l'expérience canadienne)",
          durationMinutes: 30,
          modes: ['video', 'in_person'],
        },
      ]);
      const en = await request(t.http).get('/api/public/consultation-types');
      expect(en.body.map((type: { name: string }) => type.name)).toEqual(['CEC assessment']);
      expect((await request(t.http).get('/api/public/consultation-types?locale=de')).status).toBe(
        400,
      );
      expect((await admin.delete(`/api/consultation-types/${hidden.body.id}`)).status).toBe(204);
      expect((await request(t.http).get('/api/public/firm')).body).toEqual({
        name: 'Your Immigration Law Firm',
        addressLines: [],
        timeZone: 'America/Toronto',
      });
    });

    it('lets admins create, edit under a version and delete types never booked', async () => {
      expect(
        (
          await lawyer.post('/api/consultation-types', {
            code: 'x',
            nameEn: 'X',
            nameFr: 'X',
            durationMinutes: 30,
            modes: ['video'],
          })
        ).status,
      ).toBe(403);
      const bad = await admin.post('/api/consultation-types', {
        code: 'Bad Code',
        nameEn: '',
        nameFr: 'X',
        durationMinutes: 5,
        modes: ['phone'],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'code',
        'durationMinutes',
        'modes',
        'nameEn',
      ]);
      const created = await admin.post('/api/consultation-types', {
        code: 'family_sponsorship',
        nameEn: 'Family sponsorship',
        nameFr: 'Parrainage familial',
        durationMinutes: 60,
        modes: ['video'],
      });
      expect(created.status).toBe(201);
      expect(
        (await admin.post('/api/consultation-types', { ...created.body, version: undefined }))
          .status,
      ).toBe(400);
      const duplicate = await admin.post('/api/consultation-types', {
        code: 'family_sponsorship',
        nameEn: 'A',
        nameFr: 'B',
        durationMinutes: 60,
        modes: ['video'],
      });
      expect(duplicate.status).toBe(409);
      const edited = await admin.patch(`/api/consultation-types/${created.body.id}`, {
        version: created.body.version,
        durationMinutes: 45,
      });
      expect(edited.status).toBe(200);
      expect(edited.body.durationMinutes).toBe(45);
      expect(
        (
          await admin.patch(`/api/consultation-types/${created.body.id}`, {
            version: created.body.version,
            active: false,
          })
        ).status,
      ).toBe(409);
      expect((await admin.delete(`/api/consultation-types/${created.body.id}`)).status).toBe(204);
      const [audit] = await t.dataSource.query(
        `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'consultation_type.update'`,
        [created.body.id],
      );
      expect(audit.changes).toEqual({ durationMinutes: { before: 60, after: 45 } });
    });
  });

  describe('availability', () => {
    it('keeps the settings (buffer, notice, horizon) under a version, for admins only', async () => {
      const settings = await admin.get('/api/availability/settings');
      expect(settings.body).toEqual({
        bufferMinutes: 15,
        minNoticeHours: 24,
        horizonDays: 60,
        timeZone: TZ,
        version: 1,
      });
      settingsVersion = settings.body.version;
      expect((await lawyer.get('/api/availability/settings')).status).toBe(403);
      const stale = await admin.put('/api/availability/settings', {
        version: 99,
        bufferMinutes: 0,
        minNoticeHours: 0,
        horizonDays: 10,
      });
      expect(stale.status).toBe(409);
      const invalid = await admin.put('/api/availability/settings', {
        version: 1,
        bufferMinutes: -1,
        minNoticeHours: 0,
        horizonDays: 0,
      });
      expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'bufferMinutes',
        'horizonDays',
      ]);
    });

    it('stores weekly hours and exceptions of a staff member, refusing inverted or overlapping ranges', async () => {
      const bad = await admin.put(`/api/availability/${staffId}`, {
        weeklyHours: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
          { weekday: 2, start: '14:00', end: '13:00' },
          { weekday: 8, start: '25:00', end: '13:00' },
        ],
        exceptions: [{ date: '2027-02-30' }, { date: '2027-03-01', start: '10:00' }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'weeklyHours[3].weekday',
        'weeklyHours[3].start',
      ]);
      const overlapping = await admin.put(`/api/availability/${staffId}`, {
        weeklyHours: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
          { weekday: 2, start: '14:00', end: '13:00' },
        ],
        exceptions: [{ date: '2027-02-30' }, { date: '2027-03-01', start: '10:00' }],
      });
      expect(overlapping.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'weeklyHours[1]',
        'weeklyHours[2].end',
        'exceptions[0].date',
        'exceptions[1].end',
      ]);
      const saved = await admin.put(`/api/availability/${staffId}`, {
        weeklyHours: WEEKDAYS_9_TO_5,
        exceptions: [],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.weeklyHours).toHaveLength(7);
      expect(saved.body.timeZone).toBe(TZ);
      expect((await admin.get(`/api/availability/${staffId}`)).body).toEqual(saved.body);
      expect((await admin.get(`/api/availability/${randomUUID()}`)).status).toBe(404);
      expect(
        (await paralegal.put(`/api/availability/${staffId}`, { weeklyHours: [], exceptions: [] }))
          .status,
      ).toBe(403);
      const [audit] = await t.dataSource.query(
        `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'availability.update'`,
        [staffId],
      );
      expect(audit.changes.weeklyHours.after).toHaveLength(7);
    });

    it('keeps firm holidays', async () => {
      const added = await admin.post('/api/availability/holidays', {
        date: '2030-07-01',
        name: 'Canada Day',
      });
      expect(added.status).toBe(201);
      expect(
        (await admin.post('/api/availability/holidays', { date: '2030-07-01', name: 'Again' }))
          .status,
      ).toBe(409);
      expect(
        (await admin.post('/api/availability/holidays', { date: '2030-02-30', name: 'Nope' }))
          .status,
      ).toBe(400);
      expect((await admin.get('/api/availability/holidays?year=2030')).body).toEqual([
        { date: '2030-07-01', name: 'Canada Day' },
      ]);
      expect((await admin.delete('/api/availability/holidays/2030-07-01')).status).toBe(204);
      expect((await admin.delete('/api/availability/holidays/2030-07-01')).status).toBe(404);
      expect((await admin.get('/api/availability/holidays?year=2030')).body).toEqual([]);
    });
  });

  describe('slots', () => {
    it('lists free times as instants with offset, without naming the staff member', async () => {
      await setSettings(15, 0, 60);
      const day = addDays(firmToday(), 3);
      const response = await visitor.get(
        `/api/public/slots?type=cec_assessment&from=${day}&to=${day}&locale=fr`,
      );
      expect(response.status).toBe(200);
      expect(response.body.type).toEqual({
        code: 'cec_assessment',
        name: expect.stringMatching(/^Évaluation CEC/),
        durationMinutes: 30,
        modes: ['video', 'in_person'],
      });
      const slots: Slot[] = response.body.slots;
      expect(slots).toHaveLength(16);
      expect(slots[0].start).toMatch(new RegExp(`^${day}T09:00:00-0[45]:00$`));
      expect(slots[15].end).toMatch(new RegExp(`^${day}T17:00:00-0[45]:00$`));
      expect(JSON.stringify(response.body)).not.toContain(staffId);
      expect(Buffer.from(slots[0].slotId, 'base64url').toString('utf8')).not.toContain(staffId);
      expect((await visitor.get('/api/public/slots?type=unknown_type')).status).toBe(404);
      expect(
        (
          await visitor.get(
            `/api/public/slots?type=cec_assessment&from=${day}&to=${addDays(day, 40)}`,
          )
        ).status,
      ).toBe(400);
    });

    it('follows exceptions, holidays, notice and horizon', async () => {
      const base = addDays(firmToday(), 5);
      const [off, shorter, holiday] = [base, addDays(base, 1), addDays(base, 2)];
      await admin.put(`/api/availability/${staffId}`, {
        weeklyHours: WEEKDAYS_9_TO_5,
        exceptions: [{ date: off }, { date: shorter, start: '13:00', end: '14:00' }],
      });
      await admin.post('/api/availability/holidays', { date: holiday, name: 'Firm retreat' });
      expect(await slotsOn(off)).toEqual([]);
      expect((await slotsOn(shorter)).map((s) => s.start.slice(11, 16))).toEqual([
        '13:00',
        '13:30',
      ]);
      expect(await slotsOn(holiday)).toEqual([]);
      expect(await slotsOn(addDays(base, 3))).toHaveLength(16);

      await setSettings(15, 24 * 4, 60);
      expect(await slotsOn(addDays(firmToday(), 3))).toEqual([]);
      await setSettings(15, 0, 4);
      expect(await slotsOn(addDays(firmToday(), 6))).toEqual([]);
      await setSettings(15, 0, 60);
      await admin.put(`/api/availability/${staffId}`, {
        weeklyHours: WEEKDAYS_9_TO_5,
        exceptions: [],
      });
      await admin.delete(`/api/availability/holidays/${holiday}`);
    });

    it('keeps the wall-clock hours across the November DST change in America/Toronto', async () => {
      const sunday = nextNovemberDstChange();
      await setSettings(15, 0, daysBetween(firmToday(), sunday) + 10);
      const slots = await slotsOn(addDays(sunday, -3), addDays(sunday, 3));
      expect(slots).toHaveLength(7 * 16);
      const byDay = new Map<string, Slot[]>();
      for (const slot of slots)
        byDay.set(slot.start.slice(0, 10), [...(byDay.get(slot.start.slice(0, 10)) ?? []), slot]);
      for (const [day, list] of byDay) {
        expect(list[0].start.slice(11, 19)).toBe('09:00:00');
        expect(list[15].end.slice(11, 19)).toBe('17:00:00');
        const offset = daysBetween(day, sunday) > 0 ? '-04:00' : '-05:00';
        expect(list.every((s) => s.start.endsWith(offset) && s.end.endsWith(offset))).toBe(true);
      }
      const saturday = byDay.get(addDays(sunday, -1)) as Slot[];
      const monday = byDay.get(addDays(sunday, 1)) as Slot[];
      expect(new Date(saturday[0].start).toISOString().slice(11, 16)).toBe('13:00');
      expect(new Date(monday[0].start).toISOString().slice(11, 16)).toBe('14:00');
      expect(new Date(monday[0].start).getTime() - new Date(saturday[0].start).getTime()).toBe(
        49 * 3_600_000,
      );
      await setSettings(15, 0, 60);
    });
  });

  describe('bookings', () => {
    let ackToken: string;

    beforeAll(async () => {
      ackToken = await visitor.acknowledge('booking');
    });

    it('is refused without an acknowledgment of the disclaimer for booking (428)', async () => {
      const [slot] = await slotsOn(addDays(firmToday(), 7));
      const none = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        preScreen: PRE_SCREEN,
      });
      expect(none.status).toBe(428);
      expect(none.body.type).toMatch(/disclaimer-not-acknowledged$/);
      const otherPurpose = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: await visitor.acknowledge('self_assessment'),
        preScreen: PRE_SCREEN,
      });
      expect(otherPurpose.status).toBe(428);
      const forged = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: 'A'.repeat(43),
        preScreen: PRE_SCREEN,
      });
      expect(forged.status).toBe(428);
      expect(await t.dataSource.query(`SELECT id FROM bookings`)).toEqual([]);
      expect(await t.dataSource.query(`SELECT id FROM consultation_requests`)).toEqual([]);
    });

    it('validates every field, the honeypot and the Idempotency-Key', async () => {
      const [slot] = await slotsOn(addDays(firmToday(), 7));
      const honeypot = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
        website: 'http://spam.example',
      });
      expect(honeypot.status).toBe(400);
      expect(honeypot.body.errors).toEqual([{ field: 'website', message: 'must be left empty' }]);
      const invalid = await visitor.book({
        slotId: slot.slotId,
        mode: 'phone',
        acknowledgmentToken: ackToken,
        preScreen: {
          ...PRE_SCREEN,
          email: 'not-an-email',
          preferredLanguage: 'de',
          otherParties: [{ name: '' }],
          extra: 1,
        },
      });
      expect(invalid.status).toBe(400);
      expect(
        [...new Set(invalid.body.errors.map((e: { field: string }) => e.field))].sort(),
      ).toEqual(
        [
          'mode',
          'preScreen.email',
          'preScreen.extra',
          'preScreen.otherParties[0].name',
          'preScreen.otherParties[0].relation',
          'preScreen.preferredLanguage',
        ].sort(),
      );
      const neither = await visitor.book({
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect([...new Set(neither.body.errors.map((e: { field: string }) => e.field))]).toEqual([
        'slotId',
        'start',
        'type',
      ]);
      const noKey = await visitor.post('/api/public/bookings', {
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(noKey.status).toBe(400);
      expect(noKey.body.errors[0].field).toBe('Idempotency-Key');
      const forgedSlot = await visitor.book({
        slotId: 'x'.repeat(60),
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(forgedSlot.body.errors).toEqual([
        { field: 'slotId', message: 'is not a slot id from /api/public/slots' },
      ]);
      expect(await t.dataSource.query(`SELECT id FROM bookings`)).toEqual([]);
    });

    it('books a slot with its consultation request in one transaction, audited, and the slot and its buffer leave the list', async () => {
      const day = addDays(firmToday(), 8);
      const before = await slotsOn(day);
      const slot = before[4]; // 11:00
      const response = await visitor.book({
        slotId: slot.slotId,
        mode: 'in_person',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        status: 'confirmed',
        start: slot.start,
        end: slot.end,
        timeZone: TZ,
        mode: 'in_person',
        type: {
          code: 'cec_assessment',
          name: expect.stringMatching(/^Évaluation CEC/),
          durationMinutes: 30,
        },
        preferredLanguage: 'fr',
      });
      const [booking] = await t.dataSource.query(`SELECT * FROM bookings WHERE id = $1`, [
        response.body.id,
      ]);
      expect(booking.staff_id).toBe(staffId);
      expect(booking.end_with_buffer.getTime() - booking.end_at.getTime()).toBe(15 * 60_000);
      const [consultation] = await t.dataSource.query(
        `SELECT * FROM consultation_requests WHERE id = $1`,
        [booking.consultation_request_id],
      );
      expect(consultation).toEqual(
        expect.objectContaining({
          status: 'booked',
          source: 'booking',
          given_names: 'Amélie',
          family_name: 'Nguyen',
          email: 'amelie.nguyen@example.com',
          preferred_language: 'fr',
          program_of_interest: 'cec_express_entry',
          other_parties: [{ name: 'Northwind Analytics', relation: 'employer' }],
          acknowledgment_id: booking.acknowledgment_id,
        }),
      );
      const actions = (
        await t.dataSource.query(
          `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY seq`,
          [booking.id, consultation.id],
        )
      ).map((r: { action: string }) => r.action);
      expect(actions).toEqual(['consultation_request.create', 'booking.create']);
      // 11:00–11:30 booked with a 15-minute buffer: 10:30 (its buffer reaches 11:15) and 11:30 go too.
      const after = (await slotsOn(day)).map((s) => s.start.slice(11, 16));
      expect(after).not.toContain('10:30');
      expect(after).not.toContain('11:00');
      expect(after).not.toContain('11:30');
      expect(after).toContain('10:00');
      expect(after).toContain('12:00');
      expect(after).toHaveLength(13);

      const again = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(again.status).toBe(409);
      expect(again.body.type).toMatch(/slot-taken$/);
    });

    it('books by start and type, choosing a free staff member, and refuses times not offered', async () => {
      await admin.put(`/api/availability/${otherStaffId}`, {
        weeklyHours: WEEKDAYS_9_TO_5,
        exceptions: [],
      });
      const day = addDays(firmToday(), 9);
      const [slot] = await slotsOn(day);
      const first = await visitor.book({
        start: slot.start,
        type: 'cec_assessment',
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(first.status).toBe(201);
      expect((await slotsOn(day))[0].start).toBe(slot.start);
      const second = await visitor.book({
        start: slot.start,
        type: 'cec_assessment',
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(second.status).toBe(201);
      const staff = (
        await t.dataSource.query(
          `SELECT staff_id FROM bookings WHERE start_at = $1 ORDER BY staff_id`,
          [new Date(slot.start)],
        )
      ).map((r: { staff_id: string }) => r.staff_id);
      expect(staff).toEqual([staffId, otherStaffId].sort());
      expect((await slotsOn(day))[0].start).not.toBe(slot.start);
      const third = await visitor.book({
        start: slot.start,
        type: 'cec_assessment',
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(third.status).toBe(409);
      const offGrid = await visitor.book({
        start: `${day}T09:10:00-05:00`,
        type: 'cec_assessment',
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(offGrid.status).toBe(422);
      const night = await visitor.book({
        start: `${day}T03:00:00Z`,
        type: 'cec_assessment',
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(night.status).toBe(422);
      await admin.put(`/api/availability/${otherStaffId}`, { weeklyHours: [], exceptions: [] });
    });

    it('lets 50 concurrent bookings of one slot end in exactly one booking: one 201 and 49 × 409 slot-taken', async () => {
      const day = addDays(firmToday(), 10);
      const [slot] = await slotsOn(day);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          visitor.book({
            slotId: slot.slotId,
            mode: 'video',
            acknowledgmentToken: ackToken,
            preScreen: PRE_SCREEN,
          }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      expect(
        responses.filter((r) => r.status === 409).every((r) => /slot-taken$/.test(r.body.type)),
      ).toBe(true);
      const rows = await t.dataSource.query(
        `SELECT id FROM bookings WHERE start_at = $1 AND status <> 'cancelled'`,
        [new Date(slot.start)],
      );
      expect(rows).toHaveLength(1);
      const requests = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM consultation_requests r WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.consultation_request_id = r.id)`,
      );
      expect(requests[0].n).toBe(0);
    });

    it('answers a repeated submission with the same Idempotency-Key with the first answer, sequential or concurrent', async () => {
      const day = addDays(firmToday(), 11);
      const slots = await slotsOn(day);
      const [first, second] = [slots[0], slots[4]];
      const body = {
        slotId: first.slotId,
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      };
      const key = randomUUID();
      const once = await visitor.book(body, key);
      const twice = await visitor.book(body, key);
      expect(once.status).toBe(201);
      expect(twice.status).toBe(201);
      expect(twice.body).toEqual(once.body);
      const reused = await visitor.book({ ...body, slotId: second.slotId }, key);
      expect(reused.status).toBe(422);

      const racingKey = randomUUID();
      const racing = { ...body, slotId: second.slotId };
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => visitor.book(racing, racingKey)),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const rows = await t.dataSource.query(
        `SELECT id FROM bookings WHERE start_at = ANY($1::timestamptz[])`,
        [[first.start, second.start]],
      );
      expect(rows).toHaveLength(2);
      const [stored] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM idempotency_keys WHERE key = ANY($1)`,
        [[key, racingKey]],
      );
      expect(stored.n).toBe(2);
    });

    it('makes the database refuse overlapping bookings of one staff member, whatever the code does', async () => {
      const [booking] = await t.dataSource.query(
        `SELECT * FROM bookings WHERE status = 'confirmed' LIMIT 1`,
      );
      await expect(
        t.dataSource.query(
          `INSERT INTO bookings (staff_id, consultation_type_id, consultation_request_id, acknowledgment_id, mode, start_at, end_at, end_with_buffer,
                                 manage_token_hash, manage_token_expires_at)
           VALUES ($1, $2, $3, $4, 'video', $5::timestamptz + interval '10 minutes', $5::timestamptz + interval '40 minutes', $5::timestamptz + interval '55 minutes',
                   repeat('a', 64), $5::timestamptz + interval '40 minutes')`,
          [
            booking.staff_id,
            booking.consultation_type_id,
            booking.consultation_request_id,
            booking.acknowledgment_id,
            booking.start_at,
          ],
        ),
      ).rejects.toThrow(/bookings_no_overlap/);
    });

    it('refuses a booking once a newer disclaimer is published (409 disclaimer-outdated)', async () => {
      const [slot] = await slotsOn(addDays(firmToday(), 12));
      const published = await admin.post('/api/disclaimers', {
        en: {
          generalInformation:
            'Updated: general information, not legal advice, until we agree in writing.',
          noConfidentiality: 'Updated: nothing sent before then is confidential.',
        },
        fr: {
          generalInformation:
            'Mise à jour : information générale, pas un avis juridique, avant un accord écrit.',
          noConfidentiality: "Mise à jour : rien de ce qui est envoyé avant n'est confidentiel.",
        },
      });
      expect(published.status).toBe(201);
      const stale = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: ackToken,
        preScreen: PRE_SCREEN,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toMatch(/disclaimer-outdated$/);
      const fresh = await visitor.book({
        slotId: slot.slotId,
        mode: 'video',
        acknowledgmentToken: await visitor.acknowledge('booking'),
        preScreen: PRE_SCREEN,
      });
      expect(fresh.status).toBe(201);
    });
  });
});
