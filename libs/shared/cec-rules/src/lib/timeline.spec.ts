import fc from 'fast-check';
import { credential, job, profile, status, TODAY } from '../../test-support/fixtures';
import { dayOf, isoOf, naiveTimeline, yearsBack } from '../../test-support/reference-model';
import { evaluateCec } from './evaluate';
import type {
  CecProfile,
  CecResult,
  EducationCredential,
  HoursTimelinePoint,
  StatusPeriod,
  WorkPeriod,
} from './types';

const evaluate = (p: CecProfile, today = TODAY) => evaluateCec(p, { today });

/** What every timeline must satisfy, whatever the profile. */
function expectWellFormed(result: CecResult): void {
  const { timeline, windowFrom } = result.work;
  expect(timeline[0]).toEqual({ date: windowFrom, hours: 0 });
  expect(timeline[timeline.length - 1]).toEqual({
    date: result.asOf,
    hours: result.canadianSkilledHours,
  });
  for (let i = 1; i < timeline.length; i += 1) {
    expect(timeline[i].date > timeline[i - 1].date).toBe(true);
    expect(timeline[i].hours).toBeGreaterThanOrEqual(timeline[i - 1].hours);
    expect(Number.isInteger(timeline[i].hours)).toBe(true);
    if (i < timeline.length - 1) {
      expect(timeline[i].date).toMatch(/^\d{4}-\d{2}-01$/);
      expect(timeline[i].date > windowFrom && timeline[i].date < result.asOf).toBe(true);
    }
  }
}

const hoursOn = (timeline: HoursTimelinePoint[], date: string) =>
  timeline.find((point) => point.date === date)?.hours;

interface Case {
  label: string;
  profile: CecProfile;
  today?: string;
  stream: 'single' | 'graduate' | 'worker';
  windowFrom: string;
  requiredHours: number;
  length: number;
  /** Some points, by date; the last one is asOf. */
  points: Record<string, number>;
}

const diplomaOn = (completedOn: string): EducationCredential =>
  credential({ level: 'two_year', durationYears: 2, completedOn });
const cec2008 = (education: EducationCredential[], work: WorkPeriod[]): CecProfile =>
  profile({
    asOf: '2012-06-01',
    languageTests: [],
    statusHistory: [
      status('study_permit', '2006-09-01', '2010-05-31'),
      status('work_permit', '2010-06-01'),
    ],
    education,
    work,
  });

