import fc from 'fast-check';
import { celpip, ielts, job, profile, status, TODAY } from '../../test-support/fixtures';
import { naiveAgeOut, naiveEarliestEligible } from '../../test-support/reference-model';
import { evaluateCec } from './evaluate';
import type { CecProfile, WorkPeriod } from './types';

const evaluate = (p: CecProfile) => evaluateCec(p, { today: TODAY });
const ageOut = (p: CecProfile) => evaluate(p).warnings.find((w) => w.code === 'HOURS_AGE_OUT');

describe('earliestEligibleDate', () => {
  it('projects an ongoing full-time job: 364 days of work reach 1,560 h', () => {
    const result = evaluate(profile({ work: [job({ start: '2026-06-01', end: null })] }));
    expect(result.criteria[0].status).toBe('not_met');
    expect(result.earliestEligibleDate).toBe('2027-05-31');
  });

  it('projects part-time work at the same hours (15 h/week: 728 days, over 29 February 2028)', () => {
    const result = evaluate(
      profile({ work: [job({ start: '2026-06-01', end: null, hoursPerWeek: 15 })] }),
    );
    expect(result.earliestEligibleDate).toBe('2028-05-29');
  });

  it('is null when no job is ongoing', () => {
    const result = evaluate(profile({ work: [job({ start: '2026-06-01', end: '2026-11-20' })] }));
    expect(result.earliestEligibleDate).toBeNull();
  });

  it('is null when another criterion is not met', () => {
    const work = [job({ start: '2026-06-01', end: null })];
    expect(evaluate(profile({ work, intendedProvince: 'QC' })).earliestEligibleDate).toBeNull();
    expect(evaluate(profile({ work, languageTests: [] })).earliestEligibleDate).toBeNull();
  });

  it('is null when the hours cannot be reached within 3 years', () => {
    const result = evaluate(
      profile({ work: [job({ start: '2026-06-01', end: null, hoursPerWeek: 5 })] }),
    );
    expect(result.earliestEligibleDate).toBeNull();
  });

  it('is null when the work criterion is met or needs review', () => {
    expect(evaluate(profile()).earliestEligibleDate).toBeNull();
  });

  it('a dated job stops at its end, status as given', () => {
    const result = evaluate(
      profile({
        statusHistory: [status('work_permit', '2025-01-01', '2027-03-31')],
        work: [job({ start: '2026-06-01', end: null })],
      }),
    );
    // Status ends 2027-03-31: at most 304 days (1,302 h) can ever count.
    expect(result.earliestEligibleDate).toBeNull();
  });

  it('judges each date under the rule set in force on it (cec-2013 -> cec-2022)', () => {
    const result = evaluateCec(
      profile({
        asOf: '2022-11-01',
        statusHistory: [status('work_permit', '2021-01-01')],
        languageTests: [ielts('2022-06-01', [5, 5, 5, 5])],
        work: [job({ noc: '73300', start: '2022-01-01', end: null })],
      }),
      { today: TODAY },
    );
    expect(result.ruleSet.id).toBe('cec-2013');
    expect(result.criteria[0].status).toBe('not_met');
    // Under cec-2022 the truck-driving days count: 2022-01-01 + 364 days.
    expect(result.earliestEligibleDate).toBe('2022-12-31');
  });
});

