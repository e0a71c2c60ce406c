import {
  celpip,
  credential,
  ielts,
  job,
  profile,
  spouse,
  TODAY,
} from '../../test-support/fixtures';
import { abroad, crs, foreignBachelors, single, tef } from '../../test-support/crs-helpers';
import { evaluateCec } from './evaluate';

describe('worked examples of crs-grid.md', () => {
  it("single, 29, master's, CLB 9 x4, 3 years foreign work, no Canadian work: 469", () => {
    const result = crs(
      single({
        education: [
          credential({ level: 'masters', durationYears: 2, inCanada: false, ecaValid: true }),
        ],
        languageTests: [celpip('2026-01-10', 9)],
        work: [abroad('2019-01-01', '2022-01-05')],
      }),
    );
    expect(result).toMatchObject({
      total: 469,
      core: 369,
      spouse: 0,
      transferability: 100,
      additional: 0,
      grid: '2025-03-25',
    });
    expect(result.breakdown).toMatchObject({
      age: 110,
      education: 135,
      firstOfficialLanguage: 124,
    });
    expect(result.basis.foreignWorkYears).toBe(3);
  });

  it("single, 29, bachelor's, IELTS 7.0 x4 (L = CLB 7, R/W/S = CLB 9): 353", () => {
    const result = crs(
      single({ education: [foreignBachelors], languageTests: [ielts('2026-01-10', [7, 7, 7, 7])] }),
    );
    expect(result.breakdown.firstOfficialLanguage).toBe(110);
    expect(result.breakdown.transferabilityEducationLanguage).toBe(13);
    expect(result.total).toBe(353);
  });

  it("married (accompanying), 30, bachelor's, CLB 10 x4, 1 year Canadian; spouse bachelor's + CLB 7 x4: 428", () => {
    const result = crs(
      profile({
        dateOfBirth: '1996-06-01',
        education: [foreignBachelors],
        languageTests: [celpip('2026-01-10', 10)],
        work: [job({ start: '2025-06-01', end: null })],
        spouse: spouse({ education: 'bachelors', languageTest: celpip('2026-02-01', 7) }),
      }),
    );
    expect(result.breakdown).toMatchObject({
      age: 95,
      education: 112,
      firstOfficialLanguage: 128,
      canadianWorkExperience: 35,
      spouseEducation: 8,
      spouseFirstOfficialLanguage: 12,
      transferabilityEducationLanguage: 25,
      transferabilityEducationCanadianWork: 13,
    });
    expect(result).toMatchObject({ core: 370, spouse: 20, transferability: 38, total: 428 });
  });
});

describe('CRS grid in force', () => {
  it('is null before 2025-03-25 and the 2025-03-25 grid from that day', () => {
    expect(evaluateCec(profile({ asOf: '2025-03-24' }), { today: TODAY }).crs).toBeNull();
    expect(evaluateCec(profile({ asOf: '2025-03-25' }), { today: TODAY }).crs?.grid).toBe(
      '2025-03-25',
    );
  });
});

