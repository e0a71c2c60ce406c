import { type AppConfig, startEmbeddedPostgres } from '@intake/api/core';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data in DATA_DIR. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<Database> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
    database: 'intake',
  });
  log(`Embedded PostgreSQL ready on port ${config.EMBEDDED_PG_PORT} in ${Date.now() - started} ms (data in ${config.DATA_DIR})`);
  return { ...embedded, embedded: true };
}
