import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { UsersModule } from './users.module';

describe('/api/users', () => {
  let t: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await createTestApp([UsersModule]);
    const account = await createUser(t.app, { role: 'admin' });
    admin = new ApiClient(t.http);
    await admin.login(account.email, account.password);
  });
  afterAll(() => t.close());

  const newUser = (overrides: object = {}) => ({
    email: `person${Math.random().toString(36).slice(2, 8)}@firm.test`,
    name: 'A Person',
    role: 'paralegal',
    password: 'twelve-chars-ok',
    ...overrides,
  });

  it('creates a user the new user can sign in as', async () => {
    const body = newUser({ preferredLanguage: 'fr' });
    const created = await admin.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({ email: body.email, role: 'paralegal', active: true, preferredLanguage: 'fr', version: 1 }),
    );
    expect(created.body).not.toHaveProperty('passwordHash');
    expect((await new ApiClient(t.http).login(body.email, body.password)).status).toBe(200);
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    const body = newUser();
    await admin.post('/api/users', body);
    const again = await admin.post('/api/users', { ...body, email: body.email.toUpperCase() });
    expect(again.status).toBe(409);
  });

  it('names every invalid field', async () => {
    const response = await admin.post('/api/users', { email: 'not-an-email', name: '', role: 'boss', password: 'short', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'extra',
      'name',
      'password',
      'role',
    ]);
  });

  it('pages and searches the list', async () => {
    for (let i = 0; i < 3; i += 1) await admin.post('/api/users', newUser({ name: `Zed Pager ${i}` }));
    const page = await admin.get('/api/users?q=zed%20pager&limit=2');
    expect(page.body.total).toBe(3);
    expect(page.body.items).toHaveLength(2);
    const next = await admin.get('/api/users?q=zed%20pager&limit=2&offset=2');
    expect(next.body.items).toHaveLength(1);
    expect((await admin.get('/api/users?limit=500')).status).toBe(400);
  });

  it('changes a role, and answers 409 to a stale version without changing anything', async () => {
    const { body: user } = await admin.post('/api/users', newUser());
    const promoted = await admin.patch(`/api/users/${user.id}`, { version: user.version, role: 'lawyer' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toEqual(expect.objectContaining({ role: 'lawyer', version: 2 }));
    const stale = await admin.patch(`/api/users/${user.id}`, { version: user.version, role: 'admin' });
    expect(stale.status).toBe(409);
    expect((await admin.get(`/api/users/${user.id}`)).body.role).toBe('lawyer');
  });

  it('resets a password and ends the sessions of that user', async () => {
    const body = newUser();
    const { body: user } = await admin.post('/api/users', body);
    const session = new ApiClient(t.http);
    await session.login(body.email, body.password);
    expect((await admin.post(`/api/users/${user.id}/password`, { password: 'a-fresh-password' })).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(t.http).login(body.email, 'a-fresh-password')).status).toBe(200);
  });

  it('is closed to lawyers and paralegals', async () => {
    for (const role of ['lawyer', 'paralegal'] as const) {
      const account = await createUser(t.app, { role });
      const client = new ApiClient(t.http);
      await client.login(account.email, account.password);
      expect((await client.get('/api/users')).status).toBe(403);
      expect((await client.post('/api/users', newUser())).status).toBe(403);
    }
    expect((await new ApiClient(t.http).get('/api/users')).status).toBe(401);
  });

  it('lists active colleagues by name for any staff member', async () => {
    const account = await createUser(t.app, { role: 'paralegal', name: 'Aaron Paralegal' });
    const client = new ApiClient(t.http);
    await client.login(account.email, account.password);
    const staff = await client.get('/api/staff');
    expect(staff.status).toBe(200);
    expect(staff.body).toEqual(expect.arrayContaining([{ id: account.user.id, name: 'Aaron Paralegal', role: 'paralegal' }]));
    expect(Object.keys(staff.body[0]).sort()).toEqual(['id', 'name', 'role']);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await admin.get('/api/users/7d4a3c1e-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/api/users/not-a-uuid')).status).toBe(400);
  });
});
