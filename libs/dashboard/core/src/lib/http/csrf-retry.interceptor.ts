import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { CsrfService } from '../auth/csrf.service';
import { XSRF_HEADER_NAME } from '../config/api';
import { isCsrfProblem, parseProblem } from '../problem/problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * When a state-changing request is refused with a CSRF problem (403), fetch a fresh token from
 * /api/auth/csrf and retry the request once with it.
 *
 * Angular's own XSRF interceptor runs before this one and has already set the (stale) header,
 * so the retry sets the new token explicitly.
 */
export const csrfRetryInterceptor: HttpInterceptorFn = (req, next) => {
  if (SAFE_METHODS.has(req.method)) {
    return next(req);
  }
  const csrf = inject(CsrfService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !isCsrfProblem(parseProblem(error))) {
        return throwError(() => error);
      }
      return csrf.refresh().pipe(
        switchMap((token) =>
          next(
            req.clone({
              headers: token
                ? req.headers.set(XSRF_HEADER_NAME, token)
                : req.headers.delete(XSRF_HEADER_NAME),
            }),
          ),
        ),
      );
    }),
  );
};
