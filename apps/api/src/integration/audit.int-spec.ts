import { DataSource } from 'typeorm';
import { AuditService, verifyAuditChain } from '@intake/api/core';
import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { FEATURE_MODULES } from '../app/app.module';

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(FEATURE_MODULES);
  });
  afterAll(() => t.close());

  async function signedIn(role: 'admin' | 'lawyer' | 'paralegal') {
    const account = await createUser(t.app, { role });
    const client = new ApiClient(t.http);
    await client.login(account.email, account.password);
    return { client, account };
  }

  it('records who changed what, with the request id and secrets redacted', async () => {
    const { client, account } = await signedIn('admin');
    const created = await client.post('/api/users', {
      email: 'New.Lawyer@Firm.test',
      name: 'New Lawyer',
      role: 'lawyer',
      password: 'a-long-enough-password',
    });
    expect(created.status).toBe(201);
    const [row] = await t.dataSource.query(
      `SELECT actor_id, action, entity_type, changes, request_id FROM audit_log
        WHERE entity_id = $1 AND action = 'user.create'`,
      [created.body.id],
    );
    expect(row.actor_id).toBe(account.user.id);
    expect(row.entity_type).toBe('user');
    expect(row.request_id).toBe(created.headers['x-request-id']);
    expect(row.changes.email).toEqual({ before: null, after: 'new.lawyer@firm.test' });
    expect(row.changes.password).toEqual({ before: null, after: '[redacted]' });
    expect(JSON.stringify(row.changes)).not.toContain('a-long-enough-password');
  });

  it('writes nothing when the change fails', async () => {
    const { client } = await signedIn('admin');
    const [{ count: before }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log`);
    const duplicate = await client.post('/api/users', {
      email: 'NEW.LAWYER@firm.test',
      name: 'Again',
      role: 'lawyer',
      password: 'a-long-enough-password',
    });
    expect(duplicate.status).toBe(409);
    const [{ count: after }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log`);
    expect(after).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const audit = t.app.get(AuditService);
    const dataSource = t.app.get(DataSource);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        dataSource.transaction((manager) =>
          audit.record(manager, { action: 'test.concurrent', entityType: 'test', entityId: String(i) }),
        ),
      ),
    );
    const verdict = await verifyAuditChain(dataSource);
    expect(verdict.ok).toBe(true);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'test.concurrent'`,
    );
    expect(count).toBe(20);
  });

  it('lists entries by entity for lawyers and admins, not for paralegals', async () => {
    const { client: admin, account } = await signedIn('admin');
    const { client: lawyer } = await signedIn('lawyer');
    const { client: paralegal } = await signedIn('paralegal');
    const path = `/api/audit?entityType=user&entityId=${account.user.id}`;
    const listed = await lawyer.get(path);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { action: string }) => e.action)).toEqual(['auth.login', 'user.create']);
    expect((await admin.get(path)).status).toBe(200);
    expect((await paralegal.get(path)).status).toBe(403);
  });

  it('names the first row whose content was tampered with', async () => {
    await t.dataSource.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    const [{ seq }] = await t.dataSource.query(`SELECT min(seq)::text AS seq FROM audit_log WHERE action = 'user.create'`);
    await t.dataSource.query(`UPDATE audit_log SET action = 'user.forged' WHERE seq = $1`, [seq]);
    await t.dataSource.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    const verdict = await verifyAuditChain(t.dataSource);
    expect(verdict).toEqual(expect.objectContaining({ ok: false, firstBrokenSeq: seq }));
  });
});
