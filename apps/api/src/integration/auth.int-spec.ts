import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { MAX_FAILED_LOGINS } from '@intake/api/core';
import { FEATURE_MODULES } from '../app/app.module';

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(FEATURE_MODULES, { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => t.close());

  const sessionCookie = (headers: Record<string, unknown>) =>
    ([] as string[])
      .concat((headers['set-cookie'] as string[] | undefined) ?? [])
      .find((c) => c.startsWith('sid='));

  it('signs in with the right password and answers /me with the user', async () => {
    const { email, password, user } = await createUser(t.app, { role: 'lawyer' });
    const client = new ApiClient(t.http);
    const login = await client.login(email.toUpperCase(), password);
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual(expect.objectContaining({ id: user.id, email, role: 'lawyer' }));
    const cookie = sessionCookie(login.headers);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const { email } = await createUser(t.app);
    const client = new ApiClient(t.http);
    const wrong = await client.login(email, 'not-the-password');
    const unknown = await client.login('nobody@firm.test', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('issues a new session id at sign-in', async () => {
    const { email, password } = await createUser(t.app);
    const client = new ApiClient(t.http);
    await client.login(email, password);
    const first = (await client.get('/api/auth/me')).status;
    const before = sessionCookie((await client.login(email, password)).headers);
    const after = sessionCookie((await client.login(email, password)).headers);
    expect(first).toBe(200);
    expect(before?.split(';')[0]).not.toEqual(after?.split(';')[0]);
  });

  it('locks the account after five failures, even for the right password, then counts it', async () => {
    const { email, password, user } = await createUser(t.app);
    const client = new ApiClient(t.http);
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      expect((await client.login(email, 'wrong-password-1')).status).toBe(401);
    }
    expect((await client.login(email, password)).status).toBe(401);
    const [row] = await t.dataSource.query(
      `SELECT locked_until > now() + interval '14 minutes' AS locked FROM users WHERE id = $1`,
      [user.id],
    );
    expect(row.locked).toBe(true);
    const actions = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`,
      [user.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'user.create',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.account_locked',
      'auth.login_refused_locked',
    ]);
    await t.dataSource.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      user.id,
    ]);
    expect((await client.login(email, password)).status).toBe(200);
  });

  it('refuses a state-changing request without the CSRF header, and sets the cookie on the refusal', async () => {
    const { email, password } = await createUser(t.app);
    const response = await import('supertest').then(({ default: request }) =>
      request(t.http).post('/api/auth/login').send({ email, password }),
    );
    expect(response.status).toBe(403);
    expect(response.body.type).toMatch(/csrf$/);
    expect(String(response.headers['set-cookie'])).toMatch(/XSRF-TOKEN=/);
  });

  it('refuses a forged CSRF token', async () => {
    const { default: request } = await import('supertest');
    const response = await request(t.http)
      .post('/api/auth/login')
      .set('Cookie', 'XSRF-TOKEN=abc.def')
      .set('X-XSRF-TOKEN', 'abc.def')
      .send({ email: 'a@b.ca', password: 'x' });
    expect(response.status).toBe(403);
  });

  it('ends the session at logout', async () => {
    const { email, password } = await createUser(t.app);
    const client = new ApiClient(t.http);
    await client.login(email, password);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a deactivated user at once, on a session already open', async () => {
    const admin = await createUser(t.app, { role: 'admin' });
    const staff = await createUser(t.app, { role: 'paralegal' });
    const adminClient = new ApiClient(t.http);
    const staffClient = new ApiClient(t.http);
    await adminClient.login(admin.email, admin.password);
    await staffClient.login(staff.email, staff.password);
    expect((await staffClient.get('/api/auth/me')).status).toBe(200);
    const update = await adminClient.patch(`/api/users/${staff.user.id}`, { version: 1, active: false });
    expect(update.status).toBe(200);
    expect((await staffClient.get('/api/auth/me')).status).toBe(401);
    expect((await staffClient.login(staff.email, staff.password)).status).toBe(401);
  });

  it('changes the own password under the policy', async () => {
    const { email, password } = await createUser(t.app);
    const client = new ApiClient(t.http);
    await client.login(email, password);
    const short = await client.post('/api/auth/password', { currentPassword: password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ field: 'newPassword', message: 'must be at least 12 characters' }]);
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'a-brand-new-passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const ok = await client.post('/api/auth/password', {
      currentPassword: password,
      newPassword: 'a-brand-new-passphrase',
    });
    expect(ok.status).toBe(204);
    expect((await new ApiClient(t.http).login(email, password)).status).toBe(401);
    expect((await new ApiClient(t.http).login(email, 'a-brand-new-passphrase')).status).toBe(200);
  });

  it('remembers the preferred language of the user', async () => {
    const { email, password } = await createUser(t.app);
    const client = new ApiClient(t.http);
    await client.login(email, password);
    const response = await client.patch('/api/auth/me', { preferredLanguage: 'fr' });
    expect(response.body.user.preferredLanguage).toBe('fr');
    const again = await new ApiClient(t.http).login(email, password);
    expect(again.body.user.preferredLanguage).toBe('fr');
  });

  it('sets the session cookie to expire after the idle timeout', async () => {
    const { email, password } = await createUser(t.app);
    const login = await new ApiClient(t.http).login(email, password);
    const expires = /Expires=([^;]+)/.exec(sessionCookie(login.headers) ?? '')?.[1] ?? '';
    const seconds = (new Date(expires).getTime() - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(8 * 3600 - 60);
    expect(seconds).toBeLessThanOrEqual(8 * 3600);
  });
});

describe('per-IP sign-in rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(FEATURE_MODULES, { LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 past the limit, whatever the account', async () => {
    const client = new ApiClient(t.http);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await client.login(`someone${i}@firm.test`, 'whatever-password')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await client.get('/api/health')).status).toBe(200);
  });
});