const cases: Case[] = [
  {
    label: 'cec-2022, full-time through the window: 0 on windowFrom, 1st of each month, asOf',
    profile: profile(),
    stream: 'single',
    windowFrom: '2023-11-26',
    requiredHours: 1560,
    length: 38, // 2023-11-26, 2023-12-01 .. 2026-11-01 (36 months), 2026-11-26
    // 5 days, 36 days, ..., 1,096 days at 30 h/week, rounded down
    points: { '2023-11-26': 0, '2023-12-01': 21, '2024-01-01': 154, '2026-11-26': 4697 },
  },
  {
    label: 'asOf on the 1st of a month: the window opens on a 1st, listed once',
    profile: profile({ asOf: '2026-12-01' }),
    stream: 'single',
    windowFrom: '2023-12-01',
    requiredHours: 1560,
    length: 37,
    points: { '2023-12-01': 0, '2024-01-01': 132, '2026-12-01': 4697 },
  },
  {
    label: 'two jobs starting mid-window are capped at 30 h/week together',
    profile: profile({
      work: [
        job({ start: '2026-01-15', hoursPerWeek: 20 }),
        job({ noc: '72410', start: '2026-01-15', hoursPerWeek: 25 }),
      ],
    }),
    stream: 'single',
    windowFrom: '2023-11-26',
    requiredHours: 1560,
    length: 38,
    // 17 days in January 2026; 315 days up to 2026-11-25
    points: { '2025-12-01': 0, '2026-01-01': 0, '2026-02-01': 72, '2026-11-26': 1350 },
  },
  {
    label: 'days without temporary status leave the line flat',
    profile: profile({
      statusHistory: [
        status('work_permit', '2019-01-01', '2024-12-31'),
        status('none', '2025-01-01', '2025-06-30'),
        status('work_permit', '2025-07-01'),
      ],
    }),
    stream: 'single',
    windowFrom: '2023-11-26',
    requiredHours: 1560,
    length: 38,
    // 402 days up to 2024-12-31, nothing in 2025-01 .. 2025-06, then 513 days
    points: { '2025-01-01': 1722, '2025-04-01': 1722, '2025-07-01': 1722, '2026-11-26': 3921 },
  },
  {
    label: 'work abroad only: a flat line at 0',
    profile: profile({ work: [job({ country: 'PH' })] }),
    stream: 'single',
    windowFrom: '2023-11-26',
    requiredHours: 1560,
    length: 38,
    points: { '2023-11-26': 0, '2025-06-01': 0, '2026-11-26': 0 },
  },
  {
    label: '29 February: asOf 2028-02-29 opens the window on 2025-02-28',
    profile: profile({ asOf: '2028-02-29' }),
    today: '2027-01-01',
    stream: 'single',
    windowFrom: '2025-02-28',
    requiredHours: 1560,
    length: 38, // 2025-02-28, 2025-03-01 .. 2028-02-01 (36 months), 2028-02-29
    points: { '2025-02-28': 0, '2025-03-01': 4, '2028-02-01': 4577, '2028-02-29': 4697 },
  },
  {
    label: 'cec-2013: 3 years, 30 h/week',
    profile: profile({
      asOf: '2016-03-15',
      statusHistory: [status('work_permit', '2014-01-01')],
      work: [job({ start: '2015-03-15', hoursPerWeek: 40 })],
    }),
    stream: 'single',
    windowFrom: '2013-03-15',
    requiredHours: 1560,
    length: 38,
    // 2015-03-15 .. 2016-03-14: 366 days at 30 h/week
    points: { '2015-03-01': 0, '2015-04-01': 72, '2016-03-15': 1568 },
  },
  {
    label: 'cec-2008 graduate stream: its own window, after the credential, 37.5 h/week',
    profile: cec2008([diplomaOn('2011-06-02')], [job({ start: '2011-06-02', hoursPerWeek: 40 })]),
    stream: 'graduate',
    windowFrom: '2011-06-03', // the day after the credential, not asOf - 2 or 3 years
    requiredHours: 1950,
    length: 13, // 2011-06-03, 2011-07-01 .. 2012-05-01, 2012-06-01
    // 28 days (the completion day does not count), 59 days, ..., 364 days
    points: { '2011-06-03': 0, '2011-07-01': 150, '2011-08-01': 316, '2012-06-01': 1950 },
  },
  {
    label: 'cec-2008 graduate stream with an older credential: asOf - 2 years',
    profile: cec2008([diplomaOn('2009-01-31')], [job({ start: '2011-01-01', hoursPerWeek: 40 })]),
    stream: 'graduate',
    windowFrom: '2010-06-01',
    requiredHours: 1950,
    length: 25,
    points: { '2010-07-01': 0, '2011-01-01': 0, '2011-02-01': 166, '2012-06-01': 2769 },
  },
  {
    label: 'cec-2008 worker stream: asOf - 3 years, the completion day counts',
    profile: cec2008([], [job({ start: '2011-06-02', hoursPerWeek: 40 })]),
    stream: 'worker',
    windowFrom: '2009-06-01',
    requiredHours: 3900,
    length: 37,
    points: { '2011-06-01': 0, '2011-07-01': 155, '2012-06-01': 1955 },
  },
];

describe('work.timeline: cumulative counting hours for the chart', () => {
  it.each(cases)('$label', (c) => {
    const result = evaluate(c.profile, c.today);
    expect(result.work).toMatchObject({
      stream: c.stream,
      windowFrom: c.windowFrom,
      requiredHours: c.requiredHours,
    });
    expectWellFormed(result);
    expect(result.work.timeline).toHaveLength(c.length);
    for (const [date, hours] of Object.entries(c.points)) {
      expect([date, hoursOn(result.work.timeline, date)]).toEqual([date, hours]);
    }
  });

  it('is part of the stored result: JSON round trip keeps it', () => {
    const result = evaluate(profile());
    expect(JSON.parse(JSON.stringify(result)).work.timeline).toEqual(result.work.timeline);
  });
});

const dayIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map(isoOf);
const addDays = (iso: string, days: number) => isoOf(dayOf(iso) + days);

