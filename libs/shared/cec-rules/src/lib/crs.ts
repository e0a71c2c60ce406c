import { minimumClb } from './clb';
import type { EvaluationContext, PreparedTest } from './context';
import {
  additionalPoints,
  credentialClassOf,
  type CrsGrid,
  type CrsGridTable,
  type ForeignWorkClass,
} from './crs-grid';
import { canadianStudyPoints, educationPoints, spouseEducationPoints } from './crs-education';
import { gatherCrsFacts, type CrsFacts } from './crs-facts';
import {
  firstLanguagePoints,
  secondLanguagePoints,
  spouseLanguagePoints,
  transferabilityBand,
  type LanguageBand,
} from './crs-language';
import type { StepSeries } from './hours';
import { bestBy } from './language';
import type { ClbLevels, CrsBasis, CrsBreakdown, CrsLanguageBasis, CrsResult } from './types';

const capAt = (max: number, sum: number): number => Math.min(0, max - sum);
const sumOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function column(
  row: { with_spouse: number; without_spouse: number } | undefined,
  withSpouse: boolean,
) {
  if (!row) throw new Error('CRS grid: missing row');
  return withSpouse ? row.with_spouse : row.without_spouse;
}

function corePoints(table: CrsGridTable, facts: CrsFacts) {
  const { withSpouse, age, canadianYears } = facts;
  const ageRow = table.core.age.rows.find((r) => age >= r.age_min && age <= r.age_max);
  const workRow = table.core.canadian_work_experience.rows.find((r) => r.years === canadianYears);
  return {
    age: column(ageRow, withSpouse),
    education: educationPoints(table, facts.educationRow, withSpouse),
    firstOfficialLanguage: facts.first
      ? firstLanguagePoints(table, facts.first.clb, withSpouse)
      : 0,
    secondOfficialLanguage: facts.second
      ? secondLanguagePoints(table, facts.second.clb, withSpouse)
      : 0,
    canadianWorkExperience: column(workRow, withSpouse),
  };
}

function spousePoints(table: CrsGridTable, facts: CrsFacts) {
  const spouse = facts.spouse;
  const workRow = table.spouse.canadian_work_experience.rows.find(
    (r) => r.years === spouse?.workYears,
  );
  return {
    spouseEducation: spouse?.educationRow ? spouseEducationPoints(table, spouse.educationRow) : 0,
    spouseFirstOfficialLanguage: spouse?.test ? spouseLanguagePoints(table, spouse.test.clb) : 0,
    spouseCanadianWorkExperience: spouse ? (workRow?.points ?? 0) : 0,
  };
}

type ComboTable = {
  with_language: Record<string, Record<LanguageBand, number>>;
  with_canadian_work: Record<string, { '1yr': number; '2yr_plus': number }>;
};

/** A transferability combination: points with language, points with Canadian work, the cut. */
function combination(
  combo: ComboTable & { max: number },
  rowKey: string,
  band: LanguageBand | null,
  canadianYears: number,
): [number, number, number] {
  const language = band ? (combo.with_language[rowKey]?.[band] ?? 0) : 0;
  const workRow = combo.with_canadian_work[rowKey];
  const work =
    !workRow || canadianYears < 1 ? 0 : canadianYears >= 2 ? workRow['2yr_plus'] : workRow['1yr'];
  return [language, work, capAt(combo.max, language + work)];
}

function foreignClassOf(years: number): ForeignWorkClass {
  if (years >= 3) return '3_years_or_more';
  return years >= 1 ? '1_or_2_years' : '0';
}

function certificatePoints(table: CrsGridTable, held: boolean, clb: ClbLevels | null): number {
  if (!held || clb === null) return 0;
  const points = table.skill_transferability.certificate_of_qualification.with_language;
  const lowest = minimumClb(clb);
  if (lowest >= 7) return points.CLB7_all_four;
  return lowest >= 5 ? points.CLB5_one_or_more_under_7 : 0;
}

function transferabilityPoints(grid: CrsGrid, facts: CrsFacts, certificateHeld: boolean) {
  const transfer = grid.table.skill_transferability;
  const band = transferabilityBand(facts.first?.clb ?? null);
  const credentialClass = credentialClassOf(grid.table, facts.educationRow);
  const [eduLanguage, eduWork, eduCap] = combination(
    transfer.education,
    credentialClass,
    band,
    facts.canadianYears,
  );
  const foreignYears = Math.min(
    grid.parameters.maxForeignWorkYearsForTransferability,
    facts.foreignYears,
  );
  const [foreignLanguage, foreignWork, foreignCap] = combination(
    transfer.foreign_work,
    foreignClassOf(foreignYears),
    band,
    facts.canadianYears,
  );
  const certificate = certificatePoints(grid.table, certificateHeld, facts.first?.clb ?? null);
  const subtotal =
    eduLanguage + eduWork + eduCap + foreignLanguage + foreignWork + foreignCap + certificate;
  return {
    transferabilityEducationLanguage: eduLanguage,
    transferabilityEducationCanadianWork: eduWork,
    transferabilityEducationCap: eduCap,
    transferabilityForeignWorkLanguage: foreignLanguage,
    transferabilityForeignWorkCanadianWork: foreignWork,
    transferabilityForeignWorkCap: foreignCap,
    transferabilityCertificateOfQualification: certificate,
    transferabilityCap: capAt(transfer.max, subtotal),
  };
}

