/** Relative API paths. The dashboard is served from the same origin as the API. */
export const API = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  csrf: '/api/auth/csrf',
  password: '/api/auth/password',
  users: '/api/users',
} as const;

/** Cookie set by the API and echoed back as a header on every state-changing request. */
export const XSRF_COOKIE_NAME = 'XSRF-TOKEN';
export const XSRF_HEADER_NAME = 'X-XSRF-TOKEN';

/** Where a signed-in user lands when no (safe) return URL is known. */
export const DEFAULT_AUTHENTICATED_URL = '/clients';
export const LOGIN_URL = '/login';
export const FORBIDDEN_URL = '/forbidden';
