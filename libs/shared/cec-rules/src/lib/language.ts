import { isResultValidOn, minimumClb, type OfficialLanguage } from './clb';
import type { PreparedTest } from './context';
import type { DayNumber } from './dates';
import type { RuleSet } from './rule-sets';
import { ABILITIES, type ClbLevels, type CriterionStatus } from './types';
import type { StreamOutcome } from './work';

export type LanguageReason =
  'met' | 'no_valid_test' | 'below_required' | 'mixed_occupation_groups' | 'combined_sittings';

export interface LanguageAssessment {
  status: CriterionStatus;
  reason: LanguageReason;
  requiredClb: number;
  chosen: PreparedTest | null;
  validCount: number;
  expiredCount: number;
  notApprovedCount: number;
  /** Best level per ability across sittings of one language, when only that would pass. */
  combined: ClbLevels | null;
}

/** Tests that an application made on `asOf` may use. */
export function validTests(tests: readonly PreparedTest[], asOf: DayNumber): PreparedTest[] {
  return tests.filter((test) => test.approved && isResultValidOn(test.testDay, asOf));
}

/** Ties on the ranking value: the newest result, then English, then the first entered. */
export function compareTieBreak(a: PreparedTest, b: PreparedTest): number {
  if (a.testDay !== b.testDay) return b.testDay - a.testDay;
  if (a.language !== b.language) return a.language === 'en' ? -1 : 1;
  return a.index - b.index;
}

export function bestBy(
  tests: readonly PreparedTest[],
  score: (test: PreparedTest) => number,
): PreparedTest | null {
  let best: PreparedTest | null = null;
  for (const test of tests) {
    if (best === null) {
      best = test;
      continue;
    }
    const difference = score(test) - score(best);
    if (difference > 0 || (difference === 0 && compareTieBreak(test, best) < 0)) best = test;
  }
  return best;
}

function combinedLevels(tests: readonly PreparedTest[], language: OfficialLanguage): ClbLevels {
  const levels: ClbLevels = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  for (const test of tests) {
    if (test.language !== language) continue;
    for (const ability of ABILITIES) levels[ability] = Math.max(levels[ability], test.clb[ability]);
  }
  return levels;
}

function passingCombination(tests: readonly PreparedTest[], required: number): ClbLevels | null {
  for (const language of ['en', 'fr'] as const) {
    const levels = combinedLevels(tests, language);
    if (minimumClb(levels) >= required) return levels;
  }
  return null;
}

export function assessLanguage(
  tests: readonly PreparedTest[],
  asOf: DayNumber,
  ruleSet: RuleSet,
  stream: StreamOutcome,
  requiredClb: number,
): LanguageAssessment {
  const valid = validTests(tests, asOf);
  const chosen = bestBy(valid, (test) => minimumClb(test.clb));
  const expiredCount = tests.filter((t) => t.approved && !isResultValidOn(t.testDay, asOf)).length;
  const notApprovedCount = tests.filter((test) => !test.approved).length;
  const result = (
    status: CriterionStatus,
    reason: LanguageReason,
    combined: ClbLevels | null = null,
  ): LanguageAssessment => ({
    status,
    reason,
    requiredClb,
    chosen,
    validCount: valid.length,
    expiredCount,
    notApprovedCount,
    combined,
  });
  if (chosen === null) return result('not_met', 'no_valid_test');
  const level = minimumClb(chosen.clb);
  const bothGroups = stream.teer0or1Hours > 0 && stream.teer2or3Hours > 0;
  if (bothGroups && level >= ruleSet.clbTeer2or3 && level < ruleSet.clbTeer0or1) {
    // IRPR 87.1(2)(e) (threshold of the occupation with the most experience): wording UNVERIFIED.
    return result('needs_review', 'mixed_occupation_groups');
  }
  if (level >= requiredClb) return result('met', 'met');
  const combined = passingCombination(valid, requiredClb);
  // "One sitting per language, no combining" is a third-party statement, UNVERIFIED.
  if (combined) return result('needs_review', 'combined_sittings', combined);
  return result('not_met', 'below_required');
}
