import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Injectable, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@intake/shared/contracts';
import {
  TranslateLoader,
  type TranslationObject,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { type Observable, of } from 'rxjs';
import { API, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '../config/api';
import { LanguageService } from '../i18n/language.service';
import { AuthService } from './auth.service';

@Injectable()
class StaticLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of({ hello: lang === 'fr' ? 'Bonjour' : 'Hello' });
  }
}

const alice: SessionUser = {
  id: 'u1',
  email: 'alice@firm.example',
  role: 'lawyer',
  name: 'Alice Tremblay',
  preferredLanguage: 'fr',
  mustChangePassword: true,
};

function clearCookies(): void {
  document.cookie = `${XSRF_COOKIE_NAME}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

/** Lets pending promise callbacks run. */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
}

describe('AuthService', () => {
  let service: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    clearCookies();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService({
          loader: provideTranslateLoader(StaticLoader),
          fallbackLang: 'en',
        }),
      ],
    });
    service = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    clearCookies();
  });

  it('starts signed out', () => {
    expect(service.user()).toBeNull();
    expect(service.isAuthenticated()).toBe(false);
    expect(service.role()).toBeNull();
  });

  it('fetches a CSRF cookie before the first login, then logs in and applies the preferred language', async () => {
    const result = service.login('alice@firm.example', 'correct horse battery');

    const csrf = http.expectOne(API.csrf);
    expect(csrf.request.method).toBe('GET');
    document.cookie = `${XSRF_COOKIE_NAME}=token-1; path=/`;
    csrf.flush(null, { status: 204, statusText: 'No Content' });
    await flushMicrotasks();

    const login = http.expectOne(API.login);
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({
      email: 'alice@firm.example',
      password: 'correct horse battery',
    });
    expect(login.request.headers.get(XSRF_HEADER_NAME)).toBe('token-1');
    login.flush({ user: alice });

    await expect(result).resolves.toEqual(alice);
    expect(service.user()).toEqual(alice);
    expect(service.isAuthenticated()).toBe(true);
    expect(service.role()).toBe('lawyer');
    expect(service.isAdmin()).toBe(false);
    expect(service.mustChangePassword()).toBe(true);
    expect(TestBed.inject(LanguageService).current()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('does not fetch a CSRF cookie when one already exists', async () => {
    document.cookie = `${XSRF_COOKIE_NAME}=existing; path=/`;
    const result = service.login('alice@firm.example', 'pw');
    await flushMicrotasks();
    http.expectNone(API.csrf);
    const login = http.expectOne(API.login);
    expect(login.request.headers.get(XSRF_HEADER_NAME)).toBe('existing');
    login.flush({ user: alice });
    await result;
    expect(service.user()?.id).toBe('u1');
  });

  it('rejects with the HTTP error and stays signed out on bad credentials', async () => {
    document.cookie = `${XSRF_COOKIE_NAME}=t; path=/`;
    const result = service.login('alice@firm.example', 'wrong');
    await flushMicrotasks();
    http.expectOne(API.login).flush(
      {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Invalid e-mail or password',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(service.user()).toBeNull();
  });

  it('ensureSession loads the user once and shares the in-flight request', async () => {
    const first = service.ensureSession();
    const second = service.ensureSession();
    http.expectOne({ method: 'GET', url: API.me }).flush({ user: { ...alice, role: 'admin' } });
    await expect(first).resolves.toMatchObject({ id: 'u1', role: 'admin' });
    await expect(second).resolves.toMatchObject({ id: 'u1' });
    expect(service.isAdmin()).toBe(true);

    await expect(service.ensureSession()).resolves.toMatchObject({ id: 'u1' });
    http.expectNone(API.me);
  });

  it('ensureSession resolves null on 401', async () => {
    const session = service.ensureSession();
    http.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(session).resolves.toBeNull();
    expect(service.isAuthenticated()).toBe(false);
  });

  it('logout posts and clears the user even when the request fails', async () => {
    const session = service.ensureSession();
    http.expectOne(API.me).flush({ user: alice });
    await session;

    const logout = service.logout();
    const req = http.expectOne(API.logout);
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 500, statusText: 'Server Error' });
    await expect(logout).rejects.toMatchObject({ status: 500 });
    expect(service.user()).toBeNull();
  });

  it('changePassword posts both passwords and clears mustChangePassword', async () => {
    const session = service.ensureSession();
    http.expectOne(API.me).flush({ user: alice });
    await session;
    expect(service.mustChangePassword()).toBe(true);

    const change = service.changePassword('old password!', 'a much longer new password');
    const req = http.expectOne(API.password);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      currentPassword: 'old password!',
      newPassword: 'a much longer new password',
    });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await change;
    expect(service.mustChangePassword()).toBe(false);
  });

  it('switchLanguage changes the UI language and saves it for a signed-in user', async () => {
    const session = service.ensureSession();
    http.expectOne(API.me).flush({ user: alice });
    await session;

    const switching = service.switchLanguage('en');
    await flushMicrotasks();
    const req = http.expectOne({ method: 'PATCH', url: API.me });
    expect(req.request.body).toEqual({ preferredLanguage: 'en' });
    req.flush({ user: { ...alice, preferredLanguage: 'en' } });
    await switching;

    expect(service.user()?.preferredLanguage).toBe('en');
    expect(TestBed.inject(LanguageService).current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switchLanguage does not call the API when signed out', async () => {
    await service.switchLanguage('fr');
    http.expectNone(API.me);
    expect(TestBed.inject(LanguageService).current()).toBe('fr');
  });

  it('hasRole checks the current role', async () => {
    expect(service.hasRole(['admin'])).toBe(false);
    const session = service.ensureSession();
    http.expectOne(API.me).flush({ user: { ...alice, role: 'paralegal' } });
    await session;
    expect(service.hasRole(['admin', 'paralegal'])).toBe(true);
    expect(service.hasRole(['admin', 'lawyer'])).toBe(false);
  });
});
