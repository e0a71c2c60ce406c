import { inject } from '@angular/core';
import {
  type CanActivateFn,
  type CanMatchFn,
  type GuardResult,
  RedirectCommand,
  Router,
} from '@angular/router';
import type { Role } from '@intake/shared/contracts';
import { AuthService } from '../auth/auth.service';
import { DEFAULT_AUTHENTICATED_URL, FORBIDDEN_URL, LOGIN_URL } from '../config/api';
import { loginQueryParams } from '../http/return-url';

/** Lets signed-in users through; others go to /login?returnUrl=<attempted url>. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureSession();
  return user
    ? true
    : router.createUrlTree([LOGIN_URL], { queryParams: loginQueryParams(state.url) });
};

/** For the login page: a user who is already signed in goes straight to the dashboard. */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureSession();
  return user ? router.parseUrl(DEFAULT_AUTHENTICATED_URL) : true;
};

/**
 * Allows only the given roles. Usable as canMatch (the lazy chunk is then not even loaded) or
 * canActivate. Users with another role see the "no access" page while the address bar keeps
 * the URL they asked for; anonymous users are sent to the login page.
 */
export function roleGuard(...roles: Role[]): CanMatchFn & CanActivateFn {
  return async (): Promise<GuardResult> => {
    const router = inject(Router);
    const auth = inject(AuthService);
    const navigation = router.currentNavigation();
    const attempted = navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
    const user = await auth.ensureSession();
    if (!user) {
      return router.createUrlTree([LOGIN_URL], { queryParams: loginQueryParams(attempted) });
    }
    if (roles.includes(user.role)) {
      return true;
    }
    return new RedirectCommand(router.parseUrl(FORBIDDEN_URL), { browserUrl: attempted });
  };
}
