import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { API, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '../config/api';
import { authExpiredInterceptor } from './auth-expired.interceptor';
import { csrfRetryInterceptor } from './csrf-retry.interceptor';

@Component({
  selector: 'intake-blank',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

function setCookie(value: string): void {
  document.cookie = `${XSRF_COOKIE_NAME}=${value}; path=/`;
}

function clearCookies(): void {
  document.cookie = `${XSRF_COOKIE_NAME}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('HTTP interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    clearCookies();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'login', component: Blank },
          { path: 'admin/users', component: Blank },
        ]),
        provideHttpClient(
          withInterceptors([authExpiredInterceptor, csrfRetryInterceptor]),
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    backend.verify();
    clearCookies();
  });

  describe('authExpiredInterceptor', () => {
    it('redirects to /login?expired=1 with the current URL as returnUrl on 401', async () => {
      await router.navigateByUrl('/admin/users?q=ann');
      const auth = TestBed.inject(AuthService);
      const session = auth.ensureSession();
      backend.expectOne(API.me).flush({
        user: {
          id: '1',
          email: 'a@b.c',
          name: 'A',
          role: 'admin',
          preferredLanguage: 'en',
          mustChangePassword: false,
        },
      });
      await session;
      expect(auth.isAuthenticated()).toBe(true);

      const request = firstValueFrom(http.get('/api/users'));
      backend.expectOne('/api/users').flush(null, { status: 401, statusText: 'Unauthorized' });

      await expect(request).rejects.toBeInstanceOf(HttpErrorResponse);
      await settle();
      expect(auth.isAuthenticated()).toBe(false);
      const url = router.parseUrl(router.url);
      expect(url.root.children['primary']?.segments.map((s) => s.path)).toEqual(['login']);
      expect(url.queryParams).toEqual({ expired: '1', returnUrl: '/admin/users?q=ann' });
    });

    it('does not redirect on 401 from the login request (bad credentials)', async () => {
      await router.navigateByUrl('/admin/users');
      setCookie('t');
      const request = firstValueFrom(http.post(API.login, { email: 'x', password: 'y' }));
      backend.expectOne(API.login).flush(null, { status: 401, statusText: 'Unauthorized' });
      await expect(request).rejects.toMatchObject({ status: 401 });
      await settle();
      expect(router.url).toBe('/admin/users');
    });

    it('does not redirect on 401 from the session probe or for invalid credentials', async () => {
      await router.navigateByUrl('/admin/users');
      const probe = firstValueFrom(http.get(API.me));
      backend.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
      await expect(probe).rejects.toMatchObject({ status: 401 });

      const change = firstValueFrom(http.post(API.password, {}));
      backend.expectOne(API.password).flush(
        {
          type: 'https://intake.example/problems/invalid-credentials',
          title: 'Sign-in failed',
          status: 401,
        },
        { status: 401, statusText: 'Unauthorized' },
      );
      await expect(change).rejects.toMatchObject({ status: 401 });
      await settle();
      expect(router.url).toBe('/admin/users');
    });

    it('redirects when changing the password fails because the session is gone', async () => {
      await router.navigateByUrl('/admin/users');
      const change = firstValueFrom(http.post(API.password, {}));
      backend.expectOne(API.password).flush(
        {
          type: 'https://intake.example/problems/not-authenticated',
          title: 'Sign-in required',
          status: 401,
        },
        { status: 401, statusText: 'Unauthorized' },
      );
      await expect(change).rejects.toMatchObject({ status: 401 });
      await settle();
      expect(router.url).toBe('/login?expired=1&returnUrl=%2Fadmin%2Fusers');
    });

    it('redirects on 401 from PATCH /api/auth/me (only GET is the probe)', async () => {
      await router.navigateByUrl('/admin/users');
      const patch = firstValueFrom(http.patch(API.me, { preferredLanguage: 'fr' }));
      backend.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
      await expect(patch).rejects.toMatchObject({ status: 401 });
      await settle();
      expect(router.url).toBe('/login?expired=1&returnUrl=%2Fadmin%2Fusers');
    });

    it('passes other errors through without navigating', async () => {
      await router.navigateByUrl('/admin/users');
      const request = firstValueFrom(http.get('/api/users'));
      backend.expectOne('/api/users').flush(null, { status: 403, statusText: 'Forbidden' });
      await expect(request).rejects.toMatchObject({ status: 403 });
      await settle();
      expect(router.url).toBe('/admin/users');
    });
  });

  describe('csrfRetryInterceptor', () => {
    const csrfProblem = {
      type: 'https://intake.example/problems/csrf',
      title: 'Invalid CSRF token',
      status: 403,
    };

    it('refetches the token and retries once with the new header', async () => {
      setCookie('stale');
      const request = firstValueFrom(http.post<{ ok: boolean }>('/api/users', { name: 'x' }));

      const first = backend.expectOne('/api/users');
      expect(first.request.headers.get(XSRF_HEADER_NAME)).toBe('stale');
      first.flush(csrfProblem, { status: 403, statusText: 'Forbidden' });

      const csrf = backend.expectOne(API.csrf);
      expect(csrf.request.method).toBe('GET');
      setCookie('fresh');
      csrf.flush(null, { status: 204, statusText: 'No Content' });

      const retry = backend.expectOne('/api/users');
      expect(retry.request.method).toBe('POST');
      expect(retry.request.body).toEqual({ name: 'x' });
      expect(retry.request.headers.get(XSRF_HEADER_NAME)).toBe('fresh');
      retry.flush({ ok: true });

      await expect(request).resolves.toEqual({ ok: true });
    });

    it('retries only once', async () => {
      setCookie('stale');
      const request = firstValueFrom(http.patch('/api/users/1', { version: 1 }));
      backend
        .expectOne('/api/users/1')
        .flush(csrfProblem, { status: 403, statusText: 'Forbidden' });
      backend.expectOne(API.csrf).flush(null, { status: 204, statusText: 'No Content' });
      backend
        .expectOne('/api/users/1')
        .flush(csrfProblem, { status: 403, statusText: 'Forbidden' });
      await expect(request).rejects.toMatchObject({ status: 403 });
      backend.expectNone(API.csrf);
    });

    it('does not retry a 403 that is not about CSRF', async () => {
      setCookie('t');
      const request = firstValueFrom(http.post('/api/users', {}));
      backend
        .expectOne('/api/users')
        .flush(
          { type: 'about:blank', title: 'Forbidden', status: 403 },
          { status: 403, statusText: 'Forbidden' },
        );
      await expect(request).rejects.toMatchObject({ status: 403 });
      backend.expectNone(API.csrf);
    });

    it('does not retry GET requests', async () => {
      const request = firstValueFrom(http.get('/api/users'));
      backend.expectOne('/api/users').flush(csrfProblem, { status: 403, statusText: 'Forbidden' });
      await expect(request).rejects.toMatchObject({ status: 403 });
      backend.expectNone(API.csrf);
    });
  });
});
