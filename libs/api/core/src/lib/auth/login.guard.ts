import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { LoginRequest } from '@intake/shared/contracts';
import { AppConfig } from '../config/config';
import { HttpsRequired, InvalidInput } from '../errors/domain-errors';
import { toFieldErrors } from '../errors/validation';

/** Validates the body (guards run before pipes), checks the password, then starts a new session. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (this.config.secureCookies && !request.secure) {
      // The session cookie would be dropped and the user bounced back to sign-in: say why.
      throw new HttpsRequired();
    }
    const body = plainToInstance(LoginRequest, request.body ?? {});
    const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new InvalidInput(toFieldErrors(errors));
    const ok = (await super.canActivate(context)) as boolean;
    await super.logIn(request);
    return ok;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}
