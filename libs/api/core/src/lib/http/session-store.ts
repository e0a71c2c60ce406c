import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import { Pool } from 'pg';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** Sessions live in PostgreSQL, so logout and deactivation apply at once across processes. */
@Injectable()
export class SessionStore implements OnApplicationShutdown {
  private readonly pool: Pool;
  readonly store: session.Store & { close(): void };

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4 });
    // A lost connection is reported by the request that needs it; the pool reconnects.
    this.pool.on('error', () => undefined);
    const PgStore = connectPgSimple(session);
    this.store = new PgStore({ pool: this.pool, tableName: 'user_sessions' });
  }

  async onApplicationShutdown(): Promise<void> {
    this.store.close();
    await this.pool.end();
  }
}
