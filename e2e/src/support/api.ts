import type { APIRequestContext } from '@playwright/test';

/** Signs a request context in (CSRF cookie first, as the dashboard does). */
export async function login(request: APIRequestContext, email: string, password: string): Promise<void> {
  await request.get('/api/auth/csrf');
  const response = await send(request, 'post', '/api/auth/login', { email, password });
  if (!response.ok()) throw new Error(`login ${email}: ${response.status()}`);
}

/** A state-changing call with the X-XSRF-TOKEN header the API requires. */
export async function send(
  request: APIRequestContext,
  method: 'post' | 'put' | 'patch' | 'delete',
  url: string,
  data?: object,
) {
  const state = await request.storageState();
  let token = state.cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
  if (!token) {
    await request.get('/api/auth/csrf');
    token = (await request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
  }
  return request[method](url, { data, headers: { 'X-XSRF-TOKEN': decodeURIComponent(token ?? '') } });
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

/** Creates a staff account as the signed-in admin. */
export async function createUser(
  admin: APIRequestContext,
  user: { email: string; name: string; role: 'admin' | 'lawyer' | 'paralegal'; password: string },
): Promise<{ id: string }> {
  const response = await send(admin, 'post', '/api/users', user);
  if (response.status() !== 201) throw new Error(`create user: ${response.status()} ${await response.text()}`);
  return response.json();
}
