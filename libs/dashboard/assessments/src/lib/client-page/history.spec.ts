import { summary } from '../testing/result-fixture';
import { compareAssessments, historyWithChanges } from './history';

describe('what changed between assessments', () => {
  it('marks the first assessment', () => {
    expect(compareAssessments(summary(), undefined)).toMatchObject({ first: true, unchanged: false });
  });

  it('reports no change when outcome, CRS, hours, rule set and date are equal', () => {
    const change = compareAssessments(summary({ id: 'b' }), summary({ id: 'a' }));
    expect(change).toEqual({
      first: false,
      outcome: null,
      crsDelta: 0,
      crsAvailability: null,
      hoursDelta: 0,
      ruleSet: null,
      asOf: null,
      unchanged: true,
    });
  });

  it('reports outcome change, CRS and hours deltas and a rule set change', () => {
    const previous = summary({
      outcome: 'not_eligible',
      crsTotal: 480,
      canadianSkilledHours: 1200,
      ruleSetId: 'cec-2013',
      asOf: '2022-11-01',
    });
    const current = summary({ outcome: 'eligible', crsTotal: 467, canadianSkilledHours: 1630 });
    expect(compareAssessments(current, previous)).toEqual({
      first: false,
      outcome: { from: 'not_eligible', to: 'eligible' },
      crsDelta: -13,
      crsAvailability: null,
      hoursDelta: 430,
      ruleSet: { from: 'cec-2013', to: 'cec-2022' },
      asOf: { from: '2022-11-01', to: '2026-06-01' },
      unchanged: false,
    });
  });

  it('says when the CRS appears or disappears instead of a delta', () => {
    const gained = compareAssessments(summary({ crsTotal: 500 }), summary({ crsTotal: null }));
    expect(gained).toMatchObject({ crsDelta: null, crsAvailability: 'gained', unchanged: false });
    const lost = compareAssessments(summary({ crsTotal: null }), summary({ crsTotal: 500 }));
    expect(lost).toMatchObject({ crsDelta: null, crsAvailability: 'lost', unchanged: false });
  });

  it('compares each history entry with the one run just before it', () => {
    const newest = summary({ id: 'c', createdAt: '2026-11-03T10:00:00Z', crsTotal: 545 });
    const middle = summary({ id: 'b', createdAt: '2026-11-02T10:00:00Z', crsTotal: 540 });
    const oldest = summary({
      id: 'a',
      createdAt: '2026-11-01T10:00:00Z',
      crsTotal: 530,
      canadianSkilledHours: 4000,
    });
    const history = historyWithChanges([middle, newest, oldest]);
    expect(history.map((e) => e.summary.id)).toEqual(['c', 'b', 'a']);
    expect(history.map((e) => e.change.crsDelta)).toEqual([5, 10, null]);
    expect(history.map((e) => e.change.hoursDelta)).toEqual([0, 697, 0]);
    expect(history[2].change.first).toBe(true);
  });
});
