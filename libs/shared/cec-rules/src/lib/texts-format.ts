import { toIsoDate, type DayNumber } from './dates';
import { HOURS_TOLERANCE } from './hours';
import type { ClbLevels, IsoDate, LanguageTestType } from './types';

/** A sentence in both official languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

/**
 * Formats like Intl.NumberFormat en-CA / fr-CA with at most 2 decimals ("1,564.5" and
 * "1 564,5" with a no-break space), without its cost on every evaluation.
 */
function formatNumber(value: number, group: string, decimal: string): string {
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const whole = Math.floor(rounded);
  const cents = Math.round((rounded - whole) * 100);
  const digits = String(whole);
  let grouped = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += group;
    grouped += digits[i];
  }
  const fraction = cents === 0 ? '' : decimal + String(cents).padStart(2, '0').replace(/0$/, '');
  return (value < 0 && rounded > 0 ? '-' : '') + grouped + fraction;
}

/** Whole hours as reported everywhere: rounded down (within the comparison tolerance). */
export function wholeHours(hours: number): number {
  return Math.floor(hours + HOURS_TOLERANCE);
}

export const numberEn = (value: number): string => formatNumber(value, ',', '.');
export const numberFr = (value: number): string => formatNumber(value, '\u00a0', ',');
export const hoursEn = (hours: number): string => numberEn(wholeHours(hours));
export const hoursFr = (hours: number): string => numberFr(wholeHours(hours));
export const day = (value: DayNumber): IsoDate => toIsoDate(value);

export function both(en: string, fr: string): Bilingual {
  return { en, fr };
}

/** Joins non-empty sentences. */
export function sentences(...parts: readonly (Bilingual | null)[]): Bilingual {
  const present = parts.filter((part): part is Bilingual => part !== null);
  return {
    en: present.map((part) => part.en).join(' '),
    fr: present.map((part) => part.fr).join(' '),
  };
}

const TEST_NAMES: Record<LanguageTestType, string> = {
  IELTS_GENERAL_TRAINING: 'IELTS General Training',
  CELPIP_GENERAL: 'CELPIP-General',
  PTE_CORE: 'PTE Core',
  TEF_CANADA: 'TEF Canada',
  TCF_CANADA: 'TCF Canada',
};

export function testName(test: LanguageTestType): string {
  return TEST_NAMES[test];
}

export function clbListEn(levels: ClbLevels): string {
  return `reading ${levels.reading}, writing ${levels.writing}, listening ${levels.listening}, speaking ${levels.speaking}`;
}

export function clbListFr(levels: ClbLevels): string {
  return `compréhension de l'écrit ${levels.reading}, expression écrite ${levels.writing}, compréhension de l'oral ${levels.listening}, expression orale ${levels.speaking}`;
}
