import { celpip, ielts, job, profile, TODAY } from '../../test-support/fixtures';
import { evaluateCec } from './evaluate';
import type { CecProfile, CecResult, LanguageTest } from './types';

const evaluate = (p: CecProfile) => evaluateCec(p, { today: TODAY });
const language = (result: CecResult) => result.criteria.find((c) => c.id === 'language');
const withTests = (...languageTests: LanguageTest[]) => evaluate(profile({ languageTests }));

describe('valid language results', () => {
  it.each([
    ['2024-11-26', 'not_met'], // exactly two years old on asOf 2026-11-26
    ['2024-11-27', 'met'],
    ['2026-11-26', 'met'], // taken on asOf
  ])('a test of %s is %s on 2026-11-26', (testDate, expected) => {
    expect(language(withTests(ielts(testDate)))?.status).toBe(expected);
  });

  it('a test after asOf does not count', () => {
    const result = evaluateCec(
      profile({ asOf: '2026-06-01', languageTests: [ielts('2026-07-01')] }),
      { today: TODAY },
    );
    expect(language(result)?.status).toBe('not_met');
    expect(result.language.test).toBeNull();
  });

  it('PTE Core counts only from 2024-01-30', () => {
    const pte = (testDate: string): LanguageTest => ({
      test: 'PTE_CORE',
      testDate,
      reading: 70,
      writing: 80,
      listening: 72,
      speaking: 77,
    });
    const on = (testDate: string) =>
      evaluateCec(profile({ asOf: '2025-06-01', languageTests: [pte(testDate)] }), {
        today: TODAY,
      });
    expect(language(on('2024-01-29'))?.status).toBe('not_met');
    expect(language(on('2024-01-29'))?.detail).toContain('PTE Core');
    expect(language(on('2024-01-30'))?.status).toBe('met');
    expect(on('2024-01-30').language.clb).toEqual({
      reading: 8,
      writing: 8,
      listening: 8,
      speaking: 8,
    });
  });

  it('TEF Canada uses the table of its test date (old-equivalent scores before 2023-12-11)', () => {
    const tef = (testDate: string, scores: [number, number, number, number]): LanguageTest => ({
      test: 'TEF_CANADA',
      testDate,
      reading: scores[0],
      writing: scores[1],
      listening: scores[2],
      speaking: scores[3],
    });
    const at = (test: LanguageTest) =>
      evaluateCec(profile({ asOf: '2024-06-01', languageTests: [test] }), { today: TODAY });
    const before = at(tef('2023-12-10', [207, 310, 249, 310]));
    expect(before.language.clb).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });
    expect(language(before)?.status).toBe('met');
    const after = at(tef('2023-12-11', [433, 428, 434, 456]));
    expect(after.language.clb).toEqual({ reading: 6, writing: 7, listening: 7, speaking: 7 });
    expect(language(after)?.status).toBe('not_met');
  });
});

