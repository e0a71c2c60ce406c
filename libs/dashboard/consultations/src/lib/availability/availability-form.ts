import { Pipe, type PipeTransform } from '@angular/core';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type FieldErrorMessage,
  SERVER_ERROR_KEY,
  fieldErrorMessage,
  serverMessageToFieldError,
} from '@intake/dashboard/core';
import type {
  AvailabilityExceptionDto,
  PutAvailabilityRequest,
  StaffAvailabilityDto,
} from '@intake/shared/contracts';

/** Local times as the API takes them: `HH:MM`, 00:00 to 23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export type RangeForm = FormGroup<{ start: FormControl<string>; end: FormControl<string> }>;
export type DayForm = FormGroup<{ ranges: FormArray<RangeForm> }>;
export type ExceptionForm = FormGroup<{
  date: FormControl<string>;
  off: FormControl<boolean>;
  start: FormControl<string>;
  end: FormControl<string>;
}>;
export type AvailabilityForm = FormGroup<{
  days: FormArray<DayForm>;
  exceptions: FormArray<ExceptionForm>;
}>;

const timeValidators = [Validators.required, Validators.pattern(TIME_PATTERN)];

/** `{ isoDate: true }` unless a real `YYYY-MM-DD` day. */
const dateValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(control.value ?? '');
  if (!match) {
    return control.value ? { isoDate: true } : null;
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? null : { isoDate: true };
};

export function rangeForm(start = '', end = ''): RangeForm {
  return new FormGroup({
    start: new FormControl(start, { nonNullable: true, validators: timeValidators }),
    end: new FormControl(end, { nonNullable: true, validators: timeValidators }),
  });
}

export function exceptionForm(exception?: AvailabilityExceptionDto): ExceptionForm {
  const off = exception ? exception.start === null || exception.end === null : true;
  const group: ExceptionForm = new FormGroup({
    date: new FormControl(exception?.date ?? '', {
      nonNullable: true,
      validators: [Validators.required, dateValidator],
    }),
    off: new FormControl(off, { nonNullable: true }),
    start: new FormControl(exception?.start ?? '', {
      nonNullable: true,
      validators: timeValidators,
    }),
    end: new FormControl(exception?.end ?? '', { nonNullable: true, validators: timeValidators }),
  });
  setExceptionOff(group, off);
  return group;
}

/** A day off has no hours: its time fields are disabled (and not validated). */
export function setExceptionOff(group: ExceptionForm, off: boolean): void {
  for (const control of [group.controls.start, group.controls.end]) {
    if (off) {
      control.disable({ emitEvent: false });
    } else {
      control.enable({ emitEvent: false });
    }
  }
}

/** Seven days (Monday first) with their ranges, and the exceptions, from the API's answer. */
export function availabilityForm(availability: StaffAvailabilityDto | null): AvailabilityForm {
  const days = Array.from({ length: 7 }, (_, i) => {
    const ranges = (availability?.weeklyHours ?? [])
      .filter((h) => h.weekday === i + 1)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((h) => rangeForm(h.start, h.end));
    return new FormGroup({ ranges: new FormArray(ranges) });
  });
  return new FormGroup({
    days: new FormArray(days),
    exceptions: new FormArray((availability?.exceptions ?? []).map((e) => exceptionForm(e))),
  });
}

export interface AvailabilityBody {
  body: PutAvailabilityRequest;
  /** API field (`weeklyHours[3].end`) → form path (`days.1.ranges.0.end`). */
  aliases: Record<string, string>;
}

/**
 * The PUT body (weekly hours flattened Monday to Sunday, exceptions in the form's order) and
 * where each of its fields lives in the form, to put the API's field errors under the fields.
 */
