import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { toProblem } from '../errors/problem.filter';
import { CsrfRejected } from '../errors/domain-errors';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit token: the cookie is readable by the page, which echoes it in a
 * header; a site that cannot read our cookies cannot forge the header.
 */
export class CsrfTokens {
  constructor(private readonly secret: string) {}

  issue(): string {
    const nonce = randomBytes(18).toString('base64url');
    return `${nonce}.${this.sign(nonce)}`;
  }

  isValid(token: unknown): token is string {
    if (typeof token !== 'string') return false;
    const [nonce, signature, extra] = token.split('.');
    if (!nonce || !signature || extra !== undefined) return false;
    const expected = Buffer.from(this.sign(nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(nonce: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${nonce}`).digest('base64url');
  }
}

export function csrfMiddleware(tokens: CsrfTokens, secureCookie: boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookie: unknown = req.cookies?.[CSRF_COOKIE];
    const cookieValid = tokens.isValid(cookie);
    if (!cookieValid) {
      res.cookie(CSRF_COOKIE, tokens.issue(), {
        httpOnly: false,
        sameSite: 'lax',
        secure: secureCookie,
        path: '/',
      });
    }
    if (SAFE_METHODS.has(req.method)) return next();
    const header = req.get(CSRF_HEADER);
    if (cookieValid && header === cookie) return next();
    res.status(403).type('application/problem+json').json(toProblem(new CsrfRejected()));
  };
}
