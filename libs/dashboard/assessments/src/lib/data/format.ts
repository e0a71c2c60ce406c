import { Pipe, type PipeTransform } from '@angular/core';
import type { Language } from '@intake/shared/contracts';

const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 2 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2 }),
};

/** A number written for the UI language (`4,697` / `4 697`); the value itself is never rounded further than 2 decimals. */
export function formatNumber(value: number, language: Language): string {
  return NUMBER_FORMATS[language].format(value);
}

/** A difference with its sign: `+12`, `−3` (minus sign), `0`. */
export function formatSigned(value: number, language: Language): string {
  const magnitude = formatNumber(Math.abs(value), language);
  if (value > 0) {
    return `+${magnitude}`;
  }
  return value < 0 ? `\u2212${magnitude}` : magnitude;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date `YYYY-MM-DD` of a moment (default: now). */
export function isoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO timestamp as local `YYYY-MM-DD HH:mm` (unambiguous in English and French). */
export function formatDateTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) {
    return timestamp;
  }
  return `${isoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `{{ value | localNumber: language() }}` */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, language: Language): string {
    return value === null || value === undefined ? '' : formatNumber(value, language);
  }
}

/** `{{ delta | signedNumber: language() }}` */
@Pipe({ name: 'signedNumber' })
export class SignedNumberPipe implements PipeTransform {
  transform(value: number, language: Language): string {
    return formatSigned(value, language);
  }
}

/** `{{ createdAt | dateTime }}` */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string): string {
    return formatDateTime(value);
  }
}