function frenchBonus(table: CrsGridTable, valid: readonly PreparedTest[]): number {
  const best = (language: 'en' | 'fr') =>
    bestBy(
      valid.filter((test) => test.language === language),
      (test) => minimumClb(test.clb),
    );
  const french = best('fr');
  if (!french || minimumClb(french.clb) < 7) return 0;
  const english = best('en');
  return english && minimumClb(english.clb) >= 5
    ? additionalPoints(table, 'french_nclc7_english_clb5_plus')
    : additionalPoints(table, 'french_nclc7_english_clb4_or_less');
}

function additionalFactors(grid: CrsGrid, facts: CrsFacts, context: EvaluationContext) {
  const { table } = grid;
  const { profile } = context;
  const nomination = profile.provincialNomination
    ? additionalPoints(table, 'provincial_nomination')
    : 0;
  const sibling = profile.siblingInCanada ? additionalPoints(table, 'sibling_in_canada') : 0;
  const french = frenchBonus(table, facts.validTests);
  const study = canadianStudyPoints(grid, context.credentials);
  return {
    provincialNomination: nomination,
    siblingInCanada: sibling,
    frenchLanguageBonus: french,
    canadianStudy: study,
    additionalCap: capAt(table.additional.max, nomination + sibling + french + study),
  };
}

function languageBasis(test: PreparedTest | null): CrsLanguageBasis | null {
  return test ? { test: test.test, testDate: test.testDate, clb: { ...test.clb } } : null;
}

function basisOf(facts: CrsFacts): CrsBasis {
  return {
    withSpouse: facts.withSpouse,
    age: facts.age,
    educationLevel: facts.educationRow,
    firstOfficialLanguage: languageBasis(facts.first),
    secondOfficialLanguage: languageBasis(facts.second),
    canadianWorkYears: facts.canadianYears,
    foreignWorkYears: facts.foreignYears,
    spouseEducationLevel: facts.spouse?.educationRow ?? null,
    spouseLanguage: languageBasis(facts.spouse?.test ?? null),
    spouseCanadianWorkYears: facts.spouse?.workYears ?? 0,
  };
}

/** The CRS score with every factor, from the grid in force on asOf. */
export function computeCrs(
  context: EvaluationContext,
  grid: CrsGrid,
  canadianSeries: StepSeries,
): CrsResult {
  const facts = gatherCrsFacts(context, grid, canadianSeries);
  const core = corePoints(grid.table, facts);
  const spouse = spousePoints(grid.table, facts);
  const transferability = transferabilityPoints(
    grid,
    facts,
    context.profile.certificateOfQualification === true,
  );
  const additional = additionalFactors(grid, facts, context);
  // Spelled out (not spread) so every key of the breakdown is checked by the compiler.
  const breakdown: CrsBreakdown = {
    age: core.age,
    education: core.education,
    firstOfficialLanguage: core.firstOfficialLanguage,
    secondOfficialLanguage: core.secondOfficialLanguage,
    canadianWorkExperience: core.canadianWorkExperience,
    spouseEducation: spouse.spouseEducation,
    spouseFirstOfficialLanguage: spouse.spouseFirstOfficialLanguage,
    spouseCanadianWorkExperience: spouse.spouseCanadianWorkExperience,
    transferabilityEducationLanguage: transferability.transferabilityEducationLanguage,
    transferabilityEducationCanadianWork: transferability.transferabilityEducationCanadianWork,
    transferabilityEducationCap: transferability.transferabilityEducationCap,
    transferabilityForeignWorkLanguage: transferability.transferabilityForeignWorkLanguage,
    transferabilityForeignWorkCanadianWork: transferability.transferabilityForeignWorkCanadianWork,
    transferabilityForeignWorkCap: transferability.transferabilityForeignWorkCap,
    transferabilityCertificateOfQualification:
      transferability.transferabilityCertificateOfQualification,
    transferabilityCap: transferability.transferabilityCap,
    provincialNomination: additional.provincialNomination,
    siblingInCanada: additional.siblingInCanada,
    frenchLanguageBonus: additional.frenchLanguageBonus,
    canadianStudy: additional.canadianStudy,
    additionalCap: additional.additionalCap,
  };
  const parts = {
    core: sumOf(Object.values(core)),
    spouse: sumOf(Object.values(spouse)),
    transferability: sumOf(Object.values(transferability)),
    additional: sumOf(Object.values(additional)),
  };
  return {
    total: parts.core + parts.spouse + parts.transferability + parts.additional,
    core: parts.core,
    spouse: parts.spouse,
    transferability: parts.transferability,
    additional: parts.additional,
    grid: grid.id,
    breakdown,
    basis: basisOf(facts),
  };
}
