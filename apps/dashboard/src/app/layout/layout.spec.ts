import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { API, AuthService, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@intake/dashboard/core';
import type { SessionUser } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { Layout, NAV_ITEMS } from './layout';

@Component({
  selector: 'intake-blank',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

const lawyer: SessionUser = {
  id: 'u1',
  email: 'luc@firm.example',
  name: 'Luc Gagnon',
  role: 'lawyer',
  preferredLanguage: 'en',
  mustChangePassword: false,
};

describe('Layout', () => {
  let fixture: ComponentFixture<Layout>;
  let backend: HttpTestingController;

  async function setUp(user: SessionUser): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([
          { path: 'login', component: Blank },
          { path: '**', component: Blank },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({ user });
    await session;
    fixture = TestBed.createComponent(Layout);
    await fixture.whenStable();
  }

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`) ??
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const navTestIds = (): (string | null)[] =>
    Array.from(root().querySelectorAll('nav [data-testid]')).map((a) =>
      a.getAttribute('data-testid'),
    );

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function openUserMenu(): Promise<void> {
    el('user-menu-button')?.click();
    await settle();
  }

  it('shows the work areas but not Admin to a lawyer', async () => {
    await setUp(lawyer);
    expect(navTestIds()).toEqual([
      'nav-clients',
      'nav-cases',
      'nav-pipeline',
      'nav-deadlines',
      'nav-bookings',
      'nav-assessments',
    ]);
    expect(el('nav-cases')?.getAttribute('href')).toBe('/cases');
    expect(el('nav-cases')?.textContent?.trim()).toBe('nav.cases');
  });

  it('shows Admin → Users to an admin', async () => {
    await setUp({ ...lawyer, role: 'admin' });
    expect(navTestIds()).toEqual(NAV_ITEMS.map((item) => item.testId));
    expect(el('nav-admin-users')?.getAttribute('href')).toBe('/admin/users');
  });

  it('shows the change-password banner only when required', async () => {
    await setUp({ ...lawyer, mustChangePassword: true });
    expect(el('must-change-password-banner')).not.toBeNull();
    expect(el('must-change-password-link')?.getAttribute('href')).toBe('/change-password');
  });

  it('has no banner for a user with a personal password', async () => {
    await setUp(lawyer);
    expect(el('must-change-password-banner')).toBeNull();
  });

  it('shows the user name and role in the user menu', async () => {
    await setUp(lawyer);
    expect(el('user-menu-button')?.textContent).toContain('Luc Gagnon');
    expect(el('user-menu-button')?.getAttribute('aria-label')).toBe('layout.userMenu.open');
    await openUserMenu();
    expect(el('user-summary')?.textContent).toContain('luc@firm.example');
    expect(el('user-role')?.textContent?.trim()).toBe('common.roles.lawyer');
    expect(el('language-en')?.getAttribute('aria-checked')).toBe('true');
    expect(el('language-fr')?.getAttribute('aria-checked')).toBe('false');
  });

  it('switches to French and saves the preference', async () => {
    await setUp(lawyer);
    await openUserMenu();
    el('language-fr')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: API.me });
    expect(req.request.body).toEqual({ preferredLanguage: 'fr' });
    req.flush({ user: { ...lawyer, preferredLanguage: 'fr' } });
    await settle();
    expect(document.documentElement.lang).toBe('fr');
    expect(TestBed.inject(AuthService).user()?.preferredLanguage).toBe('fr');
  });

  it('signs out and goes to the login page', async () => {
    await setUp(lawyer);
    await openUserMenu();
    el('sign-out')?.click();
    await settle();
    const req = backend.expectOne(API.logout);
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});