describe('core factors', () => {
  it.each([
    ['1996-11-27', 29, 110],
    ['1996-11-26', 30, 105],
    ['2008-11-27', 17, 0],
    ['2008-11-26', 18, 99],
    ['1982-11-27', 43, 17],
    ['1981-11-26', 45, 0],
  ])('born %s: age %i, %i points (single)', (dateOfBirth, age, points) => {
    const result = crs(single({ dateOfBirth }));
    expect(result.basis.age).toBe(age);
    expect(result.breakdown.age).toBe(points);
  });

  it('age with a 29 February birthday: 30 only on 1 March in a common year', () => {
    expect(crs(single({ asOf: '2027-02-28', dateOfBirth: '1997-02-28' })).basis.age).toBe(30);
    expect(crs(single({ asOf: '2027-02-28', dateOfBirth: '1996-02-29' })).basis.age).toBe(30);
    expect(crs(single({ asOf: '2026-02-28', dateOfBirth: '1996-02-29' })).basis.age).toBe(29);
    expect(crs(single({ asOf: '2026-03-01', dateOfBirth: '1996-02-29' })).basis.age).toBe(30);
  });

  it.each([
    ['none', [], 'less_than_secondary', 0],
    ['secondary', [credential({ level: 'secondary', durationYears: 0 })], 'secondary', 30],
    ['foreign without ECA', [credential({ inCanada: false })], 'less_than_secondary', 0],
    ['foreign with ECA', [foreignBachelors], 'bachelors_or_3yr', 120],
    [
      'one-year program of 3 years',
      [credential({ level: 'one_year', durationYears: 3 })],
      'bachelors_or_3yr',
      120,
    ],
    [
      'two_year program of 2 years',
      [credential({ level: 'two_year', durationYears: 2 })],
      'two_year',
      98,
    ],
    [
      'two credentials, one of 3+ years',
      [credential({ level: 'one_year', durationYears: 1 }), credential({ durationYears: 3 })],
      'two_or_more',
      128,
    ],
    [
      'two credentials, none of 3 years',
      [
        credential({ level: 'one_year', durationYears: 1 }),
        credential({ level: 'two_year', durationYears: 2 }),
      ],
      'two_year',
      98,
    ],
    [
      "master's beats two or more",
      [credential({ durationYears: 4 }), credential({ level: 'masters', durationYears: 1 })],
      'masters_or_professional',
      135,
    ],
    [
      'professional degree',
      [credential({ level: 'professional', durationYears: 4 })],
      'masters_or_professional',
      135,
    ],
    ['doctorate', [credential({ level: 'doctoral', durationYears: 4 })], 'doctoral', 150],
  ])('education: %s -> %s (%i, single)', (_label, education, row, points) => {
    const result = crs(single({ education }));
    expect(result.basis.educationLevel).toBe(row);
    expect(result.breakdown.education).toBe(points);
  });

  it('a credential completed after asOf does not count', () => {
    const result = crs(
      single({ asOf: '2026-01-01', education: [credential({ completedOn: '2026-06-01' })] }),
    );
    expect(result.basis.educationLevel).toBe('less_than_secondary');
  });

  it('second official language: capped at 22 with a spouse, 24 without', () => {
    const tests = [celpip('2026-01-10', 10), tef('2026-02-01', 600)];
    expect(crs(single({ languageTests: tests })).breakdown.secondOfficialLanguage).toBe(24);
    const married = crs(single({ languageTests: tests, spouse: spouse() }));
    expect(married.breakdown.secondOfficialLanguage).toBe(22);
    // Equal first-language points: the newest (TEF) is first, CELPIP second.
    expect(married.basis.firstOfficialLanguage?.test).toBe('TEF_CANADA');
    expect(married.basis.secondOfficialLanguage?.test).toBe('CELPIP_GENERAL');
  });

  it('ties for the first official language: the newest, then English', () => {
    const sameDay = crs(
      single({ languageTests: [tef('2026-01-10', 600), celpip('2026-01-10', 10)] }),
    );
    expect(sameDay.basis.firstOfficialLanguage?.test).toBe('CELPIP_GENERAL');
  });

  it('first official language is the test giving the most points', () => {
    const result = crs(
      single({ languageTests: [celpip('2026-01-10', 7), tef('2026-02-01', 600)] }),
    );
    expect(result.basis.firstOfficialLanguage?.test).toBe('TEF_CANADA');
    expect(result.breakdown.firstOfficialLanguage).toBe(136);
    expect(result.breakdown.secondOfficialLanguage).toBe(12);
  });

  it('Canadian work years: 10-year window, 1,560 h a year, at most 5', () => {
    const years = (start: string) =>
      crs(single({ work: [job({ start, end: null })] })).basis.canadianWorkYears;
    expect(years('2025-11-27')).toBe(1);
    expect(years('2025-11-28')).toBe(0);
    expect(years('2010-01-01')).toBe(5);
  });
});
