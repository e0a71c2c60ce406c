import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { type FieldErrorMessage, fieldErrorMessage } from '@intake/dashboard/core';

/** The message for a date field: not a day, in the future, or any other error. */
export function dateErrorMessage(
  errors: ValidationErrors | null | undefined,
): FieldErrorMessage | null {
  if (errors?.['futureDate']) {
    return { key: 'cases.page.errors.futureDate' };
  }
  if (errors?.['isoDate']) {
    return { key: 'cases.page.errors.date' };
  }
  return fieldErrorMessage(errors);
}

/** `@let error = control.errors | dateError;` (pure: Angular makes a new errors object on change). */
@Pipe({ name: 'dateError' })
export class DateErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return dateErrorMessage(errors);
  }
}
