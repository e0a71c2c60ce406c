import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  API,
  LanguageService,
  XSRF_COOKIE_NAME,
  XSRF_HEADER_NAME,
  authExpiredInterceptor,
  authGuard,
  csrfRetryInterceptor,
} from '@intake/dashboard/core';
import { provideTranslateService } from '@ngx-translate/core';
import { PUBLIC_API, bookingUrl } from './data/public-booking-api';
import { bookingRoutes, manageBookingRoutes, selfAssessmentRoutes } from './public-booking.routes';
import {
  CEC_TYPE,
  FIRM,
  NOW,
  SA_TOKEN,
  STATUS_TEXT,
  VISITOR_ZONE,
  acknowledgment,
  disclaimer,
  publicBooking,
  selfAssessmentResult,
  slotList,
} from './testing/booking-fixtures';
import { BOOKING_CLOCK, VISITOR_TIME_ZONE } from './time/zoned-time';

@Component({
  selector: 'intake-staff-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p data-testid="staff-area">staff</p>',
})
class StaffStub {}

@Component({
  selector: 'intake-login-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p data-testid="login-page">login</p>',
})
class LoginStub {}

/** Mounted as apps/dashboard mounts them: before the guarded staff layout, without a guard. */
const routes: Routes = [
  { path: 'login', component: LoginStub },
  { path: 'book', loadChildren: () => Promise.resolve(bookingRoutes) },
  { path: 'booking/manage', loadChildren: () => Promise.resolve(manageBookingRoutes) },
  { path: 'self-assessment', loadChildren: () => Promise.resolve(selfAssessmentRoutes) },
  {
    path: '',
    canActivate: [authGuard],
    children: [{ path: '**', component: StaffStub }],
  },
];

