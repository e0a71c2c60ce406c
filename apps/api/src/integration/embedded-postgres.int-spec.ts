import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'intake-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second start on the same folder with a clear message, and keeps the data across restarts', async () => {
    const root = resolve(__dirname, '../../../..');
    const { stdout } = await run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'fixtures', 'embedded-restart.ts'), dataDir, String(await freePort()), String(await freePort())],
      { cwd: root, env: { ...process.env, TS_NODE_PROJECT: join(root, 'tools/bench/tsconfig.json') }, timeout: 120_000 },
    );
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(report).toEqual(
      expect.objectContaining({ secondStart: 'refused', rowsWhileRunning: 2, rowsAfterRestart: 2 }),
    );
    expect(report.message).toMatch(/Another instance is already using .* Stop it first/);
  }, 150_000);
});
