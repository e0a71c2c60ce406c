import { credential, job, profile, status, TODAY } from '../../test-support/fixtures';
import { evaluateCec } from './evaluate';
import type { CecProfile, CecResult, CriterionId } from './types';

const evaluate = (p: CecProfile, today = TODAY) => evaluateCec(p, { today });
const statusOf = (result: CecResult, id: CriterionId) =>
  result.criteria.find((c) => c.id === id)?.status;

// Full-time for the whole 3-year window of 2026-11-26 (4,697 h) unless a rule removes it.
const fullWindow = { start: '2023-01-01', end: null, hoursPerWeek: 30 };

describe('which jobs count (cec-2022)', () => {
  it.each([
    ['a TEER 1 job in Canada', {}, 'met', 4697],
    [
      'a TEER 3 job (newly eligible since 2022, all days after the switch)',
      { noc: '73300' },
      'met',
      4697,
    ],
    ['a job abroad', { country: 'US' }, 'not_met', 0],
    ['unauthorized work', { authorized: false }, 'not_met', 0],
    ['self-employment', { selfEmployed: true }, 'not_met', 0],
    ['work while a full-time student', { whileFullTimeStudent: true }, 'not_met', 0],
    ['a TEER 4 job', { noc: '64100' }, 'not_met', 0],
    ['a TEER 5 job', { noc: '65201' }, 'not_met', 0],
  ])('%s', (_label, overrides, expected, hours) => {
    const result = evaluate(profile({ work: [job({ ...fullWindow, ...overrides })] }));
    expect(statusOf(result, 'canadian_work_experience')).toBe(expected);
    expect(result.canadianSkilledHours).toBe(hours);
  });

  it('names each job that was not counted, with the reason', () => {
    const result = evaluate(
      profile({
        work: [
          job(fullWindow),
          job({ ...fullWindow, country: 'FR' }),
          job({ ...fullWindow, noc: '65201' }),
        ],
      }),
    );
    expect(result.criteria[0].detail).toContain(
      'Not counted: job 2, NOC 21232 (outside Canada); job 3, NOC 65201 (TEER 4 or 5, not skilled).',
    );
    expect(result.criteria[0].detailFr).toContain('Non comptés : emploi 2, CNP 21232 (hors du Canada)');
  });

  it('a self-employed physician (public policy since 2023-04-25) needs review', () => {
    const result = evaluate(
      profile({ work: [job({ ...fullWindow, noc: '31102', selfEmployed: true })] }),
    );
    expect(statusOf(result, 'canadian_work_experience')).toBe('needs_review');
    expect(result.canadianSkilledHours).toBe(0);
    expect(result.work.uncertainHours).toBe(4697);
    expect(result.criteria[0].detail).toContain('physician');
  });

  it('uncertain hours that do not close the gap leave the criterion not met', () => {
    const result = evaluate(
      profile({
        work: [
          job({
            start: '2026-01-01',
            end: null,
            noc: '31102',
            selfEmployed: true,
            hoursPerWeek: 30,
          }),
        ],
      }),
    );
    expect(statusOf(result, 'canadian_work_experience')).toBe('not_met');
    expect(result.criteria[0].detail).toContain('uncertain');
  });
});

describe('temporary resident status during the work', () => {
  const work = [job(fullWindow)];

  it.each([
    ['work permit', [status('work_permit', '2022-01-01')], 'met', 4697, 'met'],
    ['maintained status counts', [status('maintained', '2022-01-01')], 'met', 4697, 'met'],
    ['visitor counts', [status('visitor', '2022-01-01')], 'met', 4697, 'met'],
    ['study permit counts', [status('study_permit', '2022-01-01')], 'met', 4697, 'met'],
    [
      'refugee claimant days do not count',
      [status('refugee_claimant', '2022-01-01')],
      'not_met',
      0,
      'needs_review',
    ],
    ['no status days do not count', [status('none', '2022-01-01')], 'not_met', 0, 'needs_review'],
    ['empty history: counted as if covered', [], 'met', 4697, 'needs_review'],
  ])('%s', (_label, statusHistory, workStatus, hours, temporaryStatus) => {
    const result = evaluate(profile({ work, statusHistory }));
    expect(statusOf(result, 'canadian_work_experience')).toBe(workStatus);
    expect(result.canadianSkilledHours).toBe(hours);
    expect(statusOf(result, 'temporary_status')).toBe(temporaryStatus);
  });

  it('a gap in status removes those days and asks for review', () => {
    const result = evaluate(
      profile({
        work,
        statusHistory: [
          status('work_permit', '2022-01-01', '2024-12-31'),
          status('work_permit', '2025-02-01'),
        ],
      }),
    );
    // January 2025 (31 days) is missing: 4,697.14 - 31 * 30 / 7 = 4,564.29
    expect(result.canadianSkilledHours).toBe(4564);
    expect(result.work.hoursWithoutTemporaryStatus).toBe(132);
    expect(statusOf(result, 'temporary_status')).toBe('needs_review');
    expect(result.outcome).toBe('needs_review');
    expect(result.criteria[2].detail).toContain('132 hours');
  });

  it('days as a permanent resident do not count but are not flagged', () => {
    const result = evaluate(
      profile({
        asOf: '2026-06-01',
        work,
        statusHistory: [
          status('work_permit', '2022-01-01', '2026-05-31'),
          status('permanent_resident', '2026-06-01'),
        ],
      }),
    );
    expect(statusOf(result, 'temporary_status')).toBe('not_met');
    expect(result.work.hoursWithoutTemporaryStatus).toBe(0);
  });

  it('permanent resident status on asOf fails the criterion', () => {
    const result = evaluate(
      profile({
        work,
        statusHistory: [
          status('work_permit', '2022-01-01', '2025-12-31'),
          status('permanent_resident', '2026-01-01'),
        ],
      }),
    );
    expect(statusOf(result, 'temporary_status')).toBe('not_met');
    expect(result.outcome).toBe('not_eligible');
    // Work on PR days does not count: 2023-11-26..2025-12-31 = 767 days.
    expect(result.canadianSkilledHours).toBe(Math.floor((767 * 30) / 7));
  });

  it('citizenship covering asOf fails the criterion', () => {
    const result = evaluate(
      profile({
        work,
        statusHistory: [status('work_permit', '2022-01-01'), status('citizen', '2026-11-26')],
      }),
    );
    expect(statusOf(result, 'temporary_status')).toBe('not_met');
  });
});

