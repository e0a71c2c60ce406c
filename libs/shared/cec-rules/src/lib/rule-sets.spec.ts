import { toDay } from './dates';
import { nextRegimeBoundary, regimeFor, ruleSetFor, RULE_SETS } from './rule-sets';

describe('rule set chosen by the application date', () => {
  it.each([
    ['2008-09-16', undefined],
    ['2008-09-17', 'cec-2008'],
    ['2013-01-01', 'cec-2008'],
    ['2013-01-02', 'cec-2013'],
    ['2022-11-15', 'cec-2013'],
    ['2022-11-16', 'cec-2022'],
    ['2040-01-01', 'cec-2022'],
  ])('on %s: %s', (date, id) => {
    expect(ruleSetFor(toDay(date))?.id).toBe(id);
  });

  it('has contiguous, non-overlapping periods', () => {
    for (let i = 1; i < RULE_SETS.length; i += 1) {
      expect(RULE_SETS[i].fromDay).toBe(RULE_SETS[i - 1].toDay + 1);
    }
  });

  it.each([
    [
      'cec-2008',
      37.5,
      [
        ['graduate', 2, 1950],
        ['worker', 3, 3900],
      ],
      7,
      5,
    ],
    ['cec-2013', 30, [['single', 3, 1560]], 7, 5],
    ['cec-2022', 30, [['single', 3, 1560]], 7, 5],
  ] as const)('%s: full-time %d h, streams %j, CLB %i / %i', (id, cap, streams, high, low) => {
    const ruleSet = RULE_SETS.find((r) => r.id === id);
    expect(ruleSet?.fullTimeHoursPerWeek).toBe(cap);
    expect(ruleSet?.streams.map((s) => [s.id, s.windowYears, s.requiredHours])).toEqual(streams);
    expect(ruleSet?.clbTeer0or1).toBe(high);
    expect(ruleSet?.clbTeer2or3).toBe(low);
    expect(ruleSet?.sources.canadian_work_experience).toMatch(/^https?:\/\//);
  });
});

describe('regime flags', () => {
  it.each([
    ['2013-11-08', false],
    ['2013-11-09', true],
    ['2014-12-31', true],
    ['2015-01-01', false],
  ])('MI-10 ineligible occupations are uncertain on %s: %s', (date, expected) => {
    expect(regimeFor(toDay(date))?.mi10Uncertain).toBe(expected);
  });

  it.each([
    ['2023-04-24', false],
    ['2023-04-25', true],
  ])('self-employed physicians are uncertain on %s: %s', (date, expected) => {
    expect(regimeFor(toDay(date))?.physicianSelfEmployedUncertain).toBe(expected);
  });

  it.each([
    ['2022-11-15', false],
    ['2022-11-16', true],
  ])('the 2022 reclassification is reviewed under the rule set of %s: %s', (date, expected) => {
    expect(regimeFor(toDay(date))?.reclassificationReview).toBe(expected);
  });

  it('knows the days on which the regime can change', () => {
    expect(nextRegimeBoundary(toDay('2022-11-01'))).toBe(toDay('2022-11-16'));
    expect(nextRegimeBoundary(toDay('2013-11-09'))).toBe(toDay('2015-01-01'));
    expect(nextRegimeBoundary(toDay('2023-04-25'))).toBe(Number.POSITIVE_INFINITY);
  });
});
