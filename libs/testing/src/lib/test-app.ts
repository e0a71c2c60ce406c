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
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot(config, database.url), ...modules],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  await configureApp(app, { config });
  return {
    app,
    http: app.getHttpServer() as Server,
    dataSource: app.get(DataSource),
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
