import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@intake/migrations';

/** Options shared by the API, the command-line tools and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      // Name search matches a typed word inside a longer name from 0.3 (pg_trgm's default 0.6
      // misses "Smtih" in "Jane Smith"); set per connection so the trigram index still serves it.
      options: '-c pg_trgm.word_similarity_threshold=0.3',
    },
  };
}
