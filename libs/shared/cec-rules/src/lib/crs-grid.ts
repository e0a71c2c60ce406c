import gridIndexFile from '../data/crs-grids.json';
import grid20250325File from '../data/crs-grid-2025-03-25.json';
import { toDay, type DayNumber } from './dates';
import type { CrsEducationRow } from './types';

interface SpouseColumns {
  with_spouse: number;
  without_spouse: number;
}
type LanguageBandPoints = { CLB7: number; CLB9: number };
type CanadianWorkPoints = { '1yr': number; '2yr_plus': number };
export type CredentialClass = 'none' | 'one_credential_1yr_plus' | 'advanced';
export type ForeignWorkClass = '0' | '1_or_2_years' | '3_years_or_more';

export interface CrsGridTable {
  maximums: { total: number; skill_transferability: number; additional: number };
  core: {
    age: { rows: (SpouseColumns & { age_min: number; age_max: number })[] };
    education: { rows: (SpouseColumns & { key: string })[] };
    first_official_language_per_ability: {
      rows: (SpouseColumns & { clb_min: number; clb_max: number })[];
    };
    second_official_language_per_ability: {
      max: SpouseColumns;
      rows: (SpouseColumns & { clb_min: number; clb_max: number })[];
    };
    canadian_work_experience: { rows: (SpouseColumns & { years: number })[] };
  };
  spouse: {
    education: { rows: { key: string; points: number }[] };
    first_official_language_per_ability: {
      rows: { clb_min: number; clb_max: number; points: number }[];
    };
    canadian_work_experience: { rows: { years: number; points: number }[] };
  };
  skill_transferability: {
    max: number;
    education_credential_classes: Record<CredentialClass, string[]>;
    education: {
      max: number;
      with_language: Record<CredentialClass, LanguageBandPoints>;
      with_canadian_work: Record<CredentialClass, CanadianWorkPoints>;
    };
    foreign_work: {
      max: number;
      with_language: Record<ForeignWorkClass, LanguageBandPoints>;
      with_canadian_work: Record<ForeignWorkClass, CanadianWorkPoints>;
    };
    certificate_of_qualification: {
      max: number;
      with_language: { CLB5_one_or_more_under_7: number; CLB7_all_four: number };
    };
  };
  additional: { max: number; items: { key: string; points: number }[] };
}

export interface CrsParameters {
  workWindowYears: number;
  fullTimeHoursPerWeek: number;
  hoursPerYearOfWork: number;
  maxCanadianWorkYears: number;
  maxForeignWorkYearsForTransferability: number;
  foreignWorkMaxTeer: number;
  canadianStudyMinDurationYears: number;
  canadianStudyLongMinDurationYears: number;
}

interface GridIndexShape {
  grids: {
    id: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    file: string;
    source: string;
    parameters: CrsParameters;
  }[];
}

export interface CrsGrid {
  id: string;
  fromDay: DayNumber;
  toDay: DayNumber;
  source: string;
  parameters: CrsParameters;
  table: CrsGridTable;
}

// A new grid: add its JSON file, one line here and one entry in crs-grids.json.
const GRID_FILES: Readonly<Record<string, CrsGridTable>> = {
  'crs-grid-2025-03-25.json': grid20250325File,
};

const gridIndex: GridIndexShape = gridIndexFile;

export const CRS_GRIDS: readonly CrsGrid[] = gridIndex.grids.map((entry) => {
  const table = GRID_FILES[entry.file];
  if (!table) throw new Error(`crs-grids.json: no table file ${entry.file}`);
  return {
    id: entry.id,
    fromDay: toDay(entry.effectiveFrom),
    toDay: entry.effectiveTo === null ? Number.POSITIVE_INFINITY : toDay(entry.effectiveTo),
    source: entry.source,
    parameters: entry.parameters,
    table,
  };
});

export function crsGridFor(day: DayNumber): CrsGrid | undefined {
  return CRS_GRIDS.find((grid) => day >= grid.fromDay && day <= grid.toDay);
}

const EDUCATION_ROWS: readonly CrsEducationRow[] = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors_or_3yr',
  'two_or_more',
  'masters_or_professional',
  'doctoral',
];

export function isEducationRow(key: string): key is CrsEducationRow {
  return EDUCATION_ROWS.some((row) => row === key);
}

/** Position of an education row in the grid (rows are listed from lowest to highest). */
export function educationRank(table: CrsGridTable, row: CrsEducationRow): number {
  return table.core.education.rows.findIndex((candidate) => candidate.key === row);
}

export function credentialClassOf(table: CrsGridTable, row: CrsEducationRow): CredentialClass {
  const classes = table.skill_transferability.education_credential_classes;
  if (classes.advanced.includes(row)) return 'advanced';
  if (classes.one_credential_1yr_plus.includes(row)) return 'one_credential_1yr_plus';
  return 'none';
}

export function additionalPoints(table: CrsGridTable, key: string): number {
  const item = table.additional.items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`CRS grid: no additional item ${key}`);
  return item.points;
}
