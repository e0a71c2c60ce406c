import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../problem/problem';

/** Error key whose value is a translation key, for errors decided by the client (e.g. 409). */
export const MESSAGE_KEY_ERROR = 'messageKey';

export interface FieldErrorMessage {
  /** A translation key, or the API's own message for errors that came with a problem. */
  key: string;
  params?: Record<string, string | number>;
}

function numberParam(value: unknown, property: string): number | undefined {
  if (typeof value === 'object' && value !== null && property in value) {
    const n: unknown = (value as Record<string, unknown>)[property];
    return typeof n === 'number' ? n : undefined;
  }
  return undefined;
}

/**
 * The API's field messages are English sentence fragments ("must be a valid e-mail address").
 * Known ones are shown translated; anything else is shown as the API wrote it.
 */
const KNOWN_SERVER_MESSAGES: readonly [RegExp, (match: RegExpMatchArray) => FieldErrorMessage][] = [
  [/^is required$|^should not be empty$/, () => ({ key: 'errors.required' })],
  [/^must be a valid e-mail address$|^must be an email$/, () => ({ key: 'errors.email' })],
  [
    /^must be (?:at least|longer than or equal to) (\d+) characters$/,
    (m) => ({ key: 'errors.minLength', params: { min: Number(m[1]) } }),
  ],
  [
    /^must be (?:at most|shorter than or equal to) (\d+) characters$/,
    (m) => ({ key: 'errors.maxLength', params: { max: Number(m[1]) } }),
  ],
  [/^is not your current password$/, () => ({ key: 'auth.changePassword.errors.wrongCurrent' })],
  [
    /^must differ from the current password$/,
    () => ({ key: 'auth.changePassword.errors.sameAsCurrent' }),
  ],
];

export function serverMessageToFieldError(message: string): FieldErrorMessage {
  for (const [pattern, toMessage] of KNOWN_SERVER_MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return toMessage(match);
    }
  }
  return { key: message };
}

/** The message to show for a control's errors (the first that applies), or null. */
export function fieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const messageKey: unknown = errors[MESSAGE_KEY_ERROR];
  if (typeof messageKey === 'string') {
    return { key: messageKey };
  }
  const server: unknown = errors[SERVER_ERROR_KEY];
  if (typeof server === 'string') {
    return serverMessageToFieldError(server);
  }
  if (errors['required']) {
    return { key: 'errors.required' };
  }
  if (errors['email']) {
    return { key: 'errors.email' };
  }
  if (errors['minlength']) {
    return {
      key: 'errors.minLength',
      params: { min: numberParam(errors['minlength'], 'requiredLength') ?? 0 },
    };
  }
  if (errors['maxlength']) {
    return {
      key: 'errors.maxLength',
      params: { max: numberParam(errors['maxlength'], 'requiredLength') ?? 0 },
    };
  }
  if (errors['mismatch']) {
    return { key: 'errors.passwordMismatch' };
  }
  return { key: 'errors.invalid' };
}

/**
 * `@let error = control.errors | fieldError;` then `{{ error?.key | translate: error?.params }}`.
 * Pure: Angular creates a new errors object whenever the errors change.
 */
@Pipe({ name: 'fieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return fieldErrorMessage(errors);
  }
}
