import nocFile from '../data/noc2021.json';
import reclassifiedFile from '../data/noc-reclassified-2022.json';

export interface NocUnitGroup {
  /** Five digits, leading zeros kept. */
  code: string;
  titleEn: string;
  titleFr: string;
  /** TEER category 0-5 (second digit of the code). */
  teer: number;
}

interface NocFileShape {
  meta: { credit: string; source_urls: string[]; version: string; licence: string };
  unitGroups: { code: string; title_en: string; title_fr: string; teer: number }[];
}

interface ReclassifiedShape {
  meta: { effective_from: string; source_urls: string[] };
  newlyEligibleTeer3: { code: string }[];
  newlyIneligibleFormerSkillB: { code: string }[];
}

const nocData: NocFileShape = nocFile;
const reclassifiedData: ReclassifiedShape = reclassifiedFile;

/** Attribution required by the Statistics Canada Open Licence. */
export const NOC_2021_CREDIT: string = nocData.meta.credit;
export const NOC_2021_SOURCE = {
  credit: nocData.meta.credit,
  version: nocData.meta.version,
  licence: nocData.meta.licence,
  urls: nocData.meta.source_urls,
} as const;

const UNIT_GROUPS: readonly NocUnitGroup[] = Object.freeze(
  nocData.unitGroups.map((unit) =>
    Object.freeze({
      code: unit.code,
      titleEn: unit.title_en,
      titleFr: unit.title_fr,
      teer: unit.teer,
    }),
  ),
);
const BY_CODE: ReadonlyMap<string, NocUnitGroup> = new Map(UNIT_GROUPS.map((u) => [u.code, u]));

/** The 16 occupations that moved into TEER 3 (from NOC 2016 skill level C) on 2022-11-16. */
export const NOC_NEWLY_TEER3_2022: ReadonlySet<string> = new Set(
  reclassifiedData.newlyEligibleTeer3.map((u) => u.code),
);
/** The 3 occupations that left the skilled range (they were NOC 2016 skill level B). */
export const NOC_FORMER_SKILL_B_2022: ReadonlySet<string> = new Set(
  reclassifiedData.newlyIneligibleFormerSkillB.map((u) => u.code),
);
export const NOC_RECLASSIFICATION_DATE: string = reclassifiedData.meta.effective_from;

export function listNoc(): readonly NocUnitGroup[] {
  return UNIT_GROUPS;
}

export function findNoc(code: string): NocUnitGroup | undefined {
  return BY_CODE.get(code);
}

/** Lower case, accents removed, punctuation turned into single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface SearchEntry {
  unit: NocUnitGroup;
  en: string;
  fr: string;
}

const SEARCH_INDEX: readonly SearchEntry[] = UNIT_GROUPS.map((unit) => ({
  unit,
  en: ` ${normalizeForSearch(unit.titleEn)} `,
  fr: ` ${normalizeForSearch(unit.titleFr)} `,
}));

function tokenMatches(token: string, code: string, title: string): boolean {
  return (/^\d+$/.test(token) && code.startsWith(token)) || title.includes(token);
}

function allTokensMatch(tokens: readonly string[], code: string, title: string): boolean {
  return tokens.every((token) => tokenMatches(token, code, title));
}

function rank(entry: SearchEntry, query: string): number {
  if (entry.unit.code === query) return 0;
  if (entry.en.startsWith(` ${query}`) || entry.fr.startsWith(` ${query}`)) return 1;
  if (entry.en.includes(` ${query}`) || entry.fr.includes(` ${query}`)) return 2;
  return 3;
}

/**
 * Finds unit groups by code prefix or by words of the English or French title, ignoring case
 * and accents ("ingenieurs logiciel" finds 21231). Every word must match the same title.
 */
export function searchNoc(query: string, limit = 20): NocUnitGroup[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [];
  const tokens = normalized.split(' ');
  return SEARCH_INDEX.filter(
    (entry) =>
      allTokensMatch(tokens, entry.unit.code, entry.en) ||
      allTokensMatch(tokens, entry.unit.code, entry.fr),
  )
    .map((entry) => ({ entry, rank: rank(entry, normalized) }))
    .sort((a, b) => a.rank - b.rank || a.entry.unit.code.localeCompare(b.entry.unit.code))
    .slice(0, Math.max(0, limit))
    .map(({ entry }) => entry.unit);
}
