import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API, AuthService, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@intake/dashboard/core';
import type { SessionUser } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { LoginPage, loginErrorKey } from './login-page';

@Component({
  selector: 'intake-target',
  template: 'target',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Target {}

const user: SessionUser = {
  id: 'u1',
  email: 'ann@firm.example',
  name: 'Ann',
  role: 'lawyer',
  preferredLanguage: 'en',
  mustChangePassword: false,
};

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    document.cookie = `${XSRF_COOKIE_NAME}=token; path=/`;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: 'clients', component: Target },
            { path: 'cases/:id', component: Target },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    document.cookie = `${XSRF_COOKIE_NAME}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });

  const el = (testId: string): HTMLElement | null =>
    (harness.routeNativeElement as HTMLElement | null)?.querySelector(
      `[data-testid="${testId}"]`,
    ) ?? null;

  function type(testId: string, value: string): void {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
  }

  it('has labelled e-mail and password fields and a submit button', async () => {
    await harness.navigateByUrl('/login');
    const labels = Array.from(harness.routeNativeElement?.querySelectorAll('mat-label') ?? []).map(
      (l) => l.textContent?.trim(),
    );
    expect(labels).toEqual(['auth.login.email', 'auth.login.password']);
    expect(el('login-email')?.getAttribute('type')).toBe('email');
    expect(el('login-password')?.getAttribute('type')).toBe('password');
    expect(el('login-submit')?.textContent?.trim()).toBe('auth.login.submit');
    expect(el('session-expired')).toBeNull();
  });

  it('shows the session-expired notice when redirected with ?expired=1', async () => {
    await harness.navigateByUrl('/login?expired=1');
    expect(el('session-expired')?.textContent?.trim()).toBe('auth.login.sessionExpired');
  });

  it('does not submit an incomplete form and shows field errors', async () => {
    await harness.navigateByUrl('/login');
    el('login-submit')?.click();
    await settle();
    backend.expectNone(API.login);
    const errors = Array.from(harness.routeNativeElement?.querySelectorAll('mat-error') ?? []).map(
      (e) => e.textContent?.trim(),
    );
    expect(errors).toEqual(['errors.required', 'errors.required']);
  });

  it('signs in and goes to the return URL', async () => {
    await harness.navigateByUrl('/login?returnUrl=%2Fcases%2F42');
    type('login-email', ' ann@firm.example ');
    type('login-password', 'correct horse battery staple');
    el('login-submit')?.click();
    await settle();

    const req = backend.expectOne(API.login);
    expect(req.request.body).toEqual({
      email: 'ann@firm.example',
      password: 'correct horse battery staple',
    });
    expect(req.request.headers.get(XSRF_HEADER_NAME)).toBe('token');
    req.flush({ user });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/cases/42');
    expect(TestBed.inject(AuthService).user()?.email).toBe('ann@firm.example');
  });

  it('goes to /clients when the return URL points elsewhere', async () => {
    await harness.navigateByUrl('/login?returnUrl=https:%2F%2Fevil.example');
    type('login-email', 'ann@firm.example');
    type('login-password', 'pw');
    el('login-submit')?.click();
    await settle();
    backend.expectOne(API.login).flush({ user });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/clients');
  });

  it('shows the invalid-credentials message on 401 and stays on the page', async () => {
    await harness.navigateByUrl('/login');
    type('login-email', 'ann@firm.example');
    type('login-password', 'wrong');
    el('login-submit')?.click();
    await settle();
    backend.expectOne(API.login).flush(
      {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Invalid e-mail or password.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    expect(el('login-error')?.textContent?.trim()).toBe('auth.login.errors.invalidCredentials');
    expect(el('login-error')?.getAttribute('role')).toBe('alert');
    expect(TestBed.inject(Router).url).toBe('/login');
    expect((el('login-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the retry-later message on 429', async () => {
    await harness.navigateByUrl('/login');
    type('login-email', 'ann@firm.example');
    type('login-password', 'pw');
    el('login-submit')?.click();
    await settle();
    backend.expectOne(API.login).flush(
      {
        type: 'about:blank',
        title: 'Too Many Requests',
        status: 429,
        detail: 'Try again later.',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    expect(el('login-error')?.textContent?.trim()).toBe('auth.login.errors.tooManyAttempts');
  });

  it('maps statuses to messages', () => {
    expect(loginErrorKey(401)).toBe('auth.login.errors.invalidCredentials');
    expect(loginErrorKey(429)).toBe('auth.login.errors.tooManyAttempts');
    expect(loginErrorKey(0)).toBe('errors.network');
    expect(loginErrorKey(500)).toBe('errors.generic');
  });
});
