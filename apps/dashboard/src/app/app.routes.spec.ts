import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API, XSRF_COOKIE_NAME, XSRF_HEADER_NAME } from '@intake/dashboard/core';
import type { Role, SessionUser } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { appRoutes } from './app.routes';

function user(role: Role): SessionUser {
  return {
    id: 'u1',
    email: 'a@firm.example',
    name: 'A',
    role,
    preferredLanguage: 'en',
    mustChangePassword: false,
  };
}

describe('app routes', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const find = (testId: string): HTMLElement | null =>
    harness.fixture.nativeElement instanceof HTMLElement
      ? harness.fixture.nativeElement.querySelector(`[data-testid="${testId}"]`)
      : null;

  async function navigate(url: string, sessionUser: SessionUser | null): Promise<void> {
    const navigation = harness.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const probe = backend.expectOne(API.me);
    if (sessionUser) {
      probe.flush({ user: sessionUser });
    } else {
      probe.flush(null, { status: 401, statusText: 'Unauthorized' });
    }
    await navigation;
    await harness.fixture.whenStable();
  }

  it('sends anonymous visitors to the login page with the return URL', async () => {
    const navigation = harness.navigateByUrl('/cases');
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
    // The login route's guest guard checks the session again.
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fcases');
    expect(find('login-email')).not.toBeNull();
  });

  it('redirects the root to the clients list inside the layout', async () => {
    await navigate('/', user('paralegal'));
    expect(TestBed.inject(Router).url).toBe('/clients');
    backend
      .expectOne((req) => req.urlWithParams.startsWith('/api/clients'))
      .flush({ items: [], total: 0 });
    await harness.fixture.whenStable();
    expect(find('new-client-button')).not.toBeNull();
    expect(find('nav-clients')).not.toBeNull();
  });

  it('opens the quick calculator at /assessments', async () => {
    await navigate('/assessments', user('paralegal'));
    await harness.fixture.whenStable();
    expect(find('calculator-evaluate')).not.toBeNull();
  });

  it('opens the consultation requests at /bookings for a paralegal, without the admin tab', async () => {
    await navigate('/bookings', user('paralegal'));
    expect(TestBed.inject(Router).url).toBe('/bookings');
    const list = backend.expectOne((req) => req.url === '/api/consultation-requests');
    expect(list.request.params.get('status')).toBeNull();
    list.flush({
      items: [],
      total: 0,
      counts: { new: 0, contacted: 0, booked: 0, converted: 0, declined: 0, no_show: 0 },
    });
    await harness.fixture.whenStable();
    expect(find('requests-page')).not.toBeNull();
    expect(find('coming-soon')).toBeNull();
    expect(find('bookings-tab-calendar')).not.toBeNull();
    expect(find('bookings-tab-availability')).toBeNull();
  });

  it('shows the forbidden page to a non-admin on /admin/users', async () => {
    await navigate('/admin/users', user('lawyer'));
    expect(find('forbidden')?.textContent).toContain('ui.forbidden.message');
    expect(find('users-table')).toBeNull();
    expect(find('user-menu-button')).not.toBeNull();
  });

  it('opens Admin → Users for an admin', async () => {
    await navigate('/admin/users', user('admin'));
    expect(TestBed.inject(Router).url).toBe('/admin/users');
    backend.expectOne((req) => req.url === API.users).flush({ items: [], total: 0 });
    await harness.fixture.whenStable();
    expect(find('forbidden')).toBeNull();
    expect(find('new-user-button')).not.toBeNull();
  });
});
