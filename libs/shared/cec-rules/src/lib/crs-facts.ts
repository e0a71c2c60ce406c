import { isResultValidOn } from './clb';
import { prepareTest, type EvaluationContext, type PreparedTest } from './context';
import type { CrsGrid } from './crs-grid';
import { applicantEducationRow, educationRowOfLevel } from './crs-education';
import { firstLanguagePoints, secondLanguagePoints } from './crs-language';
import { shiftYears, toDay, wholeYearsBetween } from './dates';
import { buildForeignSeries, HOURS_TOLERANCE, hoursBetween, type StepSeries } from './hours';
import { bestBy, validTests } from './language';
import type { CrsEducationRow } from './types';

/** What the CRS points are computed from, gathered once. */
export interface CrsFacts {
  withSpouse: boolean;
  age: number;
  educationRow: CrsEducationRow;
  validTests: PreparedTest[];
  first: PreparedTest | null;
  second: PreparedTest | null;
  canadianYears: number;
  foreignYears: number;
  spouse: {
    educationRow: CrsEducationRow | null;
    test: PreparedTest | null;
    workYears: number;
  } | null;
}

function yearsOfWork(series: StepSeries, context: EvaluationContext, grid: CrsGrid): number {
  const { workWindowYears, hoursPerYearOfWork } = grid.parameters;
  const from = shiftYears(context.asOf, -workWindowYears);
  const hours = hoursBetween(series, from, context.asOf);
  return Math.floor((hours + HOURS_TOLERANCE) / hoursPerYearOfWork);
}

function foreignWorkYears(context: EvaluationContext, grid: CrsGrid): number {
  const { fullTimeHoursPerWeek, foreignWorkMaxTeer } = grid.parameters;
  const series = buildForeignSeries(
    context.jobs,
    context.breakpoints,
    fullTimeHoursPerWeek,
    foreignWorkMaxTeer,
  );
  return yearsOfWork(series, context, grid);
}

function spouseFacts(context: EvaluationContext): CrsFacts['spouse'] {
  const spouse = context.profile.spouse;
  if (!spouse) return null;
  const test = spouse.languageTest ? prepareTest(spouse.languageTest, 0) : null;
  const valid = test !== null && test.approved && isResultValidOn(test.testDay, context.asOf);
  return {
    educationRow: spouse.education ? educationRowOfLevel(spouse.education) : null,
    test: valid ? test : null,
    workYears: spouse.canadianWorkYears ?? 0,
  };
}

/**
 * `canadianSeries`: the counting hours of the rule set in force on asOf (cec-2022 whenever a
 * CRS grid applies), summed here over the 10-year window.
 */
export function gatherCrsFacts(
  context: EvaluationContext,
  grid: CrsGrid,
  canadianSeries: StepSeries,
): CrsFacts {
  const { table, parameters } = grid;
  const spouse = context.profile.spouse ?? null;
  const withSpouse = spouse !== null && spouse.accompanying && !spouse.canadianCitizenOrPR;
  const valid = validTests(context.tests, context.asOf);
  const first = bestBy(valid, (test) => firstLanguagePoints(table, test.clb, withSpouse));
  const others = first ? valid.filter((test) => test.language !== first.language) : [];
  return {
    withSpouse,
    age: wholeYearsBetween(toDay(context.profile.dateOfBirth), context.asOf),
    educationRow: applicantEducationRow(table, context.credentials),
    validTests: valid,
    first,
    second: bestBy(others, (test) => secondLanguagePoints(table, test.clb, withSpouse)),
    canadianYears: Math.min(
      parameters.maxCanadianWorkYears,
      yearsOfWork(canadianSeries, context, grid),
    ),
    foreignYears: foreignWorkYears(context, grid),
    spouse: withSpouse ? spouseFacts(context) : null,
  };
}
