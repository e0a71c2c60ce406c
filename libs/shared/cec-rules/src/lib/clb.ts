import clbTablesFile from '../data/clb-tables.json';
import languageTestsFile from '../data/language-tests.json';
import { anniversary, shiftYears, toDay, type DayNumber } from './dates';
import {
  ABILITIES,
  type Ability,
  type ClbLevels,
  type IsoDate,
  type LanguageScores,
  type LanguageTestType,
} from './types';

interface ClbRow {
  clb: number;
  min: number;
  max: number;
}
type ClbTable = Record<Ability, ClbRow[]>;

export interface ScoreRange {
  min: number;
  max: number;
  step: number;
}
export type ScoreScale = Record<Ability, ScoreRange>;

interface TestVersionShape {
  testDateFrom: string | null;
  testDateBefore: string | null;
  table: string;
  scale: ScoreScale;
}
interface TestShape {
  test: string;
  language: string;
  acceptedFrom: string | null;
  versions: TestVersionShape[];
}
interface LanguageTestsShape {
  meta: { validity_years: number; source_urls: string[] };
  tests: TestShape[];
}
interface ClbTablesShape {
  meta: { official_source_urls: string[] };
  tests: Record<string, { language: string; table: ClbTable }>;
}

const clbTables: ClbTablesShape = clbTablesFile;
const languageTests: LanguageTestsShape = languageTestsFile;

export type OfficialLanguage = 'en' | 'fr';

export const LANGUAGE_RESULT_VALIDITY_YEARS: number = languageTests.meta.validity_years;

interface LoadedVersion {
  fromDay: DayNumber;
  beforeDay: DayNumber;
  table: ClbTable;
  scale: ScoreScale;
}
interface LoadedTest {
  language: OfficialLanguage;
  acceptedFrom: IsoDate | null;
  acceptedFromDay: DayNumber;
  versions: LoadedVersion[];
}

const dayOr = (date: string | null, unbounded: number): DayNumber =>
  date === null ? unbounded : toDay(date);

function loadTest(spec: TestShape): LoadedTest {
  return {
    language: spec.language === 'fr' ? 'fr' : 'en',
    acceptedFrom: spec.acceptedFrom,
    acceptedFromDay: dayOr(spec.acceptedFrom, Number.NEGATIVE_INFINITY),
    versions: spec.versions.map((version) => {
      const tableEntry = clbTables.tests[version.table];
      if (!tableEntry) throw new Error(`language-tests.json: no CLB table ${version.table}`);
      return {
        fromDay: dayOr(version.testDateFrom, Number.NEGATIVE_INFINITY),
        beforeDay: dayOr(version.testDateBefore, Number.POSITIVE_INFINITY),
        table: tableEntry.table,
        scale: version.scale,
      };
    }),
  };
}

const TESTS: ReadonlyMap<string, LoadedTest> = new Map(
  languageTests.tests.map((spec) => [spec.test, loadTest(spec)]),
);

function testSpec(test: LanguageTestType): LoadedTest {
  const spec = TESTS.get(test);
  if (!spec) throw new RangeError(`unknown language test: ${test}`);
  return spec;
}

export function officialLanguageOf(test: LanguageTestType): OfficialLanguage {
  return testSpec(test).language;
}

function versionFor(test: LanguageTestType, testDate: DayNumber): LoadedVersion {
  const version = testSpec(test).versions.find(
    (v) => testDate >= v.fromDay && testDate < v.beforeDay,
  );
  if (!version) throw new RangeError(`no CLB table for ${test} on that date`);
  return version;
}

/** The score scale of a test taken on `testDate` (TEF Canada changed scale on 2023-12-11). */
export function scoreScaleFor(test: LanguageTestType, testDate: IsoDate): ScoreScale {
  return versionFor(test, toDay(testDate)).scale;
}

export function isOnScale(score: number, range: ScoreRange): boolean {
  if (!Number.isFinite(score) || score < range.min || score > range.max) return false;
  const steps = (score - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** Whether IRCC accepted this test for a result dated `testDate` (PTE Core from 2024-01-30). */
export function isApprovedTestOn(test: LanguageTestType, testDate: DayNumber): boolean {
  return testDate >= testSpec(test).acceptedFromDay;
}

/** Whether a result of `test` taken on `testDate` (YYYY-MM-DD) comes from an approved test. */
export function isApprovedTest(test: LanguageTestType, testDate: IsoDate): boolean {
  return isApprovedTestOn(test, toDay(testDate));
}

/** A result is valid on `asOf` when taken on or before it and less than two years earlier. */
export function isResultValidOn(testDate: DayNumber, asOf: DayNumber): boolean {
  return testDate <= asOf && testDate > shiftYears(asOf, -LANGUAGE_RESULT_VALIDITY_YEARS);
}

/** The first day on which the result is no longer valid. */
export function resultExpiryDay(testDate: DayNumber): DayNumber {
  return anniversary(testDate, LANGUAGE_RESULT_VALIDITY_YEARS);
}

function clbForScore(rows: readonly ClbRow[], score: number): number {
  let best = 0;
  for (const row of rows) {
    if (score >= row.min && row.clb > best) best = row.clb;
  }
  return best >= 4 ? best : 0;
}

/**
 * Converts the four scores of one test to CLB/NCLC levels with the IRCC equivalency table that
 * applies on the test date. A score below CLB 4 gives 0. Throws RangeError for a score that is
 * not on the test's scale.
 */
export function convertScoresToClb(
  test: LanguageTestType,
  testDate: IsoDate,
  scores: LanguageScores,
): ClbLevels {
  const { table, scale } = versionFor(test, toDay(testDate));
  const levels: ClbLevels = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  for (const ability of ABILITIES) {
    const score = scores[ability];
    if (!isOnScale(score, scale[ability])) {
      throw new RangeError(`${test} ${ability} score ${score} is not on the test's scale`);
    }
    levels[ability] = clbForScore(table[ability], score);
  }
  return levels;
}

export function minimumClb(levels: ClbLevels): number {
  return Math.min(levels.reading, levels.writing, levels.listening, levels.speaking);
}