export function availabilityBody(form: AvailabilityForm): AvailabilityBody {
  const aliases: Record<string, string> = {};
  const weeklyHours: PutAvailabilityRequest['weeklyHours'] = [];
  form.controls.days.controls.forEach((day, d) => {
    day.controls.ranges.controls.forEach((range, r) => {
      const field = `weeklyHours[${weeklyHours.length}]`;
      const path = `days.${d}.ranges.${r}`;
      aliases[field] = path;
      aliases[`${field}.weekday`] = path;
      aliases[`${field}.start`] = `${path}.start`;
      aliases[`${field}.end`] = `${path}.end`;
      const value = range.getRawValue();
      weeklyHours.push({ weekday: d + 1, start: value.start, end: value.end });
    });
  });
  const exceptions = form.controls.exceptions.controls.map((group) => {
    const value = group.getRawValue();
    return value.off
      ? { date: value.date, start: null, end: null }
      : { date: value.date, start: value.start, end: value.end };
  });
  return { body: { weeklyHours, exceptions }, aliases };
}

const KNOWN_MESSAGES: readonly [RegExp, (match: RegExpMatchArray) => FieldErrorMessage][] = [
  [/^must be after start$/, () => ({ key: 'consultations.availability.errors.endBeforeStart' })],
  [/^overlaps /, () => ({ key: 'consultations.availability.errors.overlaps' })],
  [
    /^must be a local time written HH:MM/,
    () => ({ key: 'consultations.availability.errors.time' }),
  ],
  [
    /^is not a day of the calendar$|^must be a date written YYYY-MM-DD$/,
    () => ({ key: 'consultations.availability.errors.date' }),
  ],
  [
    /^is required with the other time/,
    () => ({ key: 'consultations.availability.errors.bothTimes' }),
  ],
  [
    /^(\d{4}-\d{2}-\d{2}) is both off and open$/,
    (m) => ({ key: 'consultations.availability.errors.offAndOpen', params: { date: m[1] } }),
  ],
  [/^must be lowercase letters, digits and _/, () => ({ key: 'consultations.types.errors.code' })],
  [
    /^must not be (less|greater) than (\d+)$/,
    (m) => ({
      key:
        m[1] === 'less'
          ? 'consultations.availability.errors.min'
          : 'consultations.availability.errors.max',
      params: { value: Number(m[2]) },
    }),
  ],
];

/** The API's messages for availability fields, translated; others as core translates them. */
export function availabilityMessage(message: string): FieldErrorMessage {
  for (const [pattern, toMessage] of KNOWN_MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return toMessage(match);
    }
  }
  return serverMessageToFieldError(message);
}

/** The message for a control's errors: the API's (translated when known), or the browser's. */
export function availabilityFieldError(
  errors: ValidationErrors | null | undefined,
  patternKey = 'consultations.availability.errors.time',
): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const server: unknown = errors[SERVER_ERROR_KEY];
  if (typeof server === 'string') {
    return availabilityMessage(server);
  }
  if (errors['pattern']) {
    return { key: patternKey };
  }
  if (errors['isoDate']) {
    return { key: 'consultations.availability.errors.date' };
  }
  if (errors['min']) {
    const min: unknown = (errors['min'] as { min?: unknown }).min;
    return { key: 'consultations.availability.errors.min', params: { value: Number(min) } };
  }
  if (errors['max']) {
    const max: unknown = (errors['max'] as { max?: unknown }).max;
    return { key: 'consultations.availability.errors.max', params: { value: Number(max) } };
  }
  if (errors['modes']) {
    return { key: 'consultations.types.errors.modes' };
  }
  return fieldErrorMessage(errors);
}

/**
 * `@let e = control.errors | availabilityError;` then `{{ e?.key | translate: e?.params }}`;
 * the argument names the message for a value of the wrong form (a time by default).
 */
@Pipe({ name: 'availabilityError' })
export class AvailabilityErrorPipe implements PipeTransform {
  transform(
    errors: ValidationErrors | null | undefined,
    patternKey?: string,
  ): FieldErrorMessage | null {
    return availabilityFieldError(errors, patternKey);
  }
}

/** "Monday" / "lundi" for ISO weekday 1 … 7. */
export function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(`${language}-CA`, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}
