import { parseProblem } from '@intake/dashboard/core';
import type { Problem } from '@intake/shared/contracts';
import { refusalMessage } from '../data/refusals';

/** An error to show the user: a translated message and, when the API gave one, its own words. */
export interface CaseNotice {
  key: string;
  params?: Record<string, string | number>;
  /** The API's explanation (a guard's reason, a file check, field messages), shown as written. */
  detail: string | null;
  /** Someone else changed the record: the page reloads it. */
  stale: boolean;
}

export function isStaleVersion(problem: Problem): boolean {
  return problem.status === 409 && /(^|\/)stale-version$/.test(problem.type);
}

function explanation(problem: Problem): string | null {
  if (problem.errors?.length) {
    return problem.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
  }
  return problem.detail ?? null;
}

const STATUS_KEYS: Readonly<Record<number, string>> = {
  400: 'cases.page.errors.invalid',
  403: 'cases.page.errors.forbidden',
  404: 'cases.page.errors.gone',
  409: 'cases.page.errors.refused',
  413: 'cases.page.errors.tooLarge',
  415: 'cases.page.errors.unsupportedFile',
  422: 'cases.page.errors.unreadableFile',
};

/**
 * Turns an error from CasesApi into what the user is told. Errors that are not HTTP answers are
 * programming errors and are thrown again.
 */
export function noticeFor(error: unknown): CaseNotice {
  const problem = parseProblem(error);
  if (!problem) {
    throw error;
  }
  if (isStaleVersion(problem)) {
    return { key: 'cases.page.errors.stale', detail: null, stale: true };
  }
  if (problem.status === 0) {
    return { key: 'errors.network', detail: null, stale: false };
  }
  const refusal = refusalMessage(problem.refusal);
  if (refusal) {
    return { ...refusal, detail: null, stale: false };
  }
  const key = STATUS_KEYS[problem.status];
  return key
    ? { key, detail: explanation(problem), stale: false }
    : { key: 'errors.generic', detail: null, stale: false };
}

/** A message decided in the browser (no API answer). */
export function localNotice(key: string): CaseNotice {
  return { key, detail: null, stale: false };
}
