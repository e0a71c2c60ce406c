import { parseIsoDate, toDay, type DayNumber } from './dates';
import type { FieldError } from './errors';
import type { IsoDate } from './types';

/** Collects errors while reading an untrusted JSON value field by field. */
export class FieldReader {
  readonly errors: FieldError[] = [];

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** An object whose keys are all in `allowed`; unknown keys are errors. */
  object(
    value: unknown,
    field: string,
    allowed: readonly string[],
  ): Record<string, unknown> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field || '(body)', 'must be an object');
      return null;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail(join(field, key), 'unknown field');
    }
    return record;
  }

  array(value: unknown, field: string): unknown[] | null {
    if (value === undefined) {
      this.fail(field, 'is required (send an empty array if there is nothing)');
      return null;
    }
    if (!Array.isArray(value)) {
      this.fail(field, 'must be an array');
      return null;
    }
    return value;
  }

  boolean(value: unknown, field: string, required: boolean): boolean | undefined {
    if (value === undefined) {
      if (required) this.fail(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.fail(field, 'must be true or false');
      return undefined;
    }
    return value;
  }

  number(
    value: unknown,
    field: string,
    range: { min: number; max: number; integer?: boolean; minExclusive?: boolean },
  ): number | undefined {
    if (value === undefined) {
      this.fail(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(field, 'must be a number');
      return undefined;
    }
    const belowMin = range.minExclusive ? value <= range.min : value < range.min;
    if (belowMin || value > range.max) {
      const lower = range.minExclusive ? `more than ${range.min}` : `at least ${range.min}`;
      this.fail(field, `must be ${lower} and at most ${range.max}`);
      return undefined;
    }
    if (range.integer && !Number.isInteger(value)) {
      this.fail(field, 'must be a whole number');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    value: unknown,
    field: string,
    allowed: readonly T[],
    required = true,
  ): T | undefined {
    if (value === undefined) {
      if (required) this.fail(field, 'is required');
      return undefined;
    }
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) this.fail(field, `must be one of ${allowed.join(', ')}`);
    return found;
  }

  /** A real calendar date `YYYY-MM-DD`, optionally not after `notAfter`. */
  date(
    value: unknown,
    field: string,
    options: { required?: boolean; notAfter?: { day: DayNumber; label: string } } = {},
  ): IsoDate | undefined {
    if (value === undefined) {
      if (options.required !== false) this.fail(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || parseIsoDate(value) === null) {
      this.fail(field, 'must be a calendar date written YYYY-MM-DD');
      return undefined;
    }
    if (value < '1900-01-01') {
      this.fail(field, 'must not be before 1900-01-01');
      return undefined;
    }
    if (options.notAfter && toDay(value) > options.notAfter.day) {
      this.fail(field, `must not be after ${options.notAfter.label}`);
      return undefined;
    }
    return value;
  }

  /** A date or null (an open end). */
  dateOrNull(value: unknown, field: string, notBefore?: IsoDate): IsoDate | null | undefined {
    if (value === null) return null;
    if (value === undefined) {
      this.fail(field, 'is required (null when ongoing)');
      return undefined;
    }
    const date = this.date(value, field);
    if (date !== undefined && notBefore !== undefined && date < notBefore) {
      this.fail(field, `must not be before ${notBefore}`);
      return undefined;
    }
    return date;
  }
}

export function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

export function at(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
