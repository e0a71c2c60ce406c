import { parseProblem } from '@intake/dashboard/core';
import type { Problem } from '@intake/shared/contracts';

/** An error to show the user: a translated message and, when the API gave one, its own words. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
  /** The API's explanation (why a change was refused), shown as written. */
  detail: string | null;
  /** Someone else changed the record: the page reloads it. */
  stale: boolean;
}

export function isStaleVersion(problem: Problem | null): boolean {
  return problem !== null && problem.status === 409 && /(^|\/)stale-version$/.test(problem.type);
}

const STATUS_KEYS: Readonly<Record<number, string>> = {
  400: 'consultations.errors.invalid',
  403: 'consultations.errors.forbidden',
  404: 'consultations.errors.gone',
  409: 'consultations.errors.refused',
};

function explanation(problem: Problem): string | null {
  if (problem.errors?.length) {
    return problem.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
  }
  return problem.detail ?? null;
}

/**
 * What the user is told about a failed request. Errors that are not HTTP answers are
 * programming errors and are thrown again.
 */
export function noticeFor(error: unknown): Notice {
  const problem = parseProblem(error);
  if (!problem) {
    throw error;
  }
  if (isStaleVersion(problem)) {
    return { key: 'consultations.errors.stale', detail: null, stale: true };
  }
  if (problem.status === 0) {
    return { key: 'errors.network', detail: null, stale: false };
  }
  const key = STATUS_KEYS[problem.status];
  return key
    ? { key, detail: explanation(problem), stale: false }
    : { key: 'errors.generic', detail: null, stale: false };
}

/** A message decided in the browser. */
export function localNotice(key: string, params?: Record<string, string | number>): Notice {
  return { key, params, detail: null, stale: false };
}