describe('the timeline matches a day-by-day model (cec-2022)', () => {
  const from = dayOf('2019-01-01');
  const to = dayOf('2026-11-25');
  const workArb: fc.Arbitrary<WorkPeriod> = fc
    .record({
      noc: fc.constantFrom('21231', '72410', '73300', '63200', '65201', '54100', '31102'),
      country: fc.constantFrom('CA', 'CA', 'CA', 'US'),
      start: dayIn(from, to),
      length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
      hoursPerWeek: fc.constantFrom(7.5, 10, 15, 20, 22.5, 30, 37.5, 40),
      selfEmployed: fc.boolean(),
      whileFullTimeStudent: fc.boolean(),
      authorized: fc.boolean(),
    })
    .map(({ length, start, ...rest }) => ({
      ...rest,
      start,
      end: length === null ? null : addDays(start, length),
    }));
  const statusArb: fc.Arbitrary<StatusPeriod> = fc
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
    .map(({ type, from: start, length }) =>
      status(type, start, length === null ? null : addDays(start, length)),
    );

  it('property: well formed, last point = canadianSkilledHours, equal to the naive model', () => {
    fc.assert(
      fc.property(
        fc.array(workArb, { maxLength: 4 }),
        fc.array(statusArb, { maxLength: 3 }),
        dayIn(dayOf('2023-05-01'), to + 1),
        (work, statusHistory, asOf) => {
          const p = profile({ asOf, work, statusHistory });
          const result = evaluate(p);
          expect(result.ruleSet.id).toBe('cec-2022');
          expectWellFormed(result);
          expect(result.work.timeline).toEqual(naiveTimeline(p, asOf));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the timeline matches a day-by-day model (cec-2008, both streams)', () => {
  const from = dayOf('2006-01-01');
  const asOfFrom = dayOf('2008-09-17');
  const asOfTo = dayOf('2013-01-01');
  // Occupations skilled under every regime, not touched by the 2022 reclassification.
  const workArb: fc.Arbitrary<WorkPeriod> = fc
    .record({
      noc: fc.constantFrom('00012', '21231', '72410'),
      country: fc.constantFrom('CA', 'CA', 'CA', 'US'),
      start: dayIn(from, asOfTo),
      length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
      hoursPerWeek: fc.constantFrom(10, 20, 30, 37.5, 45),
      whileFullTimeStudent: fc.boolean(),
    })
    .map(({ length, start, ...rest }) =>
      job({ ...rest, start, end: length === null ? null : addDays(start, length) }),
    );
  const credentialArb: fc.Arbitrary<EducationCredential> = fc
    .record({
      completedOn: dayIn(from, asOfTo),
      durationYears: fc.constantFrom(1, 2, 3),
      inCanada: fc.boolean(),
    })
    .map((c) => credential({ ...c, level: 'two_year' }));

  /** The graduate window of the contract, computed without the engine. */
  function expectedWindowFrom(result: CecResult, p: CecProfile, asOf: string): string {
    if (result.work.stream === 'worker') return isoOf(yearsBack(asOf, 3));
    const completions = p.education
      .filter((c) => c.inCanada && c.durationYears >= 2 && c.completedOn < asOf)
      .map((c) => dayOf(c.completedOn));
    return isoOf(Math.max(yearsBack(asOf, 2), Math.min(...completions) + 1));
  }

  // A graduate's main job starts around the completion of a Canadian credential, so that either
  // stream can be the one reported; other jobs and credentials are random.
  const caseArb = fc
    .record({
      asOf: fc.integer({ min: asOfFrom, max: asOfTo }),
      completedDaysBefore: fc.integer({ min: 1, max: 730 }),
      mainJobLead: fc.integer({ min: -30, max: 300 }),
      mainJobLength: fc.option(fc.integer({ min: 300, max: 1200 }), { nil: null, freq: 2 }),
      mainJobHours: fc.constantFrom(20, 37.5, 40, 45),
      durationYears: fc.constantFrom(1, 2, 2, 2, 3),
      others: fc.array(workArb, { maxLength: 2 }),
      moreEducation: fc.array(credentialArb, { maxLength: 1 }),
      statusEndsDaysBefore: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }) },
      ),
    })
    .map((g) => {
      const completedOn = isoOf(g.asOf - g.completedDaysBefore);
      const start = addDays(completedOn, -g.mainJobLead);
      const main = job({
        noc: '21231',
        start,
        end: g.mainJobLength === null ? null : addDays(start, g.mainJobLength),
        hoursPerWeek: g.mainJobHours,
      });
      return {
        asOf: isoOf(g.asOf),
        p: profile({
          asOf: isoOf(g.asOf),
          work: [main, ...g.others],
          education: [
            credential({ level: 'two_year', durationYears: g.durationYears, completedOn }),
            ...g.moreEducation,
          ],
          languageTests: [],
          statusHistory: [
            status(
              'work_permit',
              '2005-06-01',
              g.statusEndsDaysBefore === null ? null : isoOf(g.asOf - g.statusEndsDaysBefore),
            ),
          ],
        }),
      };
    });

  it('property: each stream uses its own window and the 37.5 h/week cap', () => {
    const streams = new Set<string>();
    fc.assert(
      fc.property(caseArb, ({ p, asOf }) => {
        const result = evaluate(p);
        expect(result.ruleSet.id).toBe('cec-2008');
        streams.add(result.work.stream);
        expectWellFormed(result);
        const fromIso = expectedWindowFrom(result, p, asOf);
        expect(result.work.windowFrom).toBe(fromIso);
        expect(result.work.timeline).toEqual(naiveTimeline(p, asOf, { fromIso, cap: 37.5 }));
      }),
      { numRuns: 150 },
    );
    expect([...streams].sort()).toEqual(['graduate', 'worker']);
  });
});
