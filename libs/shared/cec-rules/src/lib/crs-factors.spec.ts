import fc from 'fast-check';
import { celpip, credential, job, profile, spouse, status } from '../../test-support/fixtures';
import { abroad, crs, foreignBachelors, single, tef } from '../../test-support/crs-helpers';
import { CRS_BREAKDOWN_KEYS, type CecProfile } from './types';

describe('spouse', () => {
  const married = (overrides: Partial<CecProfile['spouse'] & object>) =>
    crs(
      single({
        education: [foreignBachelors],
        spouse: spouse({
          education: 'masters',
          canadianWorkYears: 3,
          languageTest: celpip('2026-01-01', 9),
          ...overrides,
        }),
      }),
    );

  it('an accompanying foreign spouse gives spouse points and the with-spouse columns', () => {
    const result = married({});
    expect(result.basis.withSpouse).toBe(true);
    expect(result).toMatchObject({ spouse: 10 + 20 + 8 });
    expect(result.breakdown.education).toBe(112);
  });

  it.each([
    ['not accompanying', { accompanying: false }],
    ['a Canadian citizen or PR', { canadianCitizenOrPR: true }],
  ])('a spouse %s counts as single', (_label, overrides) => {
    const result = married(overrides);
    expect(result.basis.withSpouse).toBe(false);
    expect(result.spouse).toBe(0);
    expect(result.breakdown.education).toBe(120);
  });

  it('an expired spouse test scores 0; two_or_more is allowed for the spouse', () => {
    const result = married({ education: 'two_or_more', languageTest: celpip('2024-11-26', 9) });
    expect(result.breakdown.spouseFirstOfficialLanguage).toBe(0);
    expect(result.breakdown.spouseEducation).toBe(9);
  });
});

describe('skill transferability', () => {
  it('caps each subtotal at 50 and the whole at 100, with the cuts in the breakdown', () => {
    const result = crs(
      single({
        education: [credential({ level: 'masters', inCanada: false, ecaValid: true })],
        languageTests: [celpip('2026-01-10', 9)],
        work: [abroad('2016-01-01', '2019-12-31'), job({ start: '2023-06-01', end: null })],
        certificateOfQualification: true,
      }),
    );
    expect(result.breakdown).toMatchObject({
      transferabilityEducationLanguage: 50,
      transferabilityEducationCanadianWork: 50,
      transferabilityEducationCap: -50,
      transferabilityForeignWorkLanguage: 50,
      transferabilityForeignWorkCanadianWork: 50,
      transferabilityForeignWorkCap: -50,
      transferabilityCertificateOfQualification: 50,
      transferabilityCap: -50,
    });
    expect(result.transferability).toBe(100);
  });

  it.each([
    [4, 0],
    [5, 25],
    [6, 25],
    [7, 50],
  ])('certificate of qualification with CLB %i: %i', (level, points) => {
    const result = crs(
      single({ certificateOfQualification: true, languageTests: [celpip('2026-01-10', level)] }),
    );
    expect(result.breakdown.transferabilityCertificateOfQualification).toBe(points);
  });

  it('foreign work: 1-2 years -> 13/25, 3+ -> 25/50 (with CLB 7 / CLB 9)', () => {
    const foreign = (end: string, level: number) =>
      crs(
        single({ languageTests: [celpip('2026-01-10', level)], work: [abroad('2018-01-01', end)] }),
      ).breakdown.transferabilityForeignWorkLanguage;
    expect(foreign('2019-01-05', 7)).toBe(13);
    expect(foreign('2019-01-05', 9)).toBe(25);
    expect(foreign('2021-01-05', 7)).toBe(25);
    expect(foreign('2021-01-05', 9)).toBe(50);
    expect(foreign('2018-06-01', 9)).toBe(0);
  });

  it('foreign work ignores full-time study and TEER 4-5 but counts self-employment abroad', () => {
    const years = (overrides: Parameters<typeof job>[0]) =>
      crs(
        single({
          work: [job({ country: 'IN', start: '2018-01-01', end: '2019-06-30', ...overrides })],
        }),
      ).basis.foreignWorkYears;
    expect(years({})).toBe(1);
    expect(years({ selfEmployed: true })).toBe(1);
    expect(years({ whileFullTimeStudent: true })).toBe(0);
    expect(years({ noc: '65201' })).toBe(0);
  });
});

