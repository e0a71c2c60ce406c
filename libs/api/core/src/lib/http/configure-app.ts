import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import type { SessionUser } from '@intake/shared/contracts';
import type { AppConfig } from '../config/config';
import { csrfMiddleware, CsrfTokens } from './csrf';
import { requestContext } from './request-context';
import { SessionStore } from './session-store';

export const SESSION_COOKIE = 'sid';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface ConfigureOptions {
  config: AppConfig;
  /** Folder of the built dashboard to serve beside /api; skipped when absent. */
  dashboardDir?: string;
}

/**
 * Everything around the Nest routes, in order: request id, security headers, the dashboard's
 * files, body limits, cookies, the PostgreSQL session, passport, CSRF, request context; then
 * /api and the OpenAPI document.
 */
export async function configureApp(
  app: NestExpressApplication,
  options: ConfigureOptions,
): Promise<void> {
  const { config } = options;
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');

  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    (req as Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      hsts: config.secureCookies,
    }),
  );
  if (options.dashboardDir && existsSync(join(options.dashboardDir, 'index.html'))) {
    const dir = options.dashboardDir;
    app.use(express.static(dir, { index: false, maxAge: '1h' }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dir, 'index.html'));
    });
  }
  app.use(express.json({ limit: config.BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: config.BODY_LIMIT }));
  app.use(cookieParser());

  const { store } = app.get(SessionStore);
  app.use(
    session({
      name: SESSION_COOKIE,
      store,
      secret: config.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        maxAge: config.SESSION_IDLE_MINUTES * 60_000,
      },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(csrfMiddleware(new CsrfTokens(config.SESSION_SECRET), config.secureCookies));
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const user = req.user as SessionUser | undefined;
    requestContext.run(
      {
        requestId: (req as Request & { id?: string }).id ?? null,
        ip: req.ip ?? null,
        actorId: user?.id ?? null,
        actorEmail: user?.email ?? null,
      },
      next,
    );
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Immigration intake API')
      .setDescription('Client intake and case management for Canadian immigration law firms')
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });

  await app.init();
}
