import fc from 'fast-check';
import {
  celpip,
  credential,
  ielts,
  job,
  profile,
  status,
  TODAY,
} from '../../test-support/fixtures';
import { CecValidationError, NoRulesInForceError } from './errors';
import { evaluateCec } from './evaluate';
import type { CecProfile, CriterionId, LanguageTest, WorkPeriod } from './types';
import { ENGINE_VERSION } from './version';

const evaluate = (p: CecProfile) => evaluateCec(p, { today: TODAY });

describe('evaluateCec response', () => {
  it('has the contract shape for an eligible profile', () => {
    const result = evaluate(profile());
    expect(result).toMatchObject({
      program: 'CEC',
      engineVersion: ENGINE_VERSION,
      asOf: '2026-11-26',
      ruleSet: { id: 'cec-2022', effectiveFrom: '2022-11-16', effectiveTo: null },
      outcome: 'eligible',
      canadianSkilledHours: 4697,
      language: {
        test: 'IELTS_GENERAL_TRAINING',
        testDate: '2026-01-15',
        clb: { reading: 9, writing: 9, listening: 7, speaking: 9 },
        requiredClb: 7,
      },
      earliestEligibleDate: null,
    });
    expect(result.criteria.map((c) => c.id)).toEqual<CriterionId[]>([
      'canadian_work_experience',
      'language',
      'temporary_status',
      'residence_outside_quebec',
      'admissibility',
    ]);
    for (const criterion of result.criteria) {
      expect(criterion.detail.length).toBeGreaterThan(20);
      expect(criterion.detailFr.length).toBeGreaterThan(20);
      expect(criterion.detailFr).not.toBe(criterion.detail);
      expect(criterion.source).toMatch(
        /^https?:\/\/(www\.)?(canada\.ca|laws-lois\.justice\.gc\.ca|canadagazette\.gc\.ca)\//,
      );
    }
    expect(result.crs?.total).toBeGreaterThan(0);
  });

  it('gives the numbers in the work criterion, in English and French', () => {
    const [work] = evaluate(profile()).criteria;
    expect(work.detail).toContain('4,697 hours');
    expect(work.detail).toContain('1,560 hours are required');
    expect(work.detail).toContain('from 2023-11-26 to 2026-11-25');
    expect(work.detailFr).toContain('4\u00a0697 heures');
    expect(work.detailFr).toContain('1\u00a0560 heures sont requises');
  });

  it('answers cec-2008 with the canadian_education criterion too', () => {
    const result = evaluate(
      profile({ asOf: '2012-01-01', languageTests: [celpip('2011-06-01', 8)] }),
    );
    expect(result.criteria.map((c) => c.id)).toContain('canadian_education');
    expect(result.crs).toBeNull();
  });
});

describe('outcome', () => {
  it('not_eligible if any criterion is not met', () => {
    const result = evaluate(profile({ intendedProvince: 'QC' }));
    expect(result.criteria.find((c) => c.id === 'residence_outside_quebec')?.status).toBe(
      'not_met',
    );
    expect(result.outcome).toBe('not_eligible');
  });

  it('needs_review when no criterion fails and one needs review', () => {
    const result = evaluate(profile({ admissibilityConcerns: true }));
    expect(result.criteria.find((c) => c.id === 'admissibility')?.status).toBe('needs_review');
    expect(result.outcome).toBe('needs_review');
  });

  it('not_met wins over needs_review', () => {
    expect(evaluate(profile({ admissibilityConcerns: true, languageTests: [] })).outcome).toBe(
      'not_eligible',
    );
  });

  it('not_assessed never changes the outcome', () => {
    const result = evaluate(profile());
    expect(result.criteria.find((c) => c.id === 'admissibility')?.status).toBe('not_assessed');
    expect(result.outcome).toBe('eligible');
  });
});

describe('errors', () => {
  it('throws NoRulesInForceError before 2008-09-17 and evaluates from that day', () => {
    expect(() => evaluate(profile({ asOf: '2008-09-16' }))).toThrow(NoRulesInForceError);
    expect(evaluate(profile({ asOf: '2008-09-17' })).ruleSet.id).toBe('cec-2008');
  });

  it('throws CecValidationError with the invalid fields', () => {
    try {
      evaluate(profile({ work: [job({ noc: '99999' })] }));
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(CecValidationError);
      expect(error instanceof CecValidationError && error.errors[0].field).toBe('work[0].noc');
    }
  });
});

describe('today', () => {
  afterEach(() => jest.useRealTimers());

  it('defaults asOf to the date in America/Toronto', () => {
    jest.useFakeTimers({ now: new Date('2026-07-01T03:30:00Z') });
    const withoutAsOf = profile();
    delete withoutAsOf.asOf;
    expect(evaluateCec(withoutAsOf).asOf).toBe('2026-06-30');
  });

  it('rejects a date of birth after the Toronto date', () => {
    jest.useFakeTimers({ now: new Date('2026-07-01T03:30:00Z') });
    expect(() =>
      evaluateCec(profile({ asOf: '2026-06-30', dateOfBirth: '2026-06-30' })),
    ).not.toThrow();
    expect(() => evaluateCec(profile({ asOf: '2026-06-30', dateOfBirth: '2026-07-01' }))).toThrow(
      CecValidationError,
    );
  });
});

const toIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const base = Date.UTC(2018, 0, 1) / 86_400_000;
const workArb: fc.Arbitrary<WorkPeriod> = fc
  .record({
    start: fc.integer({ min: 0, max: 3200 }),
    length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
    hoursPerWeek: fc.constantFrom(8, 15, 20, 30, 40),
    noc: fc.constantFrom('21231', '00012', '72410', '73300', '63200', '65201', '31102'),
    country: fc.constantFrom('CA', 'CA', 'PH'),
    selfEmployed: fc.boolean(),
    whileFullTimeStudent: fc.boolean(),
    authorized: fc.boolean(),
  })
  .map(({ start, length, ...rest }) =>
    job({
      ...rest,
      start: toIso(base + start),
      end: length === null ? null : toIso(base + start + length),
    }),
  );
const testArb: fc.Arbitrary<LanguageTest> = fc
  .record({ level: fc.integer({ min: 3, max: 10 }), date: fc.integer({ min: 1800, max: 3250 }) })
  .map(({ level, date }) => celpip(toIso(base + date), level));
const profileArb: fc.Arbitrary<CecProfile> = fc
  .record({
    work: fc.array(workArb, { maxLength: 4 }),
    tests: fc.array(testArb, { maxLength: 2 }),
    statusEnd: fc.option(fc.integer({ min: 1000, max: 3300 }), { nil: null }),
    asOf: fc.integer({ min: 1800, max: 3250 }),
    education: fc.array(
      fc.constantFrom(
        credential(),
        credential({ level: 'masters', inCanada: false, ecaValid: true }),
      ),
      { maxLength: 2 },
    ),
    province: fc.constantFrom('ON', 'BC', 'QC'),
  })
  .map((g) =>
    profile({
      asOf: toIso(base + g.asOf),
      work: g.work,
      languageTests: g.tests,
      education: g.education,
      intendedProvince: g.province === 'QC' ? 'QC' : g.province === 'BC' ? 'BC' : 'ON',
      statusHistory: [
        status(
          'work_permit',
          '2017-06-01',
          g.statusEnd === null ? null : toIso(base + g.statusEnd),
        ),
      ],
    }),
  );

describe('properties', () => {
  it('evaluation is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const snapshot = JSON.stringify(p);
        const first = evaluate(p);
        expect(JSON.stringify(p)).toBe(snapshot);
        expect(evaluate(JSON.parse(snapshot))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('adding qualifying hours never turns eligible into not eligible', () => {
    const qualifying = fc
      .record({
        start: fc.integer({ min: 0, max: 3200 }),
        length: fc.integer({ min: 0, max: 800 }),
        hours: fc.constantFrom(5, 15, 30),
        noc: fc.constantFrom('21231', '72410', '73300'),
      })
      .map(({ start, length, hours, noc }) =>
        job({
          noc,
          hoursPerWeek: hours,
          start: toIso(base + start),
          end: toIso(base + start + length),
        }),
      );
    fc.assert(
      fc.property(profileArb, qualifying, (p, extra) => {
        const before = evaluate(p);
        if (extra.start >= (p.asOf ?? TODAY)) return;
        const after = evaluate({ ...p, work: [...p.work, extra] });
        expect(after.canadianSkilledHours).toBeGreaterThanOrEqual(before.canadianSkilledHours);
        if (before.outcome === 'eligible') expect(after.outcome).not.toBe('not_eligible');
        const workBefore = before.criteria[0].status;
        if (workBefore === 'met') expect(after.criteria[0].status).not.toBe('not_met');
      }),
      { numRuns: 300 },
    );
  });

  it('eligible profiles have a met work criterion and a valid test of the required level', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const result = evaluate(p);
        if (result.outcome !== 'eligible') return;
        expect(result.canadianSkilledHours).toBeGreaterThanOrEqual(1560);
        const clb = result.language.clb;
        expect(clb).not.toBeNull();
        if (clb)
          expect(
            Math.min(clb.reading, clb.writing, clb.listening, clb.speaking),
          ).toBeGreaterThanOrEqual(result.language.requiredClb);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a realistic file', () => {
  it('evaluates a graduate with a spouse, two tests and a part-time student job', () => {
    const result = evaluate(
      profile({
        dateOfBirth: '1994-03-12',
        spouse: {
          accompanying: true,
          canadianCitizenOrPR: false,
          education: 'bachelors',
          languageTest: celpip('2026-01-10', [8, 7, 8, 7]),
          canadianWorkYears: 1,
        },
        statusHistory: [
          status('study_permit', '2019-08-20', '2023-05-31'),
          status('maintained', '2023-06-01', '2023-07-14'),
          status('work_permit', '2023-07-15'),
        ],
        languageTests: [ielts('2025-03-02', [8, 7, 8.5, 7])],
        education: [credential({ level: 'two_year', durationYears: 2, completedOn: '2023-05-15' })],
        work: [
          job({
            noc: '62020',
            start: '2021-09-01',
            end: '2024-04-30',
            hoursPerWeek: 20,
            whileFullTimeStudent: true,
          }),
          job({ start: '2023-06-05', end: null, hoursPerWeek: 37.5 }),
        ],
      }),
    );
    expect(result.outcome).toBe('eligible');
    expect(result.canadianSkilledHours).toBe(4697);
    expect(result.criteria[0].detail).toContain('job 1, NOC 62020 (while a full-time student)');
    expect(result.warnings.map((w) => w.code)).toEqual(['LANGUAGE_TEST_EXPIRES', 'HOURS_AGE_OUT']);
    expect(result.warnings[0].date).toBe('2027-03-02');
    expect(result.crs?.basis).toMatchObject({
      withSpouse: true,
      age: 32,
      educationLevel: 'two_year',
      canadianWorkYears: 3,
    });
    expect(result.crs?.breakdown.canadianStudy).toBe(15);
  });
});
