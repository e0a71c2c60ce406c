import fc from 'fast-check';
import { numberEn, numberFr, wholeHours } from './texts-format';

describe('number formatting', () => {
  const en = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 2 });
  const fr = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2 });

  it.each([0, 7, 30, 37.5, 999, 1000, 1559, 1560, 4697, 12345.25, 1234567, 0.5, 2.05])(
    '%d is written like Intl en-CA and fr-CA',
    (value) => {
      expect(numberEn(value)).toBe(en.format(value));
      expect(numberFr(value)).toBe(fr.format(value));
    },
  );

  it('property: agrees with Intl for hours and years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + cents / 100;
          expect(numberEn(value)).toBe(en.format(value));
          expect(numberFr(value)).toBe(fr.format(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reports hours rounded down, within the comparison tolerance', () => {
    expect(wholeHours(1559.99)).toBe(1559);
    expect(wholeHours(1559.9999999995)).toBe(1560);
  });
});
