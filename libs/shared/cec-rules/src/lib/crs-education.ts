import type { PreparedCredential } from './context';
import {
  additionalPoints,
  educationRank,
  isEducationRow,
  type CrsGrid,
  type CrsGridTable,
} from './crs-grid';
import type { CrsEducationRow, EducationLevel } from './types';
import { POST_SECONDARY_LEVELS } from './work';

const ROW_OF_LEVEL: Readonly<Record<EducationLevel, CrsEducationRow>> = {
  less_than_secondary: 'less_than_secondary',
  secondary: 'secondary',
  one_year: 'one_year',
  two_year: 'two_year',
  bachelors: 'bachelors_or_3yr',
  two_or_more: 'two_or_more',
  masters: 'masters_or_professional',
  professional: 'masters_or_professional',
  doctoral: 'doctoral',
};

export function educationRowOfLevel(level: EducationLevel): CrsEducationRow {
  return ROW_OF_LEVEL[level];
}

function rowByLength(durationYears: number): CrsEducationRow | null {
  if (durationYears >= 3) return 'bachelors_or_3yr';
  if (durationYears >= 2) return 'two_year';
  if (durationYears >= 1) return 'one_year';
  return null;
}

function higher(table: CrsGridTable, a: CrsEducationRow, b: CrsEducationRow): CrsEducationRow {
  return educationRank(table, b) > educationRank(table, a) ? b : a;
}

/** A credential scores at least the row its program length gives. */
function rowOfCredential(table: CrsGridTable, credential: PreparedCredential): CrsEducationRow {
  const byLevel = educationRowOfLevel(credential.level);
  if (!POST_SECONDARY_LEVELS.has(credential.level)) return byLevel;
  const byLength = rowByLength(credential.durationYears);
  return byLength === null ? byLevel : higher(table, byLevel, byLength);
}

/** Credentials that earn CRS points: Canadian ones, and foreign ones with a valid ECA. */
export function recognizedCredentials(
  credentials: readonly PreparedCredential[],
): PreparedCredential[] {
  return credentials.filter((credential) => credential.inCanada || credential.ecaValid);
}

/** The applicant's education row: the highest credential, or two-or-more when that is higher. */
export function applicantEducationRow(
  table: CrsGridTable,
  credentials: readonly PreparedCredential[],
): CrsEducationRow {
  const recognized = recognizedCredentials(credentials);
  let best: CrsEducationRow = 'less_than_secondary';
  for (const credential of recognized)
    best = higher(table, best, rowOfCredential(table, credential));
  const postSecondary = recognized.filter((c) => POST_SECONDARY_LEVELS.has(c.level));
  const oneOfThreeYears = postSecondary.some((c) => c.durationYears >= 3);
  if (postSecondary.length >= 2 && oneOfThreeYears) best = higher(table, best, 'two_or_more');
  return best;
}

export function educationPoints(
  table: CrsGridTable,
  row: CrsEducationRow,
  withSpouse: boolean,
): number {
  const found = table.core.education.rows.find((candidate) => candidate.key === row);
  if (!found) throw new Error(`CRS grid: no education row ${row}`);
  return withSpouse ? found.with_spouse : found.without_spouse;
}

export function spouseEducationPoints(table: CrsGridTable, row: CrsEducationRow): number {
  const found = table.spouse.education.rows.find(
    (candidate) => isEducationRow(candidate.key) && candidate.key === row,
  );
  if (!found) throw new Error(`CRS grid: no spouse education row ${row}`);
  return found.points;
}

const LONG_STUDY_LEVELS: ReadonlySet<EducationLevel> = new Set<EducationLevel>([
  'masters',
  'professional',
  'doctoral',
]);

const SHORT_STUDY_ITEM = 'canadian_post_secondary_1_or_2_years';
const LONG_STUDY_ITEM = 'canadian_post_secondary_3_years_plus_or_masters_professional_phd';

/**
 * Additional points for Canadian post-secondary study: full-time, completed by asOf, at least
 * one year long; the long-study item for 3+ years or a master's, professional or doctoral degree.
 */
export function canadianStudyPoints(
  grid: CrsGrid,
  credentials: readonly PreparedCredential[],
): number {
  const { canadianStudyMinDurationYears: minYears, canadianStudyLongMinDurationYears: longYears } =
    grid.parameters;
  let best = 0;
  for (const credential of credentials) {
    const eligible =
      credential.inCanada &&
      credential.fullTime &&
      POST_SECONDARY_LEVELS.has(credential.level) &&
      credential.durationYears >= minYears;
    if (!eligible) continue;
    const long = LONG_STUDY_LEVELS.has(credential.level) || credential.durationYears >= longYears;
    const points = additionalPoints(grid.table, long ? LONG_STUDY_ITEM : SHORT_STUDY_ITEM);
    best = Math.max(best, points);
  }
  return best;
}
