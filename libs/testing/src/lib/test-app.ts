import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { configureApp, CoreModule, loadConfig } from '@intake/api/core';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: Server;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The API with the given feature modules, on a database of its own, configured as in production. */
export async function createTestApp(
  modules: (Type | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await startApp(database.url, modules, env);
  return {
    ...app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * A second API process on another test app's database (as when several run behind a load
 * balancer); closing it leaves the database to its owner.
 */
export async function createPeerApp(
  owner: TestApp,
  modules: (Type | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<Omit<TestApp, 'database'>> {
  return startApp(owner.database.url, modules, env);
}

async function startApp(
  databaseUrl: string,
  modules: (Type | DynamicModule)[],
  env: Record<string, string>,
): Promise<Omit<TestApp, 'database'>> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot(config, databaseUrl), ...modules],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
  });
  await configureApp(app, { config });
  return {
    app,
    http: app.getHttpServer() as Server,
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}
