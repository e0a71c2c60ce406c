import { Client } from 'pg';
import { createTestApp, type TestApp } from '@intake/testing';

describe('GET /api/health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  async function onServer(sql: string): Promise<void> {
    const url = new URL(t.database.url);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(sql.replaceAll('$db', name));
    } finally {
      await client.end();
    }
  }

  it('answers 200 while the database is up, 503 while it is not, and recovers', async () => {
    const { default: request } = await import('supertest');
    const up = await request(t.http).get('/api/health');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', db: 'up' });

    await onServer(`ALTER DATABASE $db ALLOW_CONNECTIONS false`);
    await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db'`);
    const down = await request(t.http).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'error', db: 'down' });

    await onServer(`ALTER DATABASE $db ALLOW_CONNECTIONS true`);
    const again = await request(t.http).get('/api/health');
    expect(again.status).toBe(200);
  });
});
