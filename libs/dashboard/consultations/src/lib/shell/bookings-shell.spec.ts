import { Location } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ForbiddenPage } from '@intake/dashboard/ui';
import { bookingsRoutes } from '../consultations.routes';
import {
  STAFF,
  consultationTestProviders,
  makePage,
  makeRequest,
  makeType,
  signIn,
} from '../testing/consultation-fixtures';
import { tabOf } from './bookings-shell';

describe('tabOf', () => {
  it('finds the tab of a URL under /bookings', () => {
    expect(tabOf('/bookings')).toBe('requests');
    expect(tabOf('/bookings?status=new')).toBe('requests');
    expect(tabOf('/bookings/requests/r-1')).toBe('requests');
    expect(tabOf('/bookings/calendar?week=2026-03-09')).toBe('calendar');
    expect(tabOf('/bookings/availability')).toBe('availability');
  });
});

describe('bookings routes and tabs', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function start(role: 'admin' | 'lawyer' | 'paralegal'): Promise<void> {
    signIn(role, role === 'admin' ? 'u-admin' : 'u-para');
    TestBed.configureTestingModule({
      providers: consultationTestProviders([
        { path: 'bookings', children: bookingsRoutes },
        { path: 'forbidden', component: ForbiddenPage },
      ]),
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => backend.verify());

  const find = (testId: string): HTMLElement | null =>
    (harness.fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await harness.fixture.whenStable();
    }
  }

  it('hides the availability tab and page from a paralegal', async () => {
    await start('paralegal');
    await harness.navigateByUrl('/bookings');
    backend.expectOne((r) => r.url === '/api/consultation-requests').flush(makePage([]));
    await settle();
    expect(find('requests-page')).not.toBeNull();
    expect(find('bookings-tab-requests')?.classList).toContain('mdc-tab--active');
    expect(find('bookings-tab-calendar')).not.toBeNull();
    expect(find('bookings-tab-availability')).toBeNull();

    await harness.navigateByUrl('/bookings/availability');
    await settle();
    expect(find('availability-page')).toBeNull();
    expect(find('forbidden')).not.toBeNull();
    // The address bar keeps the URL asked for.
    expect(TestBed.inject(Location).path()).toBe('/bookings/availability');
  });

  it('opens a request from its URL under the requests tab', async () => {
    await start('lawyer');
    await harness.navigateByUrl('/bookings/requests/r-1');
    await settle();
    backend.expectOne('/api/consultation-types').flush([makeType()]);
    backend.expectOne('/api/consultation-requests/r-1').flush(makeRequest());
    await settle();
    expect(find('request-detail')?.getAttribute('data-request-id')).toBe('r-1');
    expect(find('bookings-tab-requests')?.classList).toContain('mdc-tab--active');
  });

  it('shows the availability tab to an admin and opens the editor', async () => {
    await start('admin');
    await harness.navigateByUrl('/bookings/availability');
    await settle();
    backend.expectOne('/api/staff').flush(STAFF);
    backend.expectOne('/api/availability/settings').flush({
      bufferMinutes: 15,
      minNoticeHours: 24,
      horizonDays: 60,
      timeZone: 'America/Toronto',
      version: 1,
    });
    backend.expectOne((r) => r.url === '/api/availability/holidays').flush([]);
    backend.expectOne('/api/consultation-types').flush([makeType()]);
    await settle();
    expect(find('availability-page')).not.toBeNull();
    expect(find('bookings-tab-availability')?.classList).toContain('mdc-tab--active');
    expect(find('bookings-tab-requests')?.classList).not.toContain('mdc-tab--active');
  });
});
