import { createHash, randomUUID } from 'node:crypto';
import { ApiClient, createTestApp, createUser, PublicVisitor, type TestApp } from '@intake/testing';
import { ClientsModule } from '@intake/testing-intake';
import { CasesModule } from '@intake/testing-cases';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { BookingsModule } from './bookings.module';
import { addDays, localDate } from './zoned-time';

const TZ = 'America/Toronto';

const today = () => localDate(new Date(), TZ);

/** Three years of full-time skilled work on a permit, a good IELTS, Ontario: the engine says eligible. */
function eligibleAnswers() {
  return {
    dateOfBirth: '1994-03-15',
    canadianWork: [
      {
        start: addDays(today(), -3 * 365),
        end: null,
        hoursPerWeek: 40,
        noc: '21211',
        whileFullTimeStudent: false,
        authorized: true,
      },
    ],
    languageTest: {
      type: 'IELTS_GENERAL_TRAINING',
      date: addDays(today(), -200),
      reading: 8,
      writing: 7,
      listening: 8.5,
      speaking: 7.5,
    },
    educationLevel: 'bachelors',
    intendedProvince: 'ON',
    partner: { accompanying: true, canadianCitizenOrPR: false },
  };
}

describe('public self-assessment', () => {
  let t: TestApp;
  let visitor: PublicVisitor;
  let paralegal: ApiClient;

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, CasesModule, DisclaimersModule, BookingsModule], {
      JOBS_ENABLED: 'false',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '5000',
      PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '5000',
    });
    visitor = await new PublicVisitor(t.http).init();
    const p = await createUser(t.app, { role: 'paralegal' });
    paralegal = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
  });
  afterAll(() => t.close());

  it('is refused without an acknowledgment given for the self-assessment (428)', async () => {
    expect((await visitor.post('/api/public/self-assessment', eligibleAnswers())).status).toBe(428);
    const forBooking = await visitor.post('/api/public/self-assessment', {
      ...eligibleAnswers(),
      acknowledgmentToken: await visitor.acknowledge('booking'),
    });
    expect(forBooking.status).toBe(428);
    expect(forBooking.body.type).toMatch(/disclaimer-not-acknowledged$/);
  });

  it('answers "likely eligible" with the plain reasons and the acknowledged disclaimer, and stores it', async () => {
    const response = await visitor.post('/api/public/self-assessment', {
      ...eligibleAnswers(),
      acknowledgmentToken: await visitor.acknowledge('self_assessment'),
    });
    expect(response.status).toBe(201);
    const body = response.body;
    expect(body).toEqual(
      expect.objectContaining({
        answer: 'likely_eligible',
        headline: 'From your answers, you are likely eligible for the Canadian Experience Class.',
        language: 'en',
        asOf: today(),
      }),
    );
    expect(body.reasons.length).toBeGreaterThan(2);
    expect(body.reasons.join(' ')).toMatch(/hours/i);
    expect(body.disclaimer).toEqual(
      expect.objectContaining({
        number: 1,
        generalInformation: expect.stringMatching(/not legal advice/),
      }),
    );
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.dataSource.query(`SELECT * FROM self_assessments WHERE id = $1`, [
      body.id,
    ]);
    expect(row).toEqual(
      expect.objectContaining({
        answer: 'likely_eligible',
        language: 'en',
        disclaimer_version_id: body.disclaimer.versionId,
        consultation_request_id: null,
      }),
    );
    expect(row.token_hash).toBe(createHash('sha256').update(body.token).digest('hex'));
    expect(row.answers).toEqual(
      expect.objectContaining({ educationLevel: 'bachelors', dateOfBirth: '1994-03-15' }),
    );
    expect(row.answers.acknowledgmentToken).toBeUndefined();
    expect(row.profile.statusHistory).toEqual([
      { type: 'work_permit', from: eligibleAnswers().canadianWork[0].start, to: null },
    ]);
    expect(row.result.outcome).toBe('eligible');
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'self_assessment.run'`,
      [body.id],
    );
    expect(audit.changes.selfAssessment.after).toEqual(
      expect.objectContaining({ answer: 'likely_eligible', disclaimerVersion: 1 }),
    );
  });

  it('answers "likely not eligible" and "needs a lawyer\'s review" in the visitor\'s language', async () => {
    const short = {
      ...eligibleAnswers(),
      canadianWork: [
        {
          start: addDays(today(), -180),
          end: null,
          hoursPerWeek: 40,
          teer: 1,
          whileFullTimeStudent: false,
          authorized: true,
        },
      ],
      languageTest: undefined,
    };
    const notEligible = await visitor.post('/api/public/self-assessment', {
      ...short,
      acknowledgmentToken: await visitor.acknowledge('self_assessment', 'fr'),
    });
    expect(notEligible.status).toBe(201);
    expect(notEligible.body.answer).toBe('likely_not_eligible');
    expect(notEligible.body.language).toBe('fr');
    expect(notEligible.body.headline).toMatch(
      /^D’après vos réponses, vous n’êtes probablement pas admissible/,
    );
    expect(notEligible.body.reasons).toContain(
      'Vous avez indiqué la catégorie FEER d’un emploi, et non son code CNP : un avocat devra confirmer la profession.',
    );
    expect(notEligible.body.disclaimer.noConfidentiality).toMatch(/secret professionnel/);

    // Enough authorized hours, plus a job done without authorization: admissibility needs a lawyer.
    const unauthorized = {
      ...eligibleAnswers(),
      canadianWork: [
        ...eligibleAnswers().canadianWork,
        {
          start: addDays(today(), -5 * 365),
          end: addDays(today(), -4 * 365),
          hoursPerWeek: 10,
          noc: '65100',
          whileFullTimeStudent: false,
          authorized: false,
        },
      ],
    };
    const review = await visitor.post('/api/public/self-assessment', {
      ...unauthorized,
      locale: 'en',
      acknowledgmentToken: await visitor.acknowledge('self_assessment', 'fr'),
    });
    expect(review.status).toBe(201);
    expect(review.body.answer).toBe('needs_review');
    expect(review.body.language).toBe('en');
    expect(review.body.headline).toMatch(/needs a lawyer’s review/);
  });

  it('validates the questionnaire, naming each field', async () => {
    const token = await visitor.acknowledge('self_assessment');
    const invalid = await visitor.post('/api/public/self-assessment', {
      acknowledgmentToken: token,
      dateOfBirth: '15/03/1994',
      canadianWork: [
        { start: '2024-01-01', hoursPerWeek: 200, whileFullTimeStudent: 'no', authorized: true },
      ],
      languageTest: {
        type: 'TOEFL',
        date: '2025-01-01',
        reading: 8,
        writing: 8,
        listening: 8,
        speaking: 8,
      },
      educationLevel: 'phd',
      intendedProvince: 'XX',
      advice: 'please',
    });
    expect(invalid.status).toBe(400);
    expect([...new Set(invalid.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(
      [
        'advice',
        'canadianWork[0].hoursPerWeek',
        'canadianWork[0].noc',
        'canadianWork[0].teer',
        'canadianWork[0].whileFullTimeStudent',
        'dateOfBirth',
        'educationLevel',
        'intendedProvince',
        'languageTest.type',
      ].sort(),
    );
    const unknownNoc = await visitor.post('/api/public/self-assessment', {
      ...eligibleAnswers(),
      canadianWork: [{ ...eligibleAnswers().canadianWork[0], noc: '99999' }],
      acknowledgmentToken: token,
    });
    expect(unknownNoc.status).toBe(400);
    expect(unknownNoc.body.errors).toEqual([
      expect.objectContaining({ field: 'canadianWork[0].noc' }),
    ]);
  });

  it('links to the consultation request by token when booking, or by id; the conversion fills the client from it', async () => {
    const admin = new ApiClient(t.http);
    const a = await createUser(t.app, { role: 'admin' });
    const lawyer = await createUser(t.app, { role: 'lawyer' });
    await admin.login(a.email, a.password);
    const settings = (await admin.get('/api/availability/settings')).body;
    await admin.put('/api/availability/settings', {
      version: settings.version,
      bufferMinutes: 0,
      minNoticeHours: 0,
      horizonDays: 30,
    });
    await admin.put(`/api/availability/${lawyer.user.id}`, {
      weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        start: '09:00',
        end: '17:00',
      })),
      exceptions: [],
    });

    const assessed = (
      await visitor.post('/api/public/self-assessment', {
        ...eligibleAnswers(),
        acknowledgmentToken: await visitor.acknowledge('self_assessment'),
      })
    ).body;
    const other = (
      await visitor.post('/api/public/self-assessment', {
        ...eligibleAnswers(),
        acknowledgmentToken: await visitor.acknowledge('self_assessment'),
      })
    ).body;
    const day = addDays(today(), 3);
    const slots = (await visitor.get(`/api/public/slots?type=cec_assessment&from=${day}&to=${day}`))
      .body.slots;
    const preScreen = {
      givenNames: 'Priya',
      familyName: 'Sharma',
      email: 'priya@example.com',
      preferredLanguage: 'en',
      programOfInterest: 'cec_express_entry',
      selfAssessmentToken: assessed.token,
    };
    const book = (slotId: string, pre: object) =>
      visitor.post(
        '/api/public/bookings',
        { slotId, mode: 'video', preScreen: pre },
        { 'Idempotency-Key': randomUUID() },
      );
    const withAck = async (slotId: string, pre: object) => {
      const token = await visitor.acknowledge('booking');
      return visitor.post(
        '/api/public/bookings',
        { slotId, mode: 'video', acknowledgmentToken: token, preScreen: pre },
        { 'Idempotency-Key': randomUUID() },
      );
    };
    expect((await book(slots[0].slotId, preScreen)).status).toBe(428);
    const booked = await withAck(slots[0].slotId, preScreen);
    expect(booked.status).toBe(201);
    const reused = await withAck(slots[2].slotId, preScreen);
    expect(reused.status).toBe(400);
    expect(reused.body.errors[0].field).toBe('preScreen.selfAssessmentToken');

    const [{ id: requestId }] = await t.dataSource.query(
      `SELECT consultation_request_id AS id FROM bookings WHERE id = $1`,
      [booked.body.id],
    );
    let detail = (await paralegal.get(`/api/consultation-requests/${requestId}`)).body;
    expect(detail.selfAssessments).toEqual([
      {
        id: assessed.id,
        answer: 'likely_eligible',
        reasons: assessed.reasons,
        language: assessed.language,
        asOf: today(),
        createdAt: expect.any(String),
      },
    ]);
    const linked = await paralegal.patch(`/api/consultation-requests/${requestId}`, {
      version: detail.version,
      selfAssessmentId: other.id,
    });
    expect(linked.status).toBe(200);
    expect(linked.body.selfAssessments.map((s: { id: string }) => s.id)).toEqual([
      assessed.id,
      other.id,
    ]);
    detail = linked.body;

    const converted = await paralegal.post(`/api/consultation-requests/${requestId}/convert`, {});
    expect(converted.status).toBe(201);
    const client = (await paralegal.get(`/api/clients/${converted.body.clientId}`)).body;
    expect(client).toEqual(
      expect.objectContaining({
        givenNames: 'Priya',
        dateOfBirth: '1994-03-15',
        intendedProvince: 'ON',
      }),
    );
    const tests = await t.dataSource.query(
      `SELECT test, test_date::text, reading::float, speaking::float FROM client_language_tests WHERE client_id = $1`,
      [converted.body.clientId],
    );
    expect(tests).toEqual([
      {
        test: 'IELTS_GENERAL_TRAINING',
        test_date: eligibleAnswers().languageTest.date,
        reading: 8,
        speaking: 7.5,
      },
    ]);
  });
});
