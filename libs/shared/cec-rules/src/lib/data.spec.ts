import clbTables from '../data/clb-tables.json';
import crsGrid from '../data/crs-grid-2025-03-25.json';
import languageTests from '../data/language-tests.json';
import ruleSets from '../data/rule-sets.json';
import { isIsoDate } from './dates';
import { CRS_GRIDS } from './crs-grid';

type Row = { clb: number; min: number; max: number };
const tables: Record<string, { table: Record<string, Row[]> }> = clbTables.tests;

describe('CLB tables (copied from clb_tables.json)', () => {
  it.each(Object.keys(tables))('%s: levels descend with no gap or overlap', (name) => {
    for (const rows of Object.values(tables[name].table)) {
      for (let i = 1; i < rows.length; i += 1) {
        expect(rows[i].clb).toBe(rows[i - 1].clb - 1);
        expect(rows[i].max).toBeLessThan(rows[i - 1].min);
        const gap = rows[i - 1].min - rows[i].max;
        expect(gap === 1 || gap === 0.5).toBe(true);
      }
    }
  });

  it('every test version names an existing table whose top matches its scale', () => {
    for (const test of languageTests.tests) {
      for (const version of test.versions) {
        const table = tables[version.table];
        expect(table).toBeDefined();
        for (const [ability, range] of Object.entries(version.scale)) {
          expect(table.table[ability][0].max).toBe(range.max);
        }
      }
    }
  });
});

describe('rule sets', () => {
  it('carry dates and source URLs', () => {
    for (const ruleSet of ruleSets.ruleSets) {
      expect(isIsoDate(ruleSet.effectiveFrom)).toBe(true);
      for (const url of Object.values(ruleSet.sources)) expect(url).toMatch(/^https?:\/\/\S+$/);
    }
  });
});

describe('CRS grid (copied from crs.json)', () => {
  it('is registered with its effective date', () => {
    expect(CRS_GRIDS.map((g) => g.id)).toEqual(['2025-03-25']);
    expect(crsGrid.meta.as_of).toContain('2025-03-25');
  });

  it('has maxima consistent with its rows', () => {
    const maxOf = (rows: { with_spouse: number; without_spouse: number }[]) => ({
      with_spouse: Math.max(...rows.map((r) => r.with_spouse)),
      without_spouse: Math.max(...rows.map((r) => r.without_spouse)),
    });
    expect(maxOf(crsGrid.core.age.rows)).toEqual(crsGrid.core.age.max);
    expect(maxOf(crsGrid.core.education.rows)).toEqual(crsGrid.core.education.max);
    expect(maxOf(crsGrid.core.canadian_work_experience.rows)).toEqual(
      crsGrid.core.canadian_work_experience.max,
    );
    const language = maxOf(crsGrid.core.first_official_language_per_ability.rows);
    expect({
      with_spouse: language.with_spouse * 4,
      without_spouse: language.without_spouse * 4,
    }).toEqual(crsGrid.core.first_official_language_per_ability.max);
    const arranged = crsGrid.additional.items.filter((i) =>
      i.key.startsWith('arranged_employment'),
    );
    expect(arranged.map((i) => i.points)).toEqual([0, 0]);
  });
});
