import { toDay } from './dates';
import { findNoc } from './noc';
import { classifyJob, type JobClass, type PreparedJob } from './occupations';
import { regimeFor, type Regime } from './rule-sets';

function prepared(noc: string, overrides: Partial<PreparedJob> = {}): PreparedJob {
  const unit = findNoc(noc);
  if (!unit) throw new Error(noc);
  return {
    index: 0,
    noc: unit,
    inCanada: true,
    startDay: 0,
    endDay: Number.POSITIVE_INFINITY,
    hoursPerWeek: 30,
    selfEmployed: false,
    whileFullTimeStudent: false,
    authorized: true,
    ...overrides,
  };
}

function regime(date: string): Regime {
  const found = regimeFor(toDay(date));
  if (!found) throw new Error(date);
  return found;
}

const kind = (c: JobClass): string =>
  c.kind === 'excluded'
    ? `excluded:${c.reason}`
    : c.kind === 'uncertain'
      ? `uncertain:${c.reason}`
      : c.doubtful
        ? 'counting:doubtful'
        : 'counting';

describe('job classification', () => {
  it.each([
    // application date, NOC, work day, expected
    ['2026-11-26', '21231', '2025-01-01', 'counting'], // TEER 1
    ['2026-11-26', '72410', '2025-01-01', 'counting'], // TEER 2
    ['2026-11-26', '73300', '2025-01-01', 'counting'], // TEER 3, reclassified, after the switch
    ['2024-06-01', '73300', '2022-11-15', 'counting:doubtful'], // before the switch
    ['2024-06-01', '73300', '2022-11-16', 'counting'],
    ['2026-11-26', '63200', '2025-01-01', 'counting'], // TEER 3 cook
    ['2026-11-26', '65201', '2025-01-01', 'excluded:not_skilled'], // TEER 5
    ['2026-11-26', '54100', '2025-01-01', 'excluded:not_skilled'], // TEER 4, was B
    ['2024-06-01', '54100', '2022-11-15', 'uncertain:former_skill_b'],
    ['2022-11-15', '73300', '2022-01-01', 'uncertain:reclassified_into_teer3_2022'],
    ['2022-11-15', '54100', '2022-01-01', 'uncertain:former_skill_b'],
    ['2022-11-15', '55109', '2022-01-01', 'uncertain:former_skill_b'],
    ['2022-11-15', '63200', '2022-01-01', 'counting'], // TEER 3, NOC B
    ['2022-11-15', '65201', '2022-01-01', 'excluded:not_skilled'],
    ['2012-06-01', '73300', '2011-01-01', 'uncertain:reclassified_into_teer3_2022'],
    ['2013-11-08', '63200', '2013-01-01', 'counting'],
    ['2013-11-09', '63200', '2013-01-01', 'uncertain:mi10_ineligible'],
    ['2014-12-31', '62010', '2013-01-01', 'uncertain:mi10_ineligible'],
    ['2015-01-01', '62010', '2013-01-01', 'counting'],
  ])('applying on %s, NOC %s on %s: %s', (application, noc, workDay, expected) => {
    expect(kind(classifyJob(prepared(noc), regime(application), toDay(workDay)))).toBe(expected);
  });

  it.each([
    [{ inCanada: false }, 'excluded:outside_canada'],
    [{ authorized: false }, 'excluded:not_authorized'],
    [{ whileFullTimeStudent: true }, 'excluded:full_time_student'],
    [{ selfEmployed: true }, 'excluded:self_employed'],
  ])('%j is %s', (overrides, expected) => {
    const day = toDay('2025-01-01');
    expect(kind(classifyJob(prepared('21231', overrides), regime('2026-11-26'), day))).toBe(
      expected,
    );
  });

  it.each([
    ['2023-04-24', '31102', 'excluded:self_employed'],
    ['2023-04-25', '31102', 'uncertain:physician_self_employed'],
    ['2023-04-25', '31100', 'uncertain:physician_self_employed'],
    ['2023-04-25', '31101', 'uncertain:physician_self_employed'],
    ['2023-04-25', '31103', 'excluded:self_employed'],
  ])('self-employed physician, applying on %s, NOC %s: %s', (application, noc, expected) => {
    const day = toDay('2022-12-01');
    expect(kind(classifyJob(prepared(noc, { selfEmployed: true }), regime(application), day))).toBe(
      expected,
    );
  });

  it('puts TEER 0/1 in the high group and TEER 2/3 and former B jobs in the low group', () => {
    const r = regime('2022-11-15');
    const day = toDay('2022-01-01');
    const group = (noc: string) => {
      const c = classifyJob(prepared(noc), r, day);
      return c.kind === 'excluded' ? null : c.group;
    };
    expect([
      group('00012'),
      group('21231'),
      group('72410'),
      group('63200'),
      group('54100'),
    ]).toEqual(['teer0or1', 'teer0or1', 'teer2or3', 'teer2or3', 'teer2or3']);
  });
});