describe('HOURS_AGE_OUT warning', () => {
  it('gives the first application date on which, without new work, the hours fall short', () => {
    // 2023-06-15 .. 2026-11-25 worked; from 2028-11-28 the window keeps < 364 days of it.
    expect(
      ageOut(profile({ work: [job({ start: '2023-06-15', end: null, hoursPerWeek: 40 })] }))?.date,
    ).toBe('2028-11-28');
  });

  it('exactly 1,560 h on asOf: falls short once the first worked day leaves the window', () => {
    // Only days before asOf count; the window [d - 3 years, d) keeps all 364 days until
    // d - 3 years passes 2025-11-27.
    expect(ageOut(profile({ work: [job({ start: '2025-11-27', end: null })] }))?.date).toBe(
      '2028-11-28',
    );
  });

  it('29 February: an application on 2028-02-29 still reaches back to 2025-02-28', () => {
    // 30 h/week 2024-06-01 .. 2025-05-31, then 15 h/week (1,163.57 h up to asOf).
    // On 2028-02-29: 93 full-time days remain (1,562.14 h); on 2028-03-01: 92 (1,557.86 h).
    const work = [
      job({ start: '2024-06-01', end: '2025-05-31', hoursPerWeek: 30 }),
      job({ noc: '21231', start: '2025-06-01', end: null, hoursPerWeek: 15 }),
    ];
    expect(ageOut(profile({ work }))?.date).toBe('2028-03-01');
  });

  it('is only given when the work criterion is met', () => {
    expect(ageOut(profile({ work: [job({ start: '2026-06-01', end: null })] }))).toBeUndefined();
  });

  it('cec-2008 graduate stream: follows the reported stream, then the next rule set', () => {
    const result = evaluateCec(
      profile({
        asOf: '2012-06-01',
        languageTests: [celpip('2012-01-01', 8)],
        statusHistory: [status('work_permit', '2010-06-01')],
        education: [
          {
            level: 'two_year',
            inCanada: true,
            fullTime: true,
            durationYears: 2,
            completedOn: '2010-05-31',
          },
        ],
        work: [job({ start: '2011-06-02', end: null, hoursPerWeek: 40 })],
      }),
      { today: TODAY },
    );
    expect(result.work.stream).toBe('graduate');
    expect(result.canadianSkilledHours).toBe(1955);
    // Graduate window [d - 2 years, d) keeps every worked day (2011-06-02 .. 2012-05-31) while
    // cec-2008 lasts; from 2013-01-02 cec-2013 asks 1,560 h at 30 h/week in 3 years: 365 days
    // (1,564 h) stay in the window until 2014-06-03 (1,560 h), and fall short on 2014-06-04.
    expect(result.warnings.find((w) => w.code === 'HOURS_AGE_OUT')?.date).toBe('2014-06-04');
  });
});

describe('projections match a day-by-day model (cec-2022)', () => {
  const toIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const base = Date.UTC(2021, 0, 1) / 86_400_000;
  const workArb: fc.Arbitrary<WorkPeriod> = fc
    .record({
      start: fc.integer({ min: 0, max: 2100 }),
      length: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
      hoursPerWeek: fc.constantFrom(10, 15, 20, 25, 30, 35),
      noc: fc.constantFrom('21231', '72410', '73300', '65201'),
    })
    .map(({ start, length, hoursPerWeek, noc }) =>
      job({
        noc,
        hoursPerWeek,
        start: toIso(base + start),
        end: length === null ? null : toIso(base + start + length),
      }),
    );

  it('property: earliestEligibleDate and HOURS_AGE_OUT equal a brute-force search', () => {
    fc.assert(
      fc.property(
        fc.array(workArb, { minLength: 1, maxLength: 3 }),
        fc.integer({
          min: Date.UTC(2023, 4, 1) / 86_400_000,
          max: Date.UTC(2026, 10, 26) / 86_400_000,
        }),
        fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
        (work, asOfDay, statusLength) => {
          const asOf = toIso(asOfDay);
          const statusHistory = [
            status(
              'work_permit',
              '2020-06-01',
              statusLength === null ? null : toIso(base + statusLength),
            ),
          ];
          const p = profile({
            asOf,
            work,
            statusHistory,
            languageTests: [celpip(toIso(asOfDay - 10), 9)],
          });
          const result = evaluate(p);
          const workStatus = result.criteria[0].status;
          const ongoing = work.some((w) => w.end === null && w.start < asOf);
          const othersOk = result.criteria.slice(1).every((c) => c.status !== 'not_met');
          const expectedEarliest =
            workStatus === 'not_met' && othersOk && ongoing ? naiveEarliestEligible(p, asOf) : null;
          expect(result.earliestEligibleDate).toBe(expectedEarliest);
          const warning = result.warnings.find((w) => w.code === 'HOURS_AGE_OUT');
          expect(warning?.date ?? null).toBe(workStatus === 'met' ? naiveAgeOut(p, asOf) : null);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('property: the earliest eligible date of a recent ongoing job equals a brute-force search', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.UTC(2023, 4, 1) / 86_400_000,
          max: Date.UTC(2026, 10, 26) / 86_400_000,
        }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom(8, 12.5, 15, 20, 30, 45),
        fc.array(workArb, { maxLength: 2 }),
        (asOfDay, daysAgo, hoursPerWeek, others) => {
          const asOf = toIso(asOfDay);
          const ongoing = job({ start: toIso(asOfDay - daysAgo), end: null, hoursPerWeek });
          const p = profile({
            asOf,
            work: [ongoing, ...others],
            statusHistory: [status('work_permit', '2020-06-01')],
            languageTests: [celpip(toIso(asOfDay - 10), 9)],
          });
          const result = evaluate(p);
          if (result.criteria[0].status !== 'not_met') return;
          expect(result.earliestEligibleDate).toBe(naiveEarliestEligible(p, asOf));
        },
      ),
      { numRuns: 80 },
    );
  });
});