describe('cec-2013 (2013-01-02 .. 2022-11-15): NOC 0, A, B', () => {
  const asOf = '2022-11-15';
  const window = { start: '2019-01-01', end: null, hoursPerWeek: 30 };
  const run = (overrides: Partial<CecProfile['work'][number]>) =>
    evaluate(
      profile({
        asOf,
        languageTests: [],
        statusHistory: [status('work_permit', '2018-01-01')],
        work: [job({ ...window, ...overrides })],
      }),
    );

  it('uses the rule set of its asOf', () => {
    expect(run({}).ruleSet).toEqual({
      id: 'cec-2013',
      effectiveFrom: '2013-01-02',
      effectiveTo: '2022-11-15',
    });
  });

  it.each([
    ['TEER 3 that was NOC B', '63200', 'met'],
    ['TEER 3 that was NOC C (16 reclassified)', '73300', 'needs_review'],
    ['TEER 4 that was NOC B (3 moved out)', '64200', 'needs_review'],
    ['TEER 4 that was NOC C', '64100', 'not_met'],
  ])('%s', (_label, noc, expected) => {
    expect(statusOf(run({ noc }), 'canadian_work_experience')).toBe(expected);
  });

  it('the MI-10 occupations are uncertain for applications from 2013-11-09 to 2014-12-31', () => {
    const cook = (date: string) =>
      evaluate(
        profile({
          asOf: date,
          languageTests: [],
          statusHistory: [status('work_permit', '2009-01-01')],
          work: [job({ noc: '63200', start: '2010-01-01', end: null })],
        }),
      );
    expect(statusOf(cook('2013-11-08'), 'canadian_work_experience')).toBe('met');
    expect(statusOf(cook('2013-11-09'), 'canadian_work_experience')).toBe('needs_review');
    expect(statusOf(cook('2014-12-31'), 'canadian_work_experience')).toBe('needs_review');
    expect(statusOf(cook('2015-01-01'), 'canadian_work_experience')).toBe('met');
  });
});

describe('cec-2022 and work done before the 2022 NOC switch', () => {
  const base = { languageTests: [], statusHistory: [status('work_permit', '2019-01-01')] };

  it('a reclassified TEER 3 job that reaches the hours only with pre-switch days needs review', () => {
    // 2021-11-16 .. 2022-11-15 before the switch, nothing after: 365 * 30 / 7 = 1,564 h.
    const result = evaluate(
      profile({
        ...base,
        asOf: '2023-06-01',
        work: [job({ noc: '73300', start: '2021-11-16', end: '2022-11-15' })],
      }),
    );
    expect(result.canadianSkilledHours).toBe(1564);
    expect(statusOf(result, 'canadian_work_experience')).toBe('needs_review');
    expect(result.warnings.map((w) => w.code)).toContain('NOC_2021_RECLASSIFIED');
  });

  it('is met, with a warning, when the hours after the switch are enough on their own', () => {
    const result = evaluate(
      profile({
        ...base,
        asOf: '2025-06-01',
        work: [job({ noc: '73300', start: '2021-01-01', end: null })],
      }),
    );
    expect(statusOf(result, 'canadian_work_experience')).toBe('met');
    expect(result.warnings.find((w) => w.code === 'NOC_2021_RECLASSIFIED')?.date).toBe(
      '2022-11-16',
    );
  });

  it('pre-switch days of an occupation that left the skilled range are uncertain', () => {
    const result = evaluate(
      profile({
        ...base,
        asOf: '2023-06-01',
        work: [job({ noc: '54100', start: '2021-01-01', end: null })],
      }),
    );
    expect(result.canadianSkilledHours).toBe(0);
    expect(statusOf(result, 'canadian_work_experience')).toBe('needs_review');
  });
});

