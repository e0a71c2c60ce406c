import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  ApiClient,
  createBareClient,
  createTestApp,
  createUser,
  PublicVisitor,
  type TestApp,
} from '@intake/testing';
import { CasesModule } from '@intake/testing-cases';
import { ClientsModule } from '@intake/testing-intake';
import { ChecklistsModule } from '@intake/api/checklists';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { BookingsModule } from './bookings.module';
import { addDays, localDate } from './zoned-time';

const TZ = 'America/Toronto';

/** A visitor who books a slot with a pre-screen, after acknowledging the disclaimer. */
class Visitor extends PublicVisitor {
  async book(slotId: string, preScreen: Record<string, unknown>): Promise<Response> {
    const acknowledgmentToken = await this.acknowledge('booking');
    return this.post(
      '/api/public/bookings',
      { slotId, mode: 'video', acknowledgmentToken, preScreen },
      { 'Idempotency-Key': randomUUID() },
    );
  }
}

const VISITOR = {
  givenNames: 'Mohamed',
  familyName: 'Al Rashid',
  email: 'm.alrashid@example.com',
  phone: '+1 613 555 0199',
  preferredLanguage: 'en',
  programOfInterest: 'cec_express_entry',
  otherParties: [{ name: 'Ana Silva', relation: 'former employer' }],
};