describe('additional points', () => {
  it.each([
    ['NCLC 7 in French, no English', [tef('2026-01-01', 470)], 25],
    ['NCLC 7 in French, CLB 4 in English', [tef('2026-01-01', 470), celpip('2026-01-01', 4)], 25],
    ['NCLC 7 in French, CLB 5 in English', [tef('2026-01-01', 470), celpip('2026-01-01', 5)], 50],
    ['NCLC 6 in French', [tef('2026-01-01', 400), celpip('2026-01-01', 9)], 0],
  ])('French bonus: %s -> %i', (_label, languageTests, points) => {
    expect(crs(single({ languageTests })).breakdown.frenchLanguageBonus).toBe(points);
  });

  it.each([
    ['1-year Canadian diploma', [credential({ level: 'one_year', durationYears: 1 })], 15],
    ['2-year Canadian diploma', [credential({ level: 'two_year', durationYears: 2 })], 15],
    ['3-year Canadian program', [credential({ level: 'two_year', durationYears: 3 })], 30],
    ["1-year Canadian master's", [credential({ level: 'masters', durationYears: 1 })], 30],
    ['8-month Canadian certificate', [credential({ level: 'one_year', durationYears: 0.67 })], 0],
    ['part-time Canadian degree', [credential({ fullTime: false })], 0],
    ['foreign degree', [foreignBachelors], 0],
    [
      'highest only',
      [credential({ level: 'one_year', durationYears: 1 }), credential({ durationYears: 4 })],
      30,
    ],
  ])('Canadian study: %s -> %i', (_label, education, points) => {
    expect(crs(single({ education })).breakdown.canadianStudy).toBe(points);
  });

  it('nomination 600 and sibling 15, capped at 600 in total', () => {
    expect(crs(single({ siblingInCanada: true })).additional).toBe(15);
    const all = crs(
      single({
        provincialNomination: true,
        siblingInCanada: true,
        languageTests: [tef('2026-01-01', 470)],
      }),
    );
    expect(all.breakdown).toMatchObject({
      provincialNomination: 600,
      siblingInCanada: 15,
      frenchLanguageBonus: 25,
      additionalCap: -40,
    });
    expect(all.additional).toBe(600);
  });
});

describe('CRS properties', () => {
  const testArb = fc.oneof(
    fc
      .record({
        level: fc.integer({ min: 0, max: 12 }),
        date: fc.constantFrom('2024-12-01', '2025-06-01', '2026-06-01'),
      })
      .map(({ level, date }) => celpip(date, level)),
    fc
      .record({
        score: fc.integer({ min: 0, max: 699 }),
        date: fc.constantFrom('2025-01-01', '2026-03-01'),
      })
      .map(({ score, date }) => tef(date, score)),
  );
  const profileArb = fc.record({
    dob: fc.constantFrom('1970-01-01', '1985-02-28', '1992-02-29', '1997-07-07', '2006-12-31'),
    tests: fc.array(testArb, { maxLength: 3 }),
    education: fc.array(
      fc
        .record({
          level: fc.constantFrom(
            'secondary',
            'one_year',
            'two_year',
            'bachelors',
            'masters',
            'professional',
            'doctoral',
          ),
          inCanada: fc.boolean(),
          fullTime: fc.boolean(),
          durationYears: fc.constantFrom(0.5, 1, 2, 3, 4),
          ecaValid: fc.boolean(),
        })
        .map((c) => credential(c)),
      { maxLength: 3 },
    ),
    canadian: fc.option(fc.constantFrom('2010-01-01', '2021-03-01', '2024-01-01', '2025-12-01'), {
      nil: null,
    }),
    foreign: fc.option(fc.constantFrom('2012-01-01', '2018-01-01'), { nil: null }),
    spouse: fc.option(
      fc.record({
        accompanying: fc.boolean(),
        canadianCitizenOrPR: fc.boolean(),
        education: fc.constantFrom('secondary', 'two_or_more', 'doctoral'),
        canadianWorkYears: fc.integer({ min: 0, max: 5 }),
        languageTest: testArb,
      }),
      { nil: null },
    ),
    flags: fc.record({
      certificateOfQualification: fc.boolean(),
      provincialNomination: fc.boolean(),
      siblingInCanada: fc.boolean(),
    }),
  });

  it('property: the total is the sum of the breakdown and of the four parts, at most 1,200', () => {
    fc.assert(
      fc.property(profileArb, (g) => {
        const work = [
          ...(g.canadian ? [job({ start: g.canadian, end: null })] : []),
          ...(g.foreign ? [abroad(g.foreign, '2021-12-31')] : []),
        ];
        const result = crs(
          profile({
            dateOfBirth: g.dob,
            languageTests: g.tests,
            education: g.education,
            work,
            spouse: g.spouse,
            statusHistory: [status('work_permit', '2009-01-01')],
            ...g.flags,
          }),
        );
        const sum = CRS_BREAKDOWN_KEYS.reduce((total, key) => total + result.breakdown[key], 0);
        expect(result.total).toBe(sum);
        expect(result.total).toBe(
          result.core + result.spouse + result.transferability + result.additional,
        );
        expect(result.total).toBeLessThanOrEqual(1200);
        expect(result.core + result.spouse).toBeLessThanOrEqual(500);
        expect(result.transferability).toBeLessThanOrEqual(100);
        expect(result.additional).toBeLessThanOrEqual(600);
        for (const key of CRS_BREAKDOWN_KEYS) {
          if (key.endsWith('Cap')) expect(result.breakdown[key]).toBeLessThanOrEqual(0);
          else expect(result.breakdown[key]).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
