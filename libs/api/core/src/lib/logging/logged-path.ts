/**
 * Paths whose segment after the prefix is a secret (the private link of a booking): logged as
 * `:token`, so that anyone reading the logs cannot use the link.
 */
const SECRET_SEGMENTS = [/^(\/api\/public\/bookings\/)[^/]+/];

/** The path of a request as the log may show it: no query string, no secret in it. */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  return SECRET_SEGMENTS.reduce((shown, pattern) => shown.replace(pattern, '$1:token'), path);
}