describe('cec-2008 (2008-09-17 .. 2013-01-01): graduate and worker streams, 37.5 h/week', () => {
  const asOf = '2012-06-01';
  const statusHistory = [
    status('study_permit', '2006-09-01', '2010-05-31'),
    status('work_permit', '2010-06-01'),
  ];
  const diploma = credential({ level: 'two_year', durationYears: 2, completedOn: '2010-05-31' });
  const run = (overrides: Partial<CecProfile>) =>
    evaluate(
      profile({ asOf, languageTests: [], statusHistory, education: [diploma], ...overrides }),
    );

  it('graduate stream: 12 months full-time after the credential, within 24 months', () => {
    // 2011-06-02 .. 2012-05-31 = 365 days * 37.5 / 7 = 1,955 h >= 1,950
    const result = run({ work: [job({ start: '2011-06-02', end: null, hoursPerWeek: 40 })] });
    expect(result.ruleSet.id).toBe('cec-2008');
    expect(statusOf(result, 'canadian_work_experience')).toBe('met');
    expect(result.work.stream).toBe('graduate');
    expect(result.canadianSkilledHours).toBe(1955);
    expect(statusOf(result, 'canadian_education')).toBe('met');
  });

  it('graduate stream: 363 full-time days (1,944 h) are not enough', () => {
    const result = run({ work: [job({ start: '2011-06-04', end: null, hoursPerWeek: 40 })] });
    expect(statusOf(result, 'canadian_work_experience')).toBe('not_met');
    expect(result.canadianSkilledHours).toBe(1944);
  });

  it('graduate stream counts only work strictly after the credential', () => {
    const result = run({
      education: [credential({ level: 'two_year', durationYears: 2, completedOn: '2011-06-02' })],
      work: [job({ start: '2011-06-02', end: null, hoursPerWeek: 40 })],
    });
    // Work on the completion day itself does not count: 364 days -> 1,950 h exactly.
    expect(result.work.stream).toBe('graduate');
    expect(result.canadianSkilledHours).toBe(1950);
    expect(statusOf(result, 'canadian_work_experience')).toBe('met');
  });

  it('worker stream: 24 months full-time within 36 months (3,900 h)', () => {
    const result = run({
      education: [],
      work: [job({ start: '2010-06-01', end: null, hoursPerWeek: 37.5 })],
    });
    // 2010-06-01 .. 2012-05-31 = 731 days * 37.5 / 7 = 3,916 h
    expect(statusOf(result, 'canadian_work_experience')).toBe('met');
    expect(result.work.stream).toBe('worker');
    expect(result.canadianSkilledHours).toBe(3916);
    expect(statusOf(result, 'canadian_education')).toBe('not_assessed');
  });

  it('worker stream is reported when the graduate stream is not strictly better', () => {
    const result = run({ work: [job({ start: '2010-06-01', end: null, hoursPerWeek: 37.5 })] });
    expect(result.work.stream).toBe('worker');
    expect(result.criteria[0].detail).toContain('Graduate stream:');
    expect(result.criteria[0].detail).toContain('Temporary foreign worker stream:');
  });

  it('a two-year credential taken part-time or abroad does not open the graduate stream', () => {
    const work = [job({ start: '2011-06-02', end: null, hoursPerWeek: 40 })];
    expect(
      statusOf(
        run({ work, education: [{ ...diploma, fullTime: false }] }),
        'canadian_work_experience',
      ),
    ).toBe('not_met');
    expect(
      statusOf(
        run({ work, education: [{ ...diploma, inCanada: false }] }),
        'canadian_work_experience',
      ),
    ).toBe('not_met');
    expect(
      statusOf(
        run({ work, education: [{ ...diploma, durationYears: 1.5 }] }),
        'canadian_work_experience',
      ),
    ).toBe('not_met');
  });

  it('does not require temporary status on asOf (applying from abroad within a year was allowed)', () => {
    const result = run({
      statusHistory: [status('work_permit', '2010-06-01', '2012-05-01')],
      work: [job({ start: '2010-06-01', end: '2012-05-01', hoursPerWeek: 37.5 })],
    });
    expect(statusOf(result, 'temporary_status')).toBe('met');
    expect(result.criteria[2].detail).toContain('outside Canada');
  });
});

describe('main occupation', () => {
  it('is the group with more hours; a tie goes to TEER 0/1', () => {
    const two = (high: number, low: number) =>
      evaluate(
        profile({
          work: [
            job({ ...fullWindow, hoursPerWeek: high }),
            job({ ...fullWindow, noc: '72410', hoursPerWeek: low }),
          ],
        }),
      ).work.mainOccupationGroup;
    expect(two(15, 15)).toBe('teer0or1');
    expect(two(14, 16)).toBe('teer2or3');
    expect(two(16, 14)).toBe('teer0or1');
  });
});
