import type { CrsGridTable } from './crs-grid';
import { ABILITIES, type ClbLevels } from './types';

interface ClbRow {
  clb_min: number;
  clb_max: number;
}

function rowFor<T extends ClbRow>(rows: readonly T[], clb: number): T {
  const row = rows.find((candidate) => clb >= candidate.clb_min && clb <= candidate.clb_max);
  if (!row) throw new Error(`CRS grid: no language row for CLB ${clb}`);
  return row;
}

function sumAbilities(levels: ClbLevels, pointsFor: (clb: number) => number): number {
  return ABILITIES.reduce((sum, ability) => sum + pointsFor(levels[ability]), 0);
}

export function firstLanguagePoints(
  table: CrsGridTable,
  levels: ClbLevels,
  withSpouse: boolean,
): number {
  const rows = table.core.first_official_language_per_ability.rows;
  return sumAbilities(levels, (clb) => {
    const row = rowFor(rows, clb);
    return withSpouse ? row.with_spouse : row.without_spouse;
  });
}

export function secondLanguagePoints(
  table: CrsGridTable,
  levels: ClbLevels,
  withSpouse: boolean,
): number {
  const factor = table.core.second_official_language_per_ability;
  const sum = sumAbilities(levels, (clb) => {
    const row = rowFor(factor.rows, clb);
    return withSpouse ? row.with_spouse : row.without_spouse;
  });
  return Math.min(sum, withSpouse ? factor.max.with_spouse : factor.max.without_spouse);
}

export function spouseLanguagePoints(table: CrsGridTable, levels: ClbLevels): number {
  const rows = table.spouse.first_official_language_per_ability.rows;
  return sumAbilities(levels, (clb) => rowFor(rows, clb).points);
}

export type LanguageBand = 'CLB7' | 'CLB9';

/** Transferability band: CLB 9+ on all four, or CLB 7+ on all four with one under 9. */
export function transferabilityBand(levels: ClbLevels | null): LanguageBand | null {
  if (levels === null) return null;
  const lowest = Math.min(levels.reading, levels.writing, levels.listening, levels.speaking);
  if (lowest >= 9) return 'CLB9';
  if (lowest >= 7) return 'CLB7';
  return null;
}
