import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup runs outside Jest's module mapping, so the path alias is not available here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../api/core/src/lib/database/embedded-postgres';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Without DATABASE_URL, the tests get a throw-away embedded PostgreSQL (never ./data);
 * with it, they use that server. Each test file then creates a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'intake-test-pg-'));
  const database = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'postgres',
    persistent: false,
  });
  process.env['TEST_PG_SERVER_URL'] = database.url;
  (globalThis as { __testDatabase?: typeof database }).__testDatabase = database;
}
