import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { API, LOGIN_URL } from '../config/api';
import { parseProblem } from '../problem/problem';
import { loginQueryParams } from './return-url';

/**
 * 401s that are an expected answer rather than an expired session: signing in, the session
 * probe (GET /api/auth/me), logging out, and any "invalid credentials" problem (e.g. a wrong
 * current password when changing it).
 */
function isExempt(req: HttpRequest<unknown>, error: HttpErrorResponse): boolean {
  const path = req.url.split('?')[0];
  if (path === API.login || path === API.logout || (path === API.me && req.method === 'GET')) {
    return true;
  }
  return /invalid-credentials$/.test(parseProblem(error)?.type ?? '');
}

/**
 * On 401 the session is gone: forget the user and send them to /login?expired=1, keeping the
 * current URL as returnUrl. The error is still passed on to the caller.
 */
export const authExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isExempt(req, error)) {
        auth.clearSession();
        const current = router.url;
        if (!current.startsWith(LOGIN_URL)) {
          void router.navigate([LOGIN_URL], { queryParams: loginQueryParams(current, true) });
        }
      }
      return throwError(() => error);
    }),
  );
};
