import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AuditController } from './audit/audit.controller';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { LocalStrategy } from './auth/local.strategy';
import { SessionSerializer } from './auth/session.serializer';
import { AppConfig } from './config/config';
import { FieldCipher } from './crypto/field-cipher';
import { dataSourceOptions } from './database/data-source-options';
import { ProblemFilter } from './errors/problem.filter';
import { createValidationPipe } from './errors/validation';
import { HealthController } from './health/health.controller';
import { JobQueue } from './jobs/job-queue';
import { MailService } from './mail/mail.service';
import { OutboxController } from './mail/outbox.controller';
import { DATABASE_URL, SessionStore } from './http/session-store';
import { AccountsService } from './users/accounts.service';
import { UserEntity } from './users/user.entity';
import { loggedPath } from './logging/logged-path';

/** Configuration, database, sessions and sign-in, access control, errors, audit, health, jobs, mail. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          forRoutes: ['{*path}'],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage) =>
              (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
            // Method, path and status only: query strings, bodies and private links may hold personal data.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: loggedPath(req.url),
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req: IncomingMessage) => !req.url?.startsWith('/api') },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          autoLoadEntities: true,
          migrationsRun: true,
          logging: false,
        }),
        TypeOrmModule.forFeature([UserEntity, AuditEntryEntity]),
        PassportModule.register({ session: true }),
        ThrottlerModule.forRoot([
          { name: 'default', ttl: 60_000, limit: 600 },
          {
            name: 'login',
            ttl: 60_000,
            limit: config.LOGIN_RATE_LIMIT_PER_MINUTE,
            skipIf: (context) => context.getHandler() !== AuthController.prototype.login,
          },
        ]),
      ],
      controllers: [AuthController, HealthController, AuditController, OutboxController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        SessionStore,
        AuditService,
        AccountsService,
        FieldCipher,
        JobQueue,
        MailService,
        LocalStrategy,
        SessionSerializer,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [
        AppConfig,
        AuditService,
        AccountsService,
        FieldCipher,
        JobQueue,
        MailService,
        TypeOrmModule,
        SessionStore,
      ],
    };
  }
}
