import { AccountsService, DEV_ADMIN_EMAIL, UserEntity } from '@intake/api/core';
import { ApiClient, createTestApp, type TestApp } from '@intake/testing';

describe('the first user', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp([]);
  });
  afterEach(() => t.close());

  const users = () => t.dataSource.getRepository(UserEntity).find();

  it('in production without ADMIN_EMAIL, creates nobody', async () => {
    await t.app.get(AccountsService).ensureFirstUser({ production: true });
    expect(await users()).toEqual([]);
  });

  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD when they are set', async () => {
    await t.app
      .get(AccountsService)
      .ensureFirstUser({ adminEmail: 'Boss@Firm.test', adminPassword: 'a-strong-password', production: true });
    const [admin] = await users();
    expect(admin).toEqual(expect.objectContaining({ email: 'boss@firm.test', role: 'admin', defaultPassword: false }));
    expect((await new ApiClient(t.http).login('boss@firm.test', 'a-strong-password')).status).toBe(200);
  });

  it('in development is the well-known admin, flagged until its password changes', async () => {
    const accounts = t.app.get(AccountsService);
    await accounts.ensureFirstUser({ production: false });
    await accounts.ensureFirstUser({ production: false });
    const all = await users();
    expect(all).toHaveLength(1);
    expect(all[0]).toEqual(expect.objectContaining({ email: DEV_ADMIN_EMAIL, defaultPassword: true }));
    const client = new ApiClient(t.http);
    const login = await client.login(DEV_ADMIN_EMAIL, 'change-me-now');
    expect(login.body.user.mustChangePassword).toBe(true);
    const changed = await client.post('/api/auth/password', {
      currentPassword: 'change-me-now',
      newPassword: 'my-own-passphrase',
    });
    expect(changed.body).toEqual({});
    expect(changed.status).toBe(204);
    expect((await client.get('/api/auth/me')).body.user.mustChangePassword).toBe(false);
  });
});
