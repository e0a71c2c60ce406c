import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  PayloadTooLargeException,
  UseGuards,
} from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AppConfig, Public } from '@intake/api/core';

/** Largest body a public route accepts, well under the API's BODY_LIMIT. */
export const PUBLIC_BODY_LIMIT_BYTES = 32 * 1024;
const WINDOW_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Per-IP limits of the public routes, counted per route in the throttler's storage: reads get
 * PUBLIC_RATE_LIMIT_PER_MINUTE, writes the stricter PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE. Bodies
 * over PUBLIC_BODY_LIMIT_BYTES are refused (413).
 */
@Injectable()
export class PublicRequestGuard implements CanActivate {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const write = !SAFE_METHODS.has(request.method);
    const limit = write
      ? this.config.PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE
      : this.config.PUBLIC_RATE_LIMIT_PER_MINUTE;
    const name = write ? 'public-write' : 'public-read';
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    const record = await this.storage.increment(
      `${name}:${route}:${request.ip ?? 'unknown'}`,
      WINDOW_MS,
      limit,
      WINDOW_MS,
      name,
    );
    response.setHeader('RateLimit-Limit', limit);
    response.setHeader('RateLimit-Remaining', Math.max(0, limit - record.totalHits));
    if (record.isBlocked) {
      response.setHeader('Retry-After', Math.max(1, record.timeToBlockExpire));
      throw new ThrottlerException();
    }
    if (Number(request.get('content-length') ?? 0) > PUBLIC_BODY_LIMIT_BYTES)
      throw new PayloadTooLargeException();
    return true;
  }
}

/** A route open to visitors: no sign-in, rate-limited per IP, small bodies only. */
export const PublicEndpoint = () => applyDecorators(Public(), UseGuards(PublicRequestGuard));

export interface Visitor {
  ip: string | null;
  userAgent: string | null;
}

/** Who is calling a public route, as far as the request tells (for the acknowledgment record). */
export const CurrentVisitor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Visitor => {
    const request = context.switchToHttp().getRequest<Request>();
    return { ip: request.ip ?? null, userAgent: request.get('user-agent')?.slice(0, 500) ?? null };
  },
);