describe('consultation requests and the bookings calendar', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyerApi: ApiClient;
  let lawyerId: string;
  let visitor: Visitor;
  let existing: { id: string; fileNumber: string };
  let requestId: string;
  let bookingStart: string;
  const today = () => localDate(new Date(), TZ);

  beforeAll(async () => {
    t = await createTestApp(
      [ClientsModule, CasesModule, ChecklistsModule, DisclaimersModule, BookingsModule],
      {
        JOBS_ENABLED: 'false',
        PUBLIC_RATE_LIMIT_PER_MINUTE: '5000',
        PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '5000',
      },
    );
    const a = await createUser(t.app, { role: 'admin' });
    const l = await createUser(t.app, { role: 'lawyer', name: 'Louise Lawyer' });
    const p = await createUser(t.app, { role: 'paralegal' });
    lawyerId = l.user.id;
    const admin = new ApiClient(t.http);
    paralegal = new ApiClient(t.http);
    lawyerApi = new ApiClient(t.http);
    await admin.login(a.email, a.password);
    await paralegal.login(p.email, p.password);
    await lawyerApi.login(l.email, l.password);
    const settings = (await admin.get('/api/availability/settings')).body;
    await admin.put('/api/availability/settings', {
      version: settings.version,
      bufferMinutes: 15,
      minNoticeHours: 0,
      horizonDays: 30,
    });
    const weeklyHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '09:00',
      end: '17:00',
    }));
    await admin.put(`/api/availability/${lawyerId}`, { weeklyHours, exceptions: [] });
    existing = (await createBareClient(paralegal, 'Mohammed', 'Al-Rashid')) as unknown as {
      id: string;
      fileNumber: string;
    };
    await createBareClient(paralegal, 'Ana', 'Silva');
    visitor = await new Visitor(t.http).init();
    const day = addDays(today(), 4);
    const [slot] = (
      await visitor.get(`/api/public/slots?type=cec_assessment&from=${day}&to=${day}`)
    ).body.slots;
    const booked = await visitor.book(slot.slotId, VISITOR);
    expect(booked.status).toBe(201);
    bookingStart = booked.body.start;
    [{ id: requestId }] = await t.dataSource.query(
      `SELECT consultation_request_id AS id FROM bookings WHERE id = $1`,
      [booked.body.id],
    );
  });
  afterAll(() => t.close());

  it('runs a conflict pre-check on the names given and stores it with the request', async () => {
    const detail = await paralegal.get(`/api/consultation-requests/${requestId}`);
    expect(detail.status).toBe(200);
    const precheck = detail.body.conflictPrecheck;
    expect(precheck.subjects).toEqual([
      { name: 'Mohamed Al Rashid', role: 'visitor' },
      { name: 'Ana Silva', role: 'party:former employer' },
    ]);
    expect(precheck.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          subjectName: 'Mohamed Al Rashid',
          matchedName: 'Mohammed Al-Rashid',
          matchedRole: 'client',
          matchedFileNumber: existing.fileNumber,
        }),
        expect.objectContaining({
          subjectName: 'Ana Silva',
          matchedName: 'Ana Silva',
          score: 100,
          reasons: expect.arrayContaining(['same name']),
        }),
      ]),
    );
    expect(detail.body).toEqual(
      expect.objectContaining({
        status: 'booked',
        source: 'booking',
        givenNames: 'Mohamed',
        phone: '+1 613 555 0199',
        otherParties: [{ name: 'Ana Silva', relation: 'former employer' }],
        conflictMatches: precheck.matches.length,
        nextBookingStart: bookingStart,
        clientId: null,
        caseId: null,
      }),
    );
    expect(detail.body.acknowledgment).toEqual(
      expect.objectContaining({ versionNumber: 1, locale: 'en', purpose: 'booking' }),
    );
    expect(detail.body.bookings).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        start: bookingStart,
        staffId: lawyerId,
        staffName: 'Louise Lawyer',
        typeCode: 'cec_assessment',
      }),
    ]);
  });

  it('lists requests newest first with counts per status, searching names and e-mails', async () => {
    const all = await paralegal.get('/api/consultation-requests');
    expect(all.status).toBe(200);
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect(all.body.total).toBe(1);
    expect(all.body.counts).toEqual({
      new: 0,
      contacted: 0,
      booked: 1,
      converted: 0,
      declined: 0,
      no_show: 0,
    });
    expect((await paralegal.get('/api/consultation-requests?q=al%20rashid')).body.total).toBe(1);
    expect((await paralegal.get('/api/consultation-requests?q=ALRASHID@example')).body.total).toBe(
      1,
    );
    const none = (await paralegal.get('/api/consultation-requests?q=nobody')).body;
    expect(none).toEqual({
      items: [],
      total: 0,
      counts: { new: 0, contacted: 0, booked: 0, converted: 0, declined: 0, no_show: 0 },
    });
    expect((await paralegal.get('/api/consultation-requests?status=new')).body).toEqual(
      expect.objectContaining({ items: [], total: 0 }),
    );
    expect((await paralegal.get('/api/consultation-requests?status=maybe')).status).toBe(400);
    expect((await new Visitor(t.http).get('/api/consultation-requests')).status).toBe(401);
  });

  it('moves the status under the version along the allowed steps, audited', async () => {
    const current = (await paralegal.get(`/api/consultation-requests/${requestId}`)).body;
    expect(
      (
        await paralegal.patch(`/api/consultation-requests/${requestId}`, {
          version: current.version + 5,
          status: 'no_show',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await paralegal.patch(`/api/consultation-requests/${requestId}`, {
          version: current.version,
          status: 'converted',
        })
      ).status,
    ).toBe(400);
    const noShow = await paralegal.patch(`/api/consultation-requests/${requestId}`, {
      version: current.version,
      status: 'no_show',
      notes: 'Did not join the call',
    });
    expect(noShow.status).toBe(200);
    expect(noShow.body).toEqual(
      expect.objectContaining({
        status: 'no_show',
        notes: 'Did not join the call',
        version: current.version + 1,
      }),
    );
    const unchanged = await paralegal.patch(`/api/consultation-requests/${requestId}`, {
      version: noShow.body.version,
      status: 'no_show',
    });
    expect(unchanged.body.version).toBe(noShow.body.version);
    const back = await paralegal.patch(`/api/consultation-requests/${requestId}`, {
      version: unchanged.body.version,
      status: 'booked',
    });
    expect(back.body.status).toBe('booked');
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'consultation_request.update' ORDER BY seq LIMIT 1`,
      [requestId],
    );
    expect(audit.changes).toEqual({
      status: { before: 'booked', after: 'no_show' },
      notes: { before: null, after: 'text' },
    });
  });

  it('converts into a client and a case in one transaction; clicking twice, even at once, creates them once', async () => {
    const [first, second] = await Promise.all([
      paralegal.post(`/api/consultation-requests/${requestId}/convert`, {}),
      lawyerApi.post(`/api/consultation-requests/${requestId}/convert`, {}),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(first.body).toEqual(
      expect.objectContaining({ consultationRequestId: requestId, caseType: 'cec_express_entry' }),
    );
    const third = await paralegal.post(`/api/consultation-requests/${requestId}/convert`, {});
    expect(third.body).toEqual(first.body);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM clients WHERE email = 'm.alrashid@example.com'`,
    );
    expect(n).toBe(1);

    const client = (await paralegal.get(`/api/clients/${first.body.clientId}`)).body;
    expect(client).toEqual(
      expect.objectContaining({
        givenNames: 'Mohamed',
        familyName: 'Al Rashid',
        email: 'm.alrashid@example.com',
        preferredLanguage: 'en',
        fileNumber: first.body.clientFileNumber,
      }),
    );
    const created = (await paralegal.get(`/api/cases/${first.body.caseId}`)).body;
    expect(created).toEqual(
      expect.objectContaining({
        type: 'cec_express_entry',
        stage: 'intake',
        fileNumber: first.body.caseFileNumber,
        responsibleLawyerId: lawyerId,
      }),
    );
    const checklist = (await paralegal.get(`/api/cases/${first.body.caseId}/checklist`)).body;
    expect(checklist.checklists.length).toBeGreaterThan(0);
    const parties = await t.dataSource.query(
      `SELECT kind, name, notes FROM client_parties WHERE client_id = $1`,
      [first.body.clientId],
    );
    expect(parties).toEqual([
      { kind: 'other', name: 'Ana Silva', notes: 'Given at booking as: former employer' },
    ]);

    const detail = (await paralegal.get(`/api/consultation-requests/${requestId}`)).body;
    expect(detail).toEqual(
      expect.objectContaining({
        status: 'converted',
        clientId: first.body.clientId,
        caseId: first.body.caseId,
      }),
    );
    const actions = (
      await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = ANY($1) ORDER BY seq`,
        [[first.body.clientId, first.body.caseId, requestId]],
      )
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['client.create', 'case.create', 'consultation_request.convert']),
    );
    expect(actions.filter((a: string) => a === 'consultation_request.convert')).toHaveLength(1);
    expect(
      (
        await paralegal.patch(`/api/consultation-requests/${requestId}`, {
          version: detail.version,
          status: 'contacted',
        })
      ).status,
    ).toBe(409);
  });

  it('opens a consultation case for other programs and refuses a declined request', async () => {
    const day = addDays(today(), 5);
    const slots = (await visitor.get(`/api/public/slots?type=cec_assessment&from=${day}&to=${day}`))
      .body.slots;
    const a = await visitor.book(slots[0].slotId, {
      ...VISITOR,
      givenNames: 'Lena',
      familyName: 'Okafor',
      email: 'lena@example.com',
      programOfInterest: 'work_permit',
      otherParties: [],
    });
    const b = await visitor.book(slots[4].slotId, {
      ...VISITOR,
      givenNames: 'Tom',
      familyName: 'Berg',
      email: 'tom@example.com',
      otherParties: [],
    });
    const [[{ id: aId }], [{ id: bId }]] = await Promise.all(
      [a, b].map((r) =>
        t.dataSource.query(`SELECT consultation_request_id AS id FROM bookings WHERE id = $1`, [
          r.body.id,
        ]),
      ),
    );
    const converted = await paralegal.post(`/api/consultation-requests/${aId}/convert`, {});
    expect(converted.body.caseType).toBe('consultation');
    const bDetail = (await paralegal.get(`/api/consultation-requests/${bId}`)).body;
    await paralegal.patch(`/api/consultation-requests/${bId}`, {
      version: bDetail.version,
      status: 'declined',
    });
    expect((await paralegal.post(`/api/consultation-requests/${bId}/convert`, {})).status).toBe(
      409,
    );
    expect(
      (await paralegal.post(`/api/consultation-requests/${randomUUID()}/convert`, {})).status,
    ).toBe(404);
  });

  it('shows the bookings calendar of the firm or of one staff member', async () => {
    const from = today();
    const to = addDays(from, 10);
    const calendar = await paralegal.get(`/api/bookings?from=${from}&to=${to}`);
    expect(calendar.status).toBe(200);
    expect(calendar.body).toHaveLength(3);
    expect(calendar.body[0]).toEqual(
      expect.objectContaining({
        start: bookingStart,
        visitorName: 'Mohamed Al Rashid',
        staffId: lawyerId,
        staffName: 'Louise Lawyer',
        consultationRequestId: requestId,
        typeName: 'CEC assessment',
        status: 'confirmed',
      }),
    );
    expect(
      (await paralegal.get(`/api/bookings?from=${from}&to=${to}&staffId=${randomUUID()}`)).body,
    ).toEqual([]);
    expect(
      (await paralegal.get(`/api/bookings?from=${from}&to=${to}&staffId=${lawyerId}`)).body,
    ).toHaveLength(3);
    expect(
      (await paralegal.get(`/api/bookings?from=${from}&to=${addDays(from, 100)}`)).status,
    ).toBe(400);
    expect(
      (await paralegal.get(`/api/bookings?from=${addDays(from, 5)}&to=${addDays(from, 5)}`)).body,
    ).toHaveLength(2);
    expect((await new Visitor(t.http).get(`/api/bookings`)).status).toBe(401);
  });
});
