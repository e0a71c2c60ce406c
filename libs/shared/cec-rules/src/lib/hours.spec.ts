import fc from 'fast-check';
import { job, profile, status, TODAY } from '../../test-support/fixtures';
import { naiveHours } from '../../test-support/reference-model';
import { evaluateCec } from './evaluate';
import type { CecProfile, WorkPeriod } from './types';

const evaluate = (p: CecProfile) => evaluateCec(p, { today: TODAY });

/** Hours per week that give `hours` over `days` days. */
const weekly = (hours: number, days: number) => (hours * 7) / days;

describe('counting hours (cec-2022: 1,560 h in [asOf - 3 years, asOf), 30 h/week cap)', () => {
  // 2025-11-27 .. 2026-11-25 is 364 days: 364 * 30 / 7 = 1,560 hours exactly.
  const lastYear = { start: '2025-11-27', end: null };

  it('1,560 hours exactly is met', () => {
    const result = evaluate(profile({ work: [job({ ...lastYear, hoursPerWeek: 30 })] }));
    expect(result.canadianSkilledHours).toBe(1560);
    expect(result.criteria[0]).toMatchObject({ id: 'canadian_work_experience', status: 'met' });
  });

  it('1,559.99 hours is not met and reports 1,559', () => {
    const result = evaluate(
      profile({ work: [job({ ...lastYear, hoursPerWeek: weekly(1559.99, 364) })] }),
    );
    expect(result.canadianSkilledHours).toBe(1559);
    expect(result.criteria[0].status).toBe('not_met');
    expect(result.criteria[0].detail).toContain('1,559 hours');
    expect(result.criteria[0].detail).toContain('Short by 1 hour.');
    expect(result.criteria[0].detailFr).toContain('1\u00a0559');
  });

  it('hours above 30 a week do not count, across jobs too', () => {
    const two = [
      job({ ...lastYear, hoursPerWeek: 20 }),
      job({ ...lastYear, noc: '21231', hoursPerWeek: 25 }),
    ];
    expect(
      evaluate(profile({ work: [job({ ...lastYear, hoursPerWeek: 60 })] })).canadianSkilledHours,
    ).toBe(1560);
    expect(evaluate(profile({ work: two })).canadianSkilledHours).toBe(1560);
  });

  it('part-time jobs add up: 15 h/week for two years is 1,564 hours', () => {
    const result = evaluate(
      profile({ work: [job({ start: '2024-11-26', end: null, hoursPerWeek: 15 })] }),
    );
    // 2024-11-26 .. 2026-11-25 = 730 days * 15 / 7 = 1,564.28
    expect(result.canadianSkilledHours).toBe(1564);
    expect(result.criteria[0].status).toBe('met');
  });

  it('start and end are inclusive; an open end runs through the day before asOf', () => {
    const closed = job({ start: '2026-11-19', end: '2026-11-25', hoursPerWeek: 7 });
    expect(evaluate(profile({ work: [closed] })).work.hoursTeer0or1).toBe(7);
    const open = job({ start: '2026-11-19', end: null, hoursPerWeek: 7 });
    expect(evaluate(profile({ work: [open] })).canadianSkilledHours).toBe(7);
  });

  it('counts nothing on or after asOf, even for a job that ends later', () => {
    const future = job({ start: '2026-11-19', end: '2027-06-30', hoursPerWeek: 7 });
    expect(evaluate(profile({ work: [future] })).canadianSkilledHours).toBe(7);
  });

  it('the window starts exactly 3 years before asOf', () => {
    const edge = (start: string, end: string) =>
      evaluate(profile({ work: [job({ start, end, hoursPerWeek: 7 })] })).canadianSkilledHours;
    expect(edge('2023-11-26', '2023-11-26')).toBe(1);
    expect(edge('2023-11-25', '2023-11-25')).toBe(0);
  });

  it('29 February: asOf 2028-02-29 opens the window on 2025-02-28', () => {
    const p = (start: string) =>
      profile({ asOf: '2028-02-29', work: [job({ start, end: start, hoursPerWeek: 7 })] });
    const today = { today: '2027-01-01' };
    expect(evaluateCec(p('2025-02-28'), today).canadianSkilledHours).toBe(1);
    expect(evaluateCec(p('2025-02-27'), today).canadianSkilledHours).toBe(0);
  });
});

describe('the fast hour counter matches a day-by-day model of the contract', () => {
  const noc = fc.constantFrom('21231', '72410', '73300', '63200', '65201', '54100', '31102');
  const dayIn = (from: number, to: number) =>
    fc
      .integer({ min: from, max: to })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
  const from = Date.UTC(2019, 0, 1) / 86_400_000;
  const to = Date.UTC(2026, 10, 25) / 86_400_000;
  const workArb: fc.Arbitrary<WorkPeriod> = fc
    .record({
      noc,
      country: fc.constantFrom('CA', 'CA', 'CA', 'US'),
      start: dayIn(from, to),
      length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
      hoursPerWeek: fc.constantFrom(7.5, 10, 15, 20, 22.5, 30, 37.5, 40),
      selfEmployed: fc.boolean(),
      whileFullTimeStudent: fc.boolean(),
      authorized: fc.boolean(),
    })
    .map(({ length, start, ...rest }) => {
      const startDay =
        Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10)) / 86_400_000;
      const end =
        length === null
          ? null
          : new Date((startDay + length) * 86_400_000).toISOString().slice(0, 10);
      return { ...rest, start, end };
    });
  const statusArb = fc
    .record({
      type: fc.constantFrom(
        'work_permit',
        'study_permit',
        'maintained',
        'visitor',
        'none',
        'refugee_claimant',
        'permanent_resident',
      ),
      from: dayIn(from - 400, to),
      length: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    })
    .map(({ type, from: start, length }) => {
      const startDay =
        Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10)) / 86_400_000;
      const end =
        length === null
          ? null
          : new Date((startDay + length) * 86_400_000).toISOString().slice(0, 10);
      return status(type, start, end);
    });

  it('property: canadianSkilledHours equals the naive per-day count', () => {
    fc.assert(
      fc.property(
        fc.array(workArb, { maxLength: 4 }),
        fc.array(statusArb, { maxLength: 3 }),
        dayIn(Date.UTC(2023, 4, 1) / 86_400_000, to + 1),
        (work, statusHistory, asOf) => {
          const p = profile({ asOf, work, statusHistory });
          const result = evaluate(p);
          const expected = Math.floor(naiveHours(p, asOf) + 1e-6);
          expect(result.canadianSkilledHours).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
