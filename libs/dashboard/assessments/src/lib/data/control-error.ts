import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { type FieldErrorMessage, fieldErrorMessage } from '@intake/dashboard/core';

/**
 * The engine's field messages that are worth translating; anything else is shown as the API
 * wrote it (English), which is still precise.
 */
const ENGINE_MESSAGES: readonly [RegExp, (m: RegExpMatchArray) => FieldErrorMessage][] = [
  [/^must be a (?:calendar )?date written YYYY-MM-DD$/, () => ({ key: 'assessments.fieldErrors.date' })],
  [/^(\S+) is not a NOC 2021 unit group$/, (m) => ({ key: 'assessments.fieldErrors.noc', params: { noc: m[1] } })],
  [/^must not be after today \((\d{4}-\d{2}-\d{2})\)$/, (m) => ({ key: 'assessments.fieldErrors.future', params: { today: m[1] } })],
  [/^must not be after (\d{4}-\d{2}-\d{2}) \(5 years after today\)$/, (m) => ({ key: 'assessments.fieldErrors.tooFarAhead', params: { date: m[1] } })],
  [/^must be a number$/, () => ({ key: 'assessments.fieldErrors.number' })],
];

export function controlErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const server: unknown = errors['server'];
  if (typeof server === 'string') {
    for (const [pattern, toMessage] of ENGINE_MESSAGES) {
      const match = server.match(pattern);
      if (match) {
        return toMessage(match);
      }
    }
  }
  if (errors['pattern'] && typeof server !== 'string') {
    return { key: 'assessments.fieldErrors.format' };
  }
  return fieldErrorMessage(errors);
}

/** `@let e = control.errors | controlError;` then `{{ e?.key | translate: e?.params }}`. */
@Pipe({ name: 'controlError' })
export class ControlErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return controlErrorMessage(errors);
  }
}
