import { Pipe, type PipeTransform } from '@angular/core';
import { type AbstractControl, FormControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import {
  type FieldErrorMessage,
  SERVER_ERROR_KEY,
  fieldErrorMessage,
  serverMessageToFieldError,
  toFormPath,
} from '@intake/dashboard/core';
import type { FieldError, Problem } from '@intake/shared/contracts';
import { isCountryCode } from './countries';

/**
 * Puts the field errors of a section save (`items[1].noc`, `items[0].languageTest.reading`) on
 * the controls of the section's form array: `items[i].field` → row i, control `field`.
 * `aliases` renames a row field whose control has another name (e.g. `permitNumber` →
 * `newPermitNumber`). Each matched control gets `{ server: message }` and is marked touched.
 * Returns the errors that matched no control, to be shown above the section.
 */
export function applySectionProblem(
  form: AbstractControl,
  problem: Problem | null,
  aliases: Readonly<Record<string, string>> = {},
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of problem?.errors ?? []) {
    const path = toFormPath(error.field)
      .split('.')
      .map((segment, i, all) => (i === all.length - 1 ? (aliases[segment] ?? segment) : segment))
      .join('.');
    // `otherNames[1]` has no control of its own: the error goes on the list control.
    const list = form.get(path.replace(/(\.\d+)+$/, ''));
    const control = form.get(path) ?? (list instanceof FormControl ? list : null);
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: error.message });
    control.markAsTouched();
  }
  return unmatched;
}

/** API messages of the intake rules, translated; others go to the shared translations. */
const INTAKE_MESSAGES: readonly [RegExp, (match: RegExpMatchArray) => FieldErrorMessage][] = [
  [/^must be a date written YYYY-MM-DD$|^is not a date on the calendar$/, () => ({ key: 'clients.errors.date' })],
  [/^cannot be in the future$/, () => ({ key: 'clients.errors.future' })],
  [/^must be on or after \w+$/, () => ({ key: 'clients.errors.dateOrder' })],
  [
    /^must be between ([\d.]+) and ([\d.]+) in steps of ([\d.]+)/,
    (m) => ({ key: 'clients.errors.scoreScale', params: { min: m[1], max: m[2], step: m[3] } }),
  ],
  [/^is not a NOC 2021 unit group$/, () => ({ key: 'clients.errors.nocUnknown' })],
  [/^must be a 5-digit NOC 2021 code$/, () => ({ key: 'clients.errors.nocFormat' })],
  [/^must be (?:an )?ISO 3166 country codes?$/, () => ({ key: 'clients.errors.country' })],
  [/^must be a phone number$/, () => ({ key: 'clients.errors.phone' })],
  [/^must be 3 to 40 letters or digits$/, () => ({ key: 'clients.errors.documentNumber' })],
  [/^is required to waive a conflict$/, () => ({ key: 'clients.errors.waiverReason' })],
  [/^must not be less than ([\d.]+)$/, (m) => ({ key: 'clients.errors.min', params: { min: m[1] } })],
  [/^must not be greater than ([\d.]+)$/, (m) => ({ key: 'clients.errors.max', params: { max: m[1] } })],
];

export function intakeServerMessage(message: string): FieldErrorMessage {
  for (const [pattern, toMessage] of INTAKE_MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return toMessage(match);
    }
  }
  return serverMessageToFieldError(message);
}

function numberParam(value: unknown, property: string): number | undefined {
  if (typeof value === 'object' && value !== null && property in value) {
    const n: unknown = (value as Record<string, unknown>)[property];
    return typeof n === 'number' ? n : undefined;
  }
  return undefined;
}

/** Client-side error keys of this feature, in the order they are reported. */
const LOCAL_ERRORS: readonly [string, (value: unknown) => FieldErrorMessage][] = [
  ['isoDate', () => ({ key: 'clients.errors.date' })],
  ['futureDate', () => ({ key: 'clients.errors.future' })],
  ['dateOrder', () => ({ key: 'clients.errors.dateOrder' })],
  ['nocFormat', () => ({ key: 'clients.errors.nocFormat' })],
  ['country', () => ({ key: 'clients.errors.country' })],
  ['phone', () => ({ key: 'clients.errors.phone' })],
  ['documentNumber', () => ({ key: 'clients.errors.documentNumber' })],
  ['waiverReason', () => ({ key: 'clients.errors.waiverReason' })],
  ['min', (e) => ({ key: 'clients.errors.min', params: { min: numberParam(e, 'min') ?? 0 } })],
  ['max', (e) => ({ key: 'clients.errors.max', params: { max: numberParam(e, 'max') ?? 0 } })],
];

/** The message to show under a field of the intake forms (first error that applies), or null. */
export function clientFieldError(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const server: unknown = errors[SERVER_ERROR_KEY];
  if (typeof server === 'string') {
    return intakeServerMessage(server);
  }
  if (errors['required']) {
    return { key: 'errors.required' };
  }
  for (const [key, toMessage] of LOCAL_ERRORS) {
    if (errors[key]) {
      return toMessage(errors[key]);
    }
  }
  return fieldErrorMessage(errors);
}

/**
 * `@let error = control.errors | clientFieldError;` then
 * `<mat-error>{{ error?.key | translate: error?.params }}</mat-error>`.
 */
@Pipe({ name: 'clientFieldError' })
export class ClientFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return clientFieldError(errors);
  }
}

// ---------- validators ----------

const PHONE = /^[+()0-9 .-]{7,30}$/;
const NOC_CODE = /^\d{5}$/;
const DOCUMENT_NUMBER = /^[A-Za-z0-9 -]{3,40}$/;

function textValidator(pattern: RegExp, error: string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value?.trim() ?? '';
    return value === '' || pattern.test(value) ? null : { [error]: true };
  };
}

/** Empty, or what the API takes as a phone number. */
export const phoneValidator = textValidator(PHONE, 'phone');
/** Empty, or a 5-digit NOC 2021 code. */
export const nocCodeValidator = textValidator(NOC_CODE, 'nocFormat');
export const documentNumberValidator = textValidator(DOCUMENT_NUMBER, 'documentNumber');

/** Empty, or an ISO 3166-1 alpha-2 code. */
export const countryValidator: ValidatorFn = (
  control: AbstractControl<string | null>,
): ValidationErrors | null => {
  const value = control.value ?? '';
  return value === '' || isCountryCode(value) ? null : { country: true };
};

/**
 * On a row group: `end` must not be before `start` (both `YYYY-MM-DD`). The error goes on the
 * end control, where the user fixes it.
 */
export function dateOrderValidator(startKey: string, endKey: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const start: unknown = group.get(startKey)?.value;
    const endControl = group.get(endKey);
    const end: unknown = endControl?.value;
    if (!endControl) {
      return null;
    }
    const wrong = typeof start === 'string' && typeof end === 'string' && start !== '' && end !== '' && end < start;
    const has = endControl.hasError('dateOrder');
    if (wrong && !has) {
      endControl.setErrors({ ...(endControl.errors ?? {}), dateOrder: true });
    } else if (!wrong && has) {
      const { dateOrder: _removed, ...rest } = endControl.errors ?? {};
      endControl.setErrors(Object.keys(rest).length ? rest : null);
    }
    return null;
  };
}
