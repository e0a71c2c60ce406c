import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  RedirectCommand,
  Router,
  type RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import type { Role, SessionUser } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { API } from '../config/api';
import { authGuard, guestGuard, roleGuard } from './guards';

@Component({
  selector: 'intake-page',
  template: '<p>page</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Page {}

function user(role: Role): SessionUser {
  return {
    id: '1',
    email: 'a@b.c',
    name: 'A',
    role,
    preferredLanguage: 'en',
    mustChangePassword: false,
  };
}

describe('guards', () => {
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([
          { path: 'login', component: Page },
          { path: 'forbidden', component: Page },
          { path: 'clients', component: Page, canActivate: [authGuard] },
          { path: 'admin/users', component: Page, canMatch: [roleGuard('admin')] },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  function answerSession(sessionUser: SessionUser | null): void {
    const req = backend.expectOne(API.me);
    if (sessionUser) {
      req.flush({ user: sessionUser });
    } else {
      req.flush(null, { status: 401, statusText: 'Unauthorized' });
    }
  }

  async function tick(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  describe('roleGuard', () => {
    function runRoleGuard(...roles: Role[]) {
      return TestBed.runInInjectionContext(() =>
        roleGuard(...roles)({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      );
    }

    it('allows a user with one of the roles', async () => {
      const result = runRoleGuard('admin', 'lawyer');
      answerSession(user('lawyer'));
      await expect(result).resolves.toBe(true);
    });

    it('shows the forbidden page for another role', async () => {
      const result = runRoleGuard('admin');
      answerSession(user('paralegal'));
      const outcome = await result;
      expect(outcome).toBeInstanceOf(RedirectCommand);
      const command = outcome as RedirectCommand;
      expect(router.serializeUrl(command.redirectTo)).toBe('/forbidden');
    });

    it('sends an anonymous user to the login page', async () => {
      const result = runRoleGuard('admin');
      answerSession(null);
      const outcome = await result;
      expect(outcome).toBeInstanceOf(UrlTree);
      expect(router.serializeUrl(outcome as UrlTree)).toBe('/login');
    });

    it('renders the forbidden page but keeps the requested URL in the address bar', async () => {
      const navigation = router.navigateByUrl('/admin/users');
      await tick();
      answerSession(user('lawyer'));
      await navigation;
      expect(router.url).toBe('/forbidden');
      expect(router.lastSuccessfulNavigation()?.extras.browserUrl?.toString()).toBe('/admin/users');
    });

    it('lets an admin reach the admin route', async () => {
      const navigation = router.navigateByUrl('/admin/users');
      await tick();
      answerSession(user('admin'));
      await expect(navigation).resolves.toBe(true);
      expect(router.url).toBe('/admin/users');
    });
  });

  describe('authGuard', () => {
    it('redirects to the login page with the return URL when signed out', async () => {
      const navigation = router.navigateByUrl('/clients?page=2');
      await tick();
      answerSession(null);
      await navigation;
      expect(router.url).toBe('/login?returnUrl=%2Fclients%3Fpage%3D2');
    });

    it('lets a signed-in user through', async () => {
      const navigation = router.navigateByUrl('/clients');
      await tick();
      answerSession(user('paralegal'));
      await expect(navigation).resolves.toBe(true);
      expect(router.url).toBe('/clients');
    });
  });

  describe('guestGuard', () => {
    it('sends a signed-in user to the default page', async () => {
      const result = TestBed.runInInjectionContext(() =>
        guestGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      );
      answerSession(user('lawyer'));
      const outcome = await result;
      expect(router.serializeUrl(outcome as UrlTree)).toBe('/clients');
    });

    it('lets an anonymous visitor see the login page', async () => {
      const result = TestBed.runInInjectionContext(() =>
        guestGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      );
      answerSession(null);
      await expect(result).resolves.toBe(true);
    });
  });
});
