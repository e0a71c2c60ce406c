import fc from 'fast-check';
import {
  convertScoresToClb,
  isApprovedTest,
  isResultValidOn,
  resultExpiryDay,
  scoreScaleFor,
} from './clb';
import { toDay, toIsoDate } from './dates';
import type { LanguageTestType } from './types';

const same = (score: number) => ({
  reading: score,
  writing: score,
  listening: score,
  speaking: score,
});

describe('score to CLB conversion (clb_tables.json)', () => {
  it.each<
    [LanguageTestType, string, [number, number, number, number], [number, number, number, number]]
  >([
    // IELTS General Training: reading / writing / listening / speaking minimums differ.
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [8, 7.5, 8.5, 7.5], [10, 10, 10, 10]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [7.5, 7, 8, 7], [9, 9, 9, 9]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [6, 6, 6, 6], [7, 7, 7, 7]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [5.5, 5.5, 5.5, 5.5], [6, 6, 6, 6]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [4, 5, 5, 5], [5, 5, 5, 5]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [3.5, 4.5, 4.5, 4.5], [4, 4, 4, 4]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [3, 3.5, 4, 3.5], [0, 0, 0, 0]],
    ['IELTS_GENERAL_TRAINING', '2025-01-01', [7, 7, 7, 7], [9, 9, 7, 9]],
    ['CELPIP_GENERAL', '2025-01-01', [12, 11, 10, 9], [10, 10, 10, 9]],
    ['CELPIP_GENERAL', '2025-01-01', [5, 4, 3, 0], [5, 4, 0, 0]],
    ['PTE_CORE', '2025-01-01', [60, 69, 60, 68], [7, 7, 7, 7]],
    ['PTE_CORE', '2025-01-01', [59, 68, 59, 67], [6, 6, 6, 6]],
    ['PTE_CORE', '2025-01-01', [88, 90, 89, 89], [10, 10, 10, 10]],
    ['PTE_CORE', '2025-01-01', [42, 51, 39, 51], [5, 5, 5, 5]],
    ['PTE_CORE', '2025-01-01', [32, 40, 27, 41], [0, 0, 0, 0]],
    ['TCF_CANADA', '2025-01-01', [453, 10, 458, 10], [7, 7, 7, 7]],
    ['TCF_CANADA', '2025-01-01', [452, 9, 457, 9], [6, 6, 6, 6]],
    ['TCF_CANADA', '2025-01-01', [523, 14, 522, 16], [8, 9, 8, 10]],
    ['TCF_CANADA', '2025-01-01', [341, 3, 330, 3], [0, 0, 0, 0]],
  ])('%s on %s: %j -> CLB %j', (test, date, [reading, writing, listening, speaking], expected) => {
    const [r, w, l, s] = expected;
    expect(convertScoresToClb(test, date, { reading, writing, listening, speaking })).toEqual({
      reading: r,
      writing: w,
      listening: l,
      speaking: s,
    });
  });

  describe('TEF Canada changed tables on 2023-12-11', () => {
    it('uses the old-equivalent table for a test taken on 2023-12-10', () => {
      expect(
        convertScoresToClb('TEF_CANADA', '2023-12-10', {
          reading: 207,
          writing: 310,
          listening: 249,
          speaking: 310,
        }),
      ).toEqual(same(7));
      expect(
        convertScoresToClb('TEF_CANADA', '2023-12-10', {
          reading: 206,
          writing: 309,
          listening: 248,
          speaking: 309,
        }),
      ).toEqual(same(6));
    });

    it('uses the 0-699 table for a test taken on 2023-12-11', () => {
      expect(
        convertScoresToClb('TEF_CANADA', '2023-12-11', {
          reading: 434,
          writing: 428,
          listening: 434,
          speaking: 456,
        }),
      ).toEqual(same(7));
      expect(
        convertScoresToClb('TEF_CANADA', '2023-12-11', {
          reading: 433,
          writing: 427,
          listening: 433,
          speaking: 455,
        }),
      ).toEqual(same(6));
    });

    it('reads the same number differently on each side of the date', () => {
      const scores = { reading: 300, writing: 400, listening: 300, speaking: 400 };
      expect(convertScoresToClb('TEF_CANADA', '2023-12-10', scores)).toEqual({
        reading: 10,
        writing: 10,
        listening: 9,
        speaking: 10,
      });
      expect(convertScoresToClb('TEF_CANADA', '2023-12-11', scores)).toEqual({
        reading: 0,
        writing: 6,
        listening: 0,
        speaking: 5,
      });
    });

    it('has a different scale on each side', () => {
      expect(scoreScaleFor('TEF_CANADA', '2023-12-10').reading.max).toBe(300);
      expect(scoreScaleFor('TEF_CANADA', '2023-12-11').reading.max).toBe(699);
      expect(() => convertScoresToClb('TEF_CANADA', '2023-12-10', same(450))).toThrow(RangeError);
    });
  });

  it.each<[LanguageTestType, number]>([
    ['IELTS_GENERAL_TRAINING', 6.3],
    ['IELTS_GENERAL_TRAINING', 9.5],
    ['CELPIP_GENERAL', 13],
    ['CELPIP_GENERAL', 7.5],
    ['PTE_CORE', 9],
    ['PTE_CORE', 91],
    ['TCF_CANADA', 700],
  ])('rejects %s score %d (off the scale)', (test, score) => {
    expect(() => convertScoresToClb(test, '2025-01-01', same(score))).toThrow(RangeError);
  });
});

describe('approved tests', () => {
  it('accepts PTE Core only from 2024-01-30', () => {
    expect(isApprovedTest('PTE_CORE', '2024-01-29')).toBe(false);
    expect(isApprovedTest('PTE_CORE', '2024-01-30')).toBe(true);
    expect(isApprovedTest('IELTS_GENERAL_TRAINING', '2010-01-01')).toBe(true);
    expect(isApprovedTest('TEF_CANADA', '2010-01-01')).toBe(true);
  });
});

describe('result validity: less than two years old', () => {
  it.each([
    ['2024-11-26', '2026-11-26', false],
    ['2024-11-27', '2026-11-26', true],
    ['2026-11-26', '2026-11-26', true],
    ['2026-11-27', '2026-11-26', false],
    ['2024-02-29', '2026-02-28', true],
    ['2024-02-29', '2026-03-01', false],
    ['2024-02-28', '2026-02-28', false],
  ])('a test of %s is valid on %s: %s', (testDate, asOf, expected) => {
    expect(isResultValidOn(toDay(testDate), toDay(asOf))).toBe(expected);
  });

  it('expires on the first day it is no longer valid (29 February -> 1 March)', () => {
    expect(toIsoDate(resultExpiryDay(toDay('2024-02-29')))).toBe('2026-03-01');
    expect(toIsoDate(resultExpiryDay(toDay('2025-01-10')))).toBe('2027-01-10');
  });

  it('property: valid exactly on the days from the test date to the day before expiry', () => {
    const start = toDay('2000-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: -10, max: 900 }),
        (t, offset) => {
          const testDay = start + t;
          const expiry = resultExpiryDay(testDay);
          const asOf = expiry + offset - 800;
          const expected = asOf >= testDay && asOf < expiry;
          expect(isResultValidOn(testDay, asOf)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
