import { DEFAULT_AUTHENTICATED_URL, LOGIN_URL } from '../config/api';

/**
 * Only same-application paths are accepted as return URLs (no `//host`, no schemes, not the
 * login page itself), so a crafted link cannot send a user elsewhere after signing in.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (
    !candidate ||
    !candidate.startsWith('/') ||
    candidate.startsWith('//') ||
    candidate.includes('\\')
  ) {
    return DEFAULT_AUTHENTICATED_URL;
  }
  if (
    candidate === LOGIN_URL ||
    candidate.startsWith(`${LOGIN_URL}?`) ||
    candidate.startsWith(`${LOGIN_URL}/`)
  ) {
    return DEFAULT_AUTHENTICATED_URL;
  }
  return candidate;
}

/** Query params for a redirect to the login page that remembers where the user was. */
export function loginQueryParams(
  returnUrl: string | null | undefined,
  expired = false,
): Record<string, string> {
  const params: Record<string, string> = {};
  if (expired) {
    params['expired'] = '1';
  }
  if (returnUrl && returnUrl !== '/' && safeReturnUrl(returnUrl) === returnUrl) {
    params['returnUrl'] = returnUrl;
  }
  return params;
}
