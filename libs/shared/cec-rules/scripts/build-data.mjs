// Regenerates the copied tables in src/data/ from the research reference files.
// Usage: node libs/shared/cec-rules/scripts/build-data.mjs /work/shared/reference
// Copies clb_tables.json and crs.json byte for byte, wraps noc2021.json with its credit and
// extracts the 2022 reclassification lists from noc2021.md. Hand-written files (rule-sets.json,
// language-tests.json, crs-grids.json) are not touched.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const referenceDir = process.argv[2];
if (!referenceDir) {
  console.error('usage: build-data.mjs <reference dir>');
  process.exit(1);
}
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data');

copyFileSync(join(referenceDir, 'clb_tables.json'), join(dataDir, 'clb-tables.json'));
copyFileSync(join(referenceDir, 'crs.json'), join(dataDir, 'crs-grid-2025-03-25.json'));

const unitGroups = JSON.parse(readFileSync(join(referenceDir, 'noc2021.json'), 'utf8'));
const noc = {
  meta: {
    title: 'National Occupational Classification (NOC) 2021 Version 1.0 - unit groups',
    credit:
      'Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0',
    publisher: 'Statistics Canada and Employment and Social Development Canada',
    licence: 'Statistics Canada Open Licence (https://www.statcan.gc.ca/eng/reference/licence)',
    source_urls: [
      'https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1',
      'https://open.canada.ca/data/en/dataset/1feee3b5-8068-4dbb-b361-180875837593',
    ],
    version: 'NOC 2021 V1.0 (approved 2021-08-10)',
    used_by_ircc_from: '2022-11-16',
    teer_rule: 'teer = second digit of the 5-digit code',
    provenance: 'copied unchanged from the research file noc2021.json (see noc2021-source.md)',
  },
  unitGroups,
};
writeFileSync(join(dataDir, 'noc2021.json'), JSON.stringify(noc, null, 1) + '\n');

const nocMd = readFileSync(join(referenceDir, 'noc2021.md'), 'utf8');
const titles = new Map(unitGroups.map((u) => [u.code, u]));
const codesAfter = (marker, count) => {
  const start = nocMd.indexOf(marker);
  if (start < 0) throw new Error(`marker not found: ${marker}`);
  const codes = [...nocMd.slice(start).matchAll(/\b(\d{5})\b/g)].map((m) => m[1]).slice(0, count);
  if (codes.length !== count) throw new Error(`expected ${count} codes after ${marker}`);
  return codes.map((code) => {
    const unit = titles.get(code);
    if (!unit) throw new Error(`unknown code ${code}`);
    return { code, title_en: unit.title_en, teer: unit.teer };
  });
};
const reclassified = {
  meta: {
    title: 'Occupations whose Express Entry eligibility changed when IRCC moved to NOC 2021',
    effective_from: '2022-11-16',
    source:
      'noc2021.md (research) - texasreview.in, moving2canada.com, immigrationnewscanada.ca (concordant third-party copies of the IRCC list)',
    source_urls: [
      'https://moving2canada.com/news-and-features/news/work/noc-2021-teer-categories',
      'https://texasreview.in/blog/16-newly-eligible-occupations-03-newly-ineligible-occupations/',
    ],
  },
  newlyEligibleTeer3: codesAfter('16 newly eligible (NOC 2021 code, TEER 3)', 16),
  newlyIneligibleFormerSkillB: codesAfter('3 newly ineligible:', 3),
};
writeFileSync(
  join(dataDir, 'noc-reclassified-2022.json'),
  JSON.stringify(reclassified, null, 2) + '\n',
);
console.log('data written to', dataDir);