describe('the test used and the threshold', () => {
  it('uses the valid test with the highest minimum CLB, the newest on a tie', () => {
    const result = withTests(
      celpip('2025-01-01', 8),
      celpip('2025-06-01', [9, 9, 9, 7]),
      celpip('2025-03-01', 8),
    );
    expect(result.language).toMatchObject({
      test: 'CELPIP_GENERAL',
      testDate: '2025-03-01',
      requiredClb: 7,
    });
  });

  it('CLB 7 for TEER 0/1 work, CLB 5 for TEER 2/3 work', () => {
    const clb6 = celpip('2026-01-01', 6);
    const high = evaluate(profile({ languageTests: [clb6] }));
    expect(high.language.requiredClb).toBe(7);
    expect(language(high)?.status).toBe('not_met');
    expect(language(high)?.detail).toContain('TEER 0 or 1');
    const low = evaluate(profile({ languageTests: [clb6], work: [job({ noc: '72410' })] }));
    expect(low.language.requiredClb).toBe(5);
    expect(language(low)?.status).toBe('met');
  });

  it('every ability must reach the level', () => {
    expect(language(withTests(celpip('2026-01-01', [7, 7, 7, 6])))?.status).toBe('not_met');
    expect(language(withTests(celpip('2026-01-01', [7, 7, 7, 7])))?.status).toBe('met');
  });

  it('no hours at all: the TEER 0/1 threshold applies', () => {
    expect(evaluate(profile({ work: [] })).language.requiredClb).toBe(7);
  });

  it('work in both groups with a result between CLB 5 and 7 needs review', () => {
    const work = [job({ hoursPerWeek: 20 }), job({ noc: '72410', hoursPerWeek: 10 })];
    const result = evaluate(profile({ work, languageTests: [celpip('2026-01-01', 6)] }));
    expect(language(result)?.status).toBe('needs_review');
    expect(language(result)?.detail).toContain('87.1(2)(e)');
    const strong = evaluate(profile({ work, languageTests: [celpip('2026-01-01', 7)] }));
    expect(language(strong)?.status).toBe('met');
    const weak = evaluate(profile({ work, languageTests: [celpip('2026-01-01', 4)] }));
    expect(language(weak)?.status).toBe('not_met');
  });

  it('only a combination of sittings would pass: needs review (combining is unverified)', () => {
    const result = withTests(
      celpip('2026-01-01', [9, 6, 9, 9]),
      celpip('2026-02-01', [6, 9, 6, 6]),
    );
    expect(language(result)?.status).toBe('needs_review');
    expect(language(result)?.detail).toContain('different sittings');
  });

  it('no combination across English and French', () => {
    const tcf: LanguageTest = {
      test: 'TCF_CANADA',
      testDate: '2026-02-01',
      reading: 380,
      writing: 12,
      listening: 380,
      speaking: 12,
    };
    const result = withTests(celpip('2026-01-01', [9, 6, 9, 6]), tcf);
    expect(language(result)?.status).toBe('not_met');
  });

  it('names the test and every level in both languages', () => {
    const criterion = language(withTests(ielts('2026-01-15', [8, 6.5, 7.5, 6])));
    expect(criterion?.detail).toContain(
      'IELTS General Training of 2026-01-15: CLB reading 10, writing 8, listening 8, speaking 7',
    );
    expect(criterion?.detailFr).toContain("compréhension de l'écrit 10");
  });
});

describe('LANGUAGE_TEST_EXPIRES warning', () => {
  const expiring = (testDate: string) =>
    withTests(ielts(testDate)).warnings.find((w) => w.code === 'LANGUAGE_TEST_EXPIRES');

  it('is given 180 days before the result expires, not 181', () => {
    // 2025-05-26 + 2 years = 2027-05-26, 181 days after 2026-11-26.
    expect(expiring('2025-05-26')).toBeUndefined();
    expect(expiring('2025-05-25')).toMatchObject({ date: '2027-05-25' });
  });

  it('gives the first day the result is no longer valid', () => {
    const warning = expiring('2025-01-10');
    expect(warning?.date).toBe('2027-01-10');
    expect(warning?.detail).toContain('45 days');
    expect(warning?.detailFr).toContain('45 jours');
  });

  it('29 February: a result of 2024-02-29 expires on 2026-03-01', () => {
    const result = evaluateCec(
      profile({ asOf: '2026-02-28', languageTests: [ielts('2024-02-29')] }),
      { today: TODAY },
    );
    expect(language(result)?.status).toBe('met');
    expect(result.warnings.find((w) => w.code === 'LANGUAGE_TEST_EXPIRES')?.date).toBe(
      '2026-03-01',
    );
    const nextDay = evaluateCec(
      profile({ asOf: '2026-03-01', languageTests: [ielts('2024-02-29')] }),
      { today: TODAY },
    );
    expect(language(nextDay)?.status).toBe('not_met');
  });
});
