import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AccountsService, AppConfig, ConfigError, configureApp, loadConfig } from '@intake/api/core';
import { AppModule } from './app/app.module';
import { type Database, openDatabase } from './app/database';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const database: Database = await openDatabase(config, say);
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };

  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
      bodyParser: false,
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    await configureApp(app, { config, dashboardDir: join(__dirname, '..', 'dashboard', 'browser') });
    await app.get(AccountsService).ensureFirstUser({
      adminEmail: config.ADMIN_EMAIL,
      adminPassword: config.ADMIN_PASSWORD,
      production: config.isProduction,
    });
    await app.listen(config.PORT);
    say(`Ready on http://localhost:${config.PORT} in ${Date.now() - startedAt} ms`);

    const shutdown = async (signal: string) => {
      say(`${signal} received: stopping`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