describe('public booking routes', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(
          withInterceptors([authExpiredInterceptor, csrfRetryInterceptor]),
          withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
        ),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter(routes, withComponentInputBinding()),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: VISITOR_TIME_ZONE, useValue: VISITOR_ZONE },
        { provide: BOOKING_CLOCK, useValue: () => NOW },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    document.cookie = `${XSRF_COOKIE_NAME}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  const find = (testId: string): HTMLElement | null =>
    (harness.fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await harness.fixture.whenStable();
    }
  }

  async function firmLoaded(): Promise<void> {
    backend.expectOne({ method: 'GET', url: PUBLIC_API.firm }).flush(FIRM);
    await settle();
  }

  async function click(testId: string, index = 0): Promise<void> {
    const root = harness.fixture.nativeElement as HTMLElement;
    root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)[index].click();
    await settle();
  }

  async function set(testId: string, value: string, event: 'input' | 'change'): Promise<void> {
    const field = find(testId) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(event));
    await settle();
  }

  async function acknowledge(purpose: 'booking' | 'self_assessment', token: string): Promise<void> {
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    await settle();
    await click('disclaimer-accept-general');
    await click('disclaimer-accept-confidentiality');
    await click('disclaimer-continue');
    const req = backend.expectOne({ method: 'POST', url: PUBLIC_API.acknowledgments });
    expect(req.request.body.purpose).toBe(purpose);
    req.flush(acknowledgment(token, 'en', purpose));
    await settle();
  }

  it('opens /book for a visitor without asking who they are or sending them to /login', async () => {
    await harness.navigateByUrl('/book');
    await settle();
    backend.expectNone(API.me);
    await firmLoaded();
    expect(TestBed.inject(Router).url).toBe('/book');
    expect(find('booking-page')).not.toBeNull();
    expect(find('booking-language-en')).not.toBeNull();
    expect(find('nav-clients')).toBeNull();
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    backend.expectOne(`${PUBLIC_API.consultationTypes}?locale=en`).flush([CEC_TYPE]);
    await settle();
    expect(find('disclaimer-general-text')).not.toBeNull();
    expect(TestBed.inject(Router).url).toBe('/book');
  });

  it('opens the e-mailed link with its token', async () => {
    await harness.navigateByUrl('/booking/manage?token=private-token');
    await settle();
    backend.expectNone(API.me);
    await firmLoaded();
    backend
      .expectOne(bookingUrl('private-token'))
      .flush(publicBooking('2026-03-12T10:00:00-04:00'));
    await settle();
    expect(find('manage-booking')).not.toBeNull();
    expect(find('manage-status')?.getAttribute('data-status')).toBe('confirmed');
    expect(TestBed.inject(Router).url).toBe('/booking/manage?token=private-token');
  });

  it('opens in French from a link with ?lang=fr, and switches language from the header', async () => {
    await harness.navigateByUrl('/book?lang=fr');
    await settle();
    await firmLoaded();
    const language = TestBed.inject(LanguageService);
    expect(language.current()).toBe('fr');
    for (const req of backend.match((r) => r.url === PUBLIC_API.disclaimer)) {
      req.flush(disclaimer(req.request.params.get('locale') === 'fr' ? 'fr' : 'en'));
    }
    for (const req of backend.match((r) => r.url === PUBLIC_API.consultationTypes)) {
      req.flush([CEC_TYPE]);
    }
    await settle();
    expect(find('disclaimer-general-text')?.textContent).toContain('avis juridique');
    expect(find('booking-language-fr')?.getAttribute('aria-pressed')).toBe('true');

    find('booking-language-en')?.click();
    await settle();
    expect(language.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    backend.expectOne(`${PUBLIC_API.consultationTypes}?locale=en`).flush([CEC_TYPE]);
    await settle();
    expect(find('booking-language-en')?.getAttribute('aria-pressed')).toBe('true');
    expect(find('disclaimer-general-text')?.textContent).toContain('not legal advice');
  });

  it('names the firm from the API in the header, and links the public pages to each other', async () => {
    await harness.navigateByUrl('/self-assessment');
    await settle();
    backend.expectNone(API.me);
    expect(find('self-assessment-page')).not.toBeNull();
    // Nothing generic flashes while the name loads.
    expect(find('public-firm-name')?.textContent?.trim()).toBe('');
    await firmLoaded();
    expect(find('public-firm-name')?.textContent?.trim()).toBe(FIRM.name);
    expect(find('public-nav-self-assessment')?.getAttribute('aria-current')).toBe('page');
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    await settle();

    await click('public-nav-book');
    expect(TestBed.inject(Router).url).toBe('/book');
    // Asked once per visit.
    backend.expectNone(PUBLIC_API.firm);
    expect(find('public-firm-name')?.textContent?.trim()).toBe(FIRM.name);
    expect(find('public-nav-book')?.getAttribute('aria-current')).toBe('page');
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    backend.expectOne(`${PUBLIC_API.consultationTypes}?locale=en`).flush([CEC_TYPE]);
    await settle();
  });

  it('falls back to a generic name when the firm cannot be loaded', async () => {
    await harness.navigateByUrl('/booking/manage?token=private-token');
    await settle();
    backend.expectOne(PUBLIC_API.firm).flush(null, { status: 500, statusText: STATUS_TEXT[500] });
    await settle();
    expect(find('public-firm-name')?.textContent?.trim()).toBe('booking.shell.firmName');
    backend
      .expectOne(bookingUrl('private-token'))
      .flush(publicBooking('2026-03-12T10:00:00-04:00'));
    await settle();
  });

  it('books from the self-assessment: its own acknowledgment, then the booking’s, and the link sent', async () => {
    document.cookie = `${XSRF_COOKIE_NAME}=csrf-token; path=/`;
    await harness.navigateByUrl('/self-assessment');
    await settle();
    await firmLoaded();
    await acknowledge('self_assessment', 'ack-for-self-assessment');
    await set('sa-dob', '1990-05-01', 'input');
    await set('sa-education', 'masters', 'change');
    await set('sa-province', 'BC', 'change');
    await set('sa-partner', 'none', 'change');
    await click('sa-submit');
    const assessed = backend.expectOne({ method: 'POST', url: PUBLIC_API.selfAssessment });
    expect(assessed.request.body).toEqual({
      acknowledgmentToken: 'ack-for-self-assessment',
      locale: 'en',
      dateOfBirth: '1990-05-01',
      canadianWork: [],
      educationLevel: 'masters',
      intendedProvince: 'BC',
    });
    assessed.flush(selfAssessmentResult('likely_not_eligible'), {
      status: 201,
      statusText: 'Created',
    });
    await settle();
    expect(find('sa-result')?.getAttribute('data-outcome')).toBe('likely_not_eligible');

    await click('sa-book');
    expect(TestBed.inject(Router).url).toBe('/book');
    backend.expectOne(`${PUBLIC_API.consultationTypes}?locale=en`).flush([CEC_TYPE]);
    // The booking still asks for its own acknowledgment, nothing skipped.
    expect(find('booking-page')).not.toBeNull();
    expect(find('booking-step-disclaimer')?.getAttribute('aria-current')).toBe('step');
    await acknowledge('booking', 'ack-for-booking');
    await click('booking-mode-video');
    const starts = ['2026-03-10T09:00:00-04:00'];
    backend
      .expectOne((r) => r.url === PUBLIC_API.slots)
      .flush(slotList(starts, { from: '2026-03-09', to: '2026-03-15' }));
    await settle();
    await click('slot');
    expect((find('prescreen-program') as HTMLSelectElement).value).toBe('cec_express_entry');
    await set('prescreen-given-names', 'Priya', 'input');
    await set('prescreen-family-name', 'Sharma', 'input');
    await set('prescreen-email', 'priya@example.com', 'input');
    await click('prescreen-continue');
    expect(find('review-self-assessment')).not.toBeNull();
    await click('booking-confirm');
    const booked = backend.expectOne({ method: 'POST', url: PUBLIC_API.bookings });
    expect(booked.request.body.acknowledgmentToken).toBe('ack-for-booking');
    expect(booked.request.body.preScreen).toEqual({
      givenNames: 'Priya',
      familyName: 'Sharma',
      email: 'priya@example.com',
      preferredLanguage: 'en',
      programOfInterest: 'cec_express_entry',
      selfAssessmentToken: SA_TOKEN,
    });
    booked.flush(publicBooking(starts[0]), { status: 201, statusText: 'Created' });
    await settle();
    expect(find('booking-confirmation')).not.toBeNull();
  });

  it('still guards the staff area (the check above can fail)', async () => {
    const navigation = harness.navigateByUrl('/clients');
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend.expectOne(API.me).flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fclients');
    expect(find('login-page')).not.toBeNull();
  });
});
