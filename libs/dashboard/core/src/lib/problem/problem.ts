import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import type { FieldError, MoveRefusalCode, Problem } from '@intake/shared/contracts';

/** Error key set on a form control that received a message from the API. */
export const SERVER_ERROR_KEY = 'server';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  const errors: FieldError[] = [];
  for (const entry of value) {
    if (
      isRecord(entry) &&
      typeof entry['field'] === 'string' &&
      typeof entry['message'] === 'string'
    ) {
      errors.push({ field: entry['field'], message: entry['message'] });
    }
  }
  return errors;
}

/**
 * Turns any error thrown by HttpClient into an RFC 9457 problem. Bodies that are not
 * problem+json (proxy error pages, network failures) become a minimal problem carrying the
 * HTTP status, so callers can always branch on `status`. Returns null for non-HTTP errors.
 */
export function parseProblem(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      body = null;
    }
  }
  const fallback: Problem = {
    type: 'about:blank',
    title: error.statusText || 'Error',
    status: error.status,
  };
  if (!isRecord(body)) {
    return fallback;
  }
  const problem: Problem = {
    type: typeof body['type'] === 'string' ? body['type'] : fallback.type,
    title: typeof body['title'] === 'string' ? body['title'] : fallback.title,
    status: typeof body['status'] === 'number' ? body['status'] : error.status,
  };
  if (typeof body['detail'] === 'string') {
    problem.detail = body['detail'];
  }
  const errors = toFieldErrors(body['errors']);
  if (errors && errors.length > 0) {
    problem.errors = errors;
  }
  const refusal = body['refusal'];
  if (isRecord(refusal) && typeof refusal['code'] === 'string') {
    problem.refusal = {
      code: refusal['code'] as MoveRefusalCode,
      ...(typeof refusal['count'] === 'number' ? { count: refusal['count'] } : {}),
    };
  }
  return problem;
}

/** True when the API rejected a request because the CSRF token was missing or stale. */
export function isCsrfProblem(problem: Problem | null): boolean {
  if (!problem || problem.status !== 403) {
    return false;
  }
  return /csrf|xsrf/i.test(problem.type) || /csrf|xsrf/i.test(problem.title);
}

/** API field paths use `work[1].noc`; Angular forms use `work.1.noc`. */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Puts the `errors[]` of a problem on the matching controls of a form (`field` may be a path
 * such as `address.city` or `work[1].noc`). Each matched control gets the error `{ server: message }`, which
 * Angular clears again as soon as the user edits the value. Returns the errors that matched no
 * control, so the caller can show them at form level.
 */
export function applyProblemToForm(
  form: AbstractControl,
  problem: Problem | null,
  fieldAliases: Readonly<Record<string, string>> = {},
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of problem?.errors ?? []) {
    const path = fieldAliases[error.field] ?? toFormPath(error.field);
    const control = path ? form.get(path) : null;
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: error.message });
    control.markAsTouched();
  }
  return unmatched;
}

/** The message the API attached to a control, if any. */
export function serverErrorOf(control: AbstractControl | null): string | null {
  const value: unknown = control?.errors?.[SERVER_ERROR_KEY];
  return typeof value === 'string' ? value : null;
}
