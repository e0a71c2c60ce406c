import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@intake/api/core';
import { MIGRATIONS } from '@intake/migrations';
import { createTestDatabase, type TestDatabase } from '@intake/testing';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('are named <timestamp>-<VerbObject> and listed in order', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect([...names].sort((a, b) => Number(a.slice(-14)) - Number(b.slice(-14)))).toEqual(names);
  });

  it('revert to an empty schema and apply again', async () => {
    const applied = await tables();
    expect(applied).toEqual(expect.arrayContaining(['users', 'audit_log', 'clients']));
    for (let i = 0; i < MIGRATIONS.length; i += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(applied);
  });
});
