import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { LanguageService } from '@intake/dashboard/core';
import type { PublicSlotsDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { IDEMPOTENCY_KEY_PATTERN } from '../data/booking-domain';
import { PUBLIC_API, type PublicConsultationTypeDto } from '../data/public-booking-api';
import { SelfAssessmentLink } from '../data/self-assessment-link';
import {
  CEC_TYPE,
  NOW,
  SA_TOKEN,
  SPONSORSHIP_TYPE,
  STATUS_TEXT,
  TODAY,
  VISITOR_ZONE,
  acknowledgment,
  disclaimer,
  problem,
  publicBooking,
  slotList,
} from '../testing/booking-fixtures';
import { BOOKING_CLOCK, VISITOR_TIME_ZONE } from '../time/zoned-time';
import { BookingPage } from './booking-page';

const WEEK = { from: TODAY, to: '2026-03-15' };
const STARTS = [
  '2026-03-10T09:00:00-04:00',
  '2026-03-10T09:30:00-04:00',
  '2026-03-11T10:00:00-04:00',
];

describe('BookingPage', () => {
  let fixture: ComponentFixture<BookingPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=csrf-token; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: VISITOR_TIME_ZONE, useValue: VISITOR_ZONE },
        { provide: BOOKING_CLOCK, useValue: () => NOW },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BookingPage);
    await settle();
  });

  afterEach(() => {
    backend.verify();
    document.cookie = 'XSRF-TOKEN=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const input = (testId: string): HTMLInputElement => el(testId) as HTMLInputElement;
  const errorText = (): string | undefined => el('booking-error')?.textContent?.trim();
  const currentStep = (): string | null | undefined =>
    root().querySelector('[aria-current="step"]')?.getAttribute('data-testid');

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function click(testId: string, index = 0): Promise<void> {
    all(testId)[index].click();
    await settle();
  }

  async function type(testId: string, value: string, index = 0): Promise<void> {
    const field = all(testId)[index] as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  async function choose(testId: string, value: string): Promise<void> {
    const select = el(testId) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  async function startPage(types: PublicConsultationTypeDto[] = [CEC_TYPE]): Promise<void> {
    backend
      .expectOne({ method: 'GET', url: `${PUBLIC_API.disclaimer}?locale=en` })
      .flush(disclaimer('en'));
    backend
      .expectOne({ method: 'GET', url: `${PUBLIC_API.consultationTypes}?locale=en` })
      .flush(types);
    await settle();
  }

  async function acknowledge(token = 'ack-token-1'): Promise<void> {
    await click('disclaimer-accept-general');
    await click('disclaimer-accept-confidentiality');
    await click('disclaimer-continue');
    const req = backend.expectOne({ method: 'POST', url: PUBLIC_API.acknowledgments });
    expect(req.request.body).toEqual(
      expect.objectContaining({
        acceptsGeneralInformation: true,
        acceptsNoConfidentiality: true,
        locale: 'en',
      }),
    );
    req.flush(acknowledgment(token));
    await settle();
  }

  function slotsRequest(): TestRequest {
    return backend.expectOne((r) => r.url === PUBLIC_API.slots);
  }

  async function slotsLoaded(list: PublicSlotsDto = slotList(STARTS, WEEK)): Promise<void> {
    slotsRequest().flush(list);
    await settle();
  }

  async function fillAboutYou(): Promise<void> {
    await type('prescreen-given-names', ' Amélie ');
    await type('prescreen-family-name', 'Nguyen');
    await type('prescreen-email', 'amelie@example.com');
    await type('prescreen-phone', '+1 514 555 0101');
    await choose('prescreen-program', 'cec_express_entry');
    await click('prescreen-party-add');
    await type('prescreen-party-name', 'Northwind Analytics');
    await type('prescreen-party-relation', 'employer');
  }

  /** Disclaimer, video, the first time, the pre-screen: the review step is shown. */
  async function walkToReview(): Promise<void> {
    await startPage();
    await acknowledge();
    await click('booking-mode-video');
    await slotsLoaded();
    await click('slot');
    await fillAboutYou();
    await click('prescreen-continue');
    expect(currentStep()).toBe('booking-step-review');
  }

  function bookingRequest(): TestRequest {
    return backend.expectOne({ method: 'POST', url: PUBLIC_API.bookings });
  }

  it('books a consultation through the four steps and shows the confirmation', async () => {
    await startPage();
    expect(el('booking-page')).not.toBeNull();
    expect(currentStep()).toBe('booking-step-disclaimer');
    expect((el('disclaimer-continue') as HTMLButtonElement).disabled).toBe(true);
    await acknowledge();

    expect(currentStep()).toBe('booking-step-consultation');
    expect(document.activeElement).toBe(el('booking-step-title'));
    // The only type is preselected; no time is offered before the mode is chosen.
    expect((el('booking-type') as HTMLSelectElement).value).toBe(CEC_TYPE.code);
    expect(el('booking-mode-first')).not.toBeNull();
    backend.expectNone((r) => r.url === PUBLIC_API.slots);
    await click('booking-mode-video');
    const slots = slotsRequest();
    expect(slots.request.params.get('type')).toBe(CEC_TYPE.code);
    expect(slots.request.params.get('from')).toBe(TODAY);
    slots.flush(slotList(STARTS, WEEK));
    await settle();
    expect(all('slot')[0].textContent?.trim()).toBe('6:00 a.m.');
    await click('slot', 1);

    expect(currentStep()).toBe('booking-step-about');
    expect((el('prescreen-language') as HTMLSelectElement).value).toBe('en');
    await fillAboutYou();
    await click('prescreen-continue');

    expect(currentStep()).toBe('booking-step-review');
    expect(el('summary-when')?.textContent).toContain('Tuesday, March 10, 2026 at 6:30 a.m.');
    expect(el('summary-firm-when')?.textContent).toContain('Tuesday, March 10, 2026 at 9:30 a.m.');
    expect(el('summary-mode')?.textContent).toContain('booking.modes.video');
    expect(el('review-person')?.textContent).toContain('Amélie Nguyen');
    expect(el('review-person')?.textContent).toContain('Northwind Analytics (employer)');

    await click('booking-confirm');
    const req = bookingRequest();
    expect(req.request.headers.get('Idempotency-Key')).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(req.request.headers.get('X-XSRF-TOKEN')).toBe('csrf-token');
    expect(req.request.body).toEqual({
      slotId: slotList(STARTS, WEEK).slots[1].slotId,
      mode: 'video',
      acknowledgmentToken: 'ack-token-1',
      preScreen: {
        givenNames: 'Amélie',
        familyName: 'Nguyen',
        email: 'amelie@example.com',
        phone: '+1 514 555 0101',
        preferredLanguage: 'en',
        programOfInterest: 'cec_express_entry',
        otherParties: [{ name: 'Northwind Analytics', relation: 'employer' }],
      },
      website: '',
    });
    req.flush(publicBooking(STARTS[1]), { status: 201, statusText: 'Created' });
    await settle();

    const confirmation = el('booking-confirmation');
    expect(confirmation).not.toBeNull();
    expect(el('booking-step-title')?.textContent).toContain('booking.confirmation.title');
    expect(confirmation?.textContent).toContain('Tuesday, March 10, 2026 at 6:30 a.m.');
    expect(confirmation?.textContent).toContain('Tuesday, March 10, 2026 at 9:30 a.m.');
    expect(confirmation?.textContent).toContain('CEC assessment');
    expect(el('booking-confirmation-email')?.textContent).toContain('booking.confirmation.email');
    expect(errorText()).toBeUndefined();
  });

  it('lets the visitor choose among several types, each with its own modes', async () => {
    await startPage([CEC_TYPE, SPONSORSHIP_TYPE]);
    await acknowledge();
    expect((el('booking-type') as HTMLSelectElement).value).toBe('');
    expect(el('booking-mode-video')).toBeNull();
    await choose('booking-type', SPONSORSHIP_TYPE.code);
    // One mode only: already chosen, and its times load.
    expect(input('booking-mode-video').checked).toBe(true);
    expect(el('booking-mode-in_person')).toBeNull();
    const req = slotsRequest();
    expect(req.request.params.get('type')).toBe(SPONSORSHIP_TYPE.code);
    req.flush(slotList([], WEEK, SPONSORSHIP_TYPE));
    await settle();
    expect(el('slots-empty')).not.toBeNull();
  });

  it('shows the types error with a retry, and an empty state when none can be booked', async () => {
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    backend
      .expectOne(`${PUBLIC_API.consultationTypes}?locale=en`)
      .flush(null, { status: 500, statusText: STATUS_TEXT[500] });
    await settle();
    await acknowledge();
    expect(el('page-state-error')?.textContent).toContain('booking.consultation.typesError');
    await click('page-state-retry');
    backend.expectOne(`${PUBLIC_API.consultationTypes}?locale=en`).flush([]);
    await settle();
    expect(el('page-state-empty')?.textContent).toContain('booking.consultation.noTypes');
  });

  it('validates the pre-screen before the review', async () => {
    await startPage();
    await acknowledge();
    await click('booking-mode-in_person');
    await slotsLoaded();
    await click('slot');
    await type('prescreen-email', 'not-an-email');
    await type('prescreen-phone', 'call me');
    await click('prescreen-party-add');
    await click('prescreen-continue');
    expect(currentStep()).toBe('booking-step-about');
    expect(errorText()).toBe('errors.checkFields');
    const messages = Array.from(root().querySelectorAll('mat-error')).map((e) =>
      e.textContent?.trim(),
    );
    expect(messages).toEqual([
      'errors.required',
      'errors.required',
      'errors.email',
      'booking.about.errors.phone',
      'errors.required',
      'errors.required',
      'errors.required',
    ]);
    expect(document.activeElement).toBe(el('prescreen-given-names'));
  });

  it('keeps the honeypot out of sight and out of reach, and sends it empty', async () => {
    await walkToReview();
    await click('review-edit');
    const trap = el('prescreen-honeypot') as HTMLElement;
    expect(trap.getAttribute('aria-hidden')).toBe('true');
    expect(trap.style.position).toBe('absolute');
    expect(trap.style.left).toBe('-10000px');
    expect(input('prescreen-website').tabIndex).toBe(-1);
    expect(input('prescreen-website').getAttribute('autocomplete')).toBe('off');
    await click('prescreen-continue');
    await click('booking-confirm');
    const req = bookingRequest();
    expect(req.request.body.website).toBe('');
    req.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
    await settle();
  });

  it('books once when the button is pressed twice', async () => {
    await walkToReview();
    const button = el('booking-confirm') as HTMLButtonElement;
    button.click();
    button.click();
    await settle();
    expect(button.disabled).toBe(true);
    const requests = backend.match({ method: 'POST', url: PUBLIC_API.bookings });
    expect(requests).toHaveLength(1);
    requests[0].flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('booking-confirmation')).not.toBeNull();
  });

  it('says plainly that the time was just taken, reloads the times and keeps the answers', async () => {
    await walkToReview();
    await click('booking-confirm');
    const first = bookingRequest();
    first.flush(problem(409, 'slot-taken'), { status: 409, statusText: STATUS_TEXT[409] });
    await settle();

    expect(currentStep()).toBe('booking-step-consultation');
    expect(errorText()).toBe('booking.errors.slotTaken');
    await slotsLoaded(slotList(STARTS.slice(1), WEEK));
    expect(all('slot').map((s) => s.getAttribute('data-start'))).not.toContain(STARTS[0]);
    await click('slot');

    expect(currentStep()).toBe('booking-step-about');
    expect(input('prescreen-given-names').value).toBe(' Amélie ');
    expect(input('prescreen-party-name').value).toBe('Northwind Analytics');
    await click('prescreen-continue');
    await click('booking-confirm');
    const second = bookingRequest();
    expect(second.request.body.slotId).toBe(slotList(STARTS, WEEK).slots[1].slotId);
    expect(second.request.body.preScreen.email).toBe('amelie@example.com');
    expect(second.request.headers.get('Idempotency-Key')).not.toBe(
      first.request.headers.get('Idempotency-Key'),
    );
    second.flush(publicBooking(STARTS[1]), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('booking-confirmation')).not.toBeNull();
  });

  it('goes back to the disclaimer on 428, then straight back to the review', async () => {
    await walkToReview();
    await click('booking-confirm');
    bookingRequest().flush(problem(428, 'disclaimer-not-acknowledged'), {
      status: 428,
      statusText: STATUS_TEXT[428],
    });
    await settle();
    expect(currentStep()).toBe('booking-step-disclaimer');
    expect(errorText()).toBe('booking.errors.acknowledgeAgain');
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en'));
    await settle();
    expect(input('disclaimer-accept-general').checked).toBe(false);
    await acknowledge('ack-token-2');

    expect(currentStep()).toBe('booking-step-review');
    await click('booking-confirm');
    const req = bookingRequest();
    expect(req.request.body.acknowledgmentToken).toBe('ack-token-2');
    expect(req.request.body.preScreen.givenNames).toBe('Amélie');
    req.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('booking-confirmation')).not.toBeNull();
  });

  it('goes back to the disclaimer when it changed since it was acknowledged', async () => {
    await walkToReview();
    await click('booking-confirm');
    bookingRequest().flush(problem(409, 'disclaimer-outdated'), {
      status: 409,
      statusText: STATUS_TEXT[409],
    });
    await settle();
    expect(currentStep()).toBe('booking-step-disclaimer');
    expect(errorText()).toBe('booking.errors.disclaimerChanged');
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=en`).flush(disclaimer('en', 2));
  });

  it('retries with the same Idempotency-Key after a network failure, and a new one for the next booking', async () => {
    await walkToReview();
    await click('booking-confirm');
    const failed = bookingRequest();
    const key = failed.request.headers.get('Idempotency-Key');
    failed.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(errorText()).toBe('booking.errors.networkRetry');
    expect(currentStep()).toBe('booking-step-review');

    await click('booking-confirm');
    const retry = bookingRequest();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    expect(retry.request.body).toEqual(failed.request.body);
    retry.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('booking-confirmation')).not.toBeNull();

    await click('booking-another');
    expect(currentStep()).toBe('booking-step-consultation');
    await slotsLoaded(slotList(STARTS.slice(1), WEEK));
    await click('slot', 1);
    await click('prescreen-continue');
    await click('booking-confirm');
    const next = bookingRequest();
    expect(next.request.headers.get('Idempotency-Key')).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
    next.flush(publicBooking(STARTS[2]), { status: 201, statusText: 'Created' });
    await settle();
  });

  it('keeps the key after a server error, and uses a new one when the visitor then changes an answer', async () => {
    await walkToReview();
    await click('booking-confirm');
    const failed = bookingRequest();
    failed.flush(problem(500, 'internal'), { status: 500, statusText: STATUS_TEXT[500] });
    await settle();
    expect(errorText()).toBe('booking.errors.serverRetry');
    await click('review-edit');
    await type('prescreen-family-name', 'Nguyen-Tremblay');
    await click('prescreen-continue');
    await click('booking-confirm');
    const changed = bookingRequest();
    expect(changed.request.headers.get('Idempotency-Key')).not.toBe(
      failed.request.headers.get('Idempotency-Key'),
    );
    changed.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
    await settle();
  });

  it('shows the API’s field errors under the fields, with the answers kept', async () => {
    await walkToReview();
    await click('booking-confirm');
    bookingRequest().flush(
      problem(400, 'validation', [
        { field: 'preScreen.email', message: 'must be a valid e-mail address' },
        { field: 'preScreen.otherParties[0].relation', message: 'must be shorter' },
      ]),
      { status: 400, statusText: STATUS_TEXT[400] },
    );
    await settle();
    expect(currentStep()).toBe('booking-step-about');
    expect(errorText()).toBe('errors.checkFields');
    const messages = Array.from(root().querySelectorAll('mat-error')).map((e) =>
      e.textContent?.trim(),
    );
    expect(messages).toEqual(['errors.email', 'must be shorter']);
    expect(input('prescreen-email').value).toBe('amelie@example.com');
  });

  it('asks to wait a minute when rate-limited, staying on the review', async () => {
    await walkToReview();
    await click('booking-confirm');
    bookingRequest().flush(problem(429, 'rate-limited'), {
      status: 429,
      statusText: STATUS_TEXT[429],
    });
    await settle();
    expect(currentStep()).toBe('booking-step-review');
    expect(errorText()).toBe('booking.errors.rateLimited');
    expect((el('booking-confirm') as HTMLButtonElement).disabled).toBe(false);
  });

  it('follows the page language: statements, type names and the preferred language', async () => {
    await startPage();
    await TestBed.inject(LanguageService).use('fr');
    await settle();
    backend.expectOne(`${PUBLIC_API.disclaimer}?locale=fr`).flush(disclaimer('fr'));
    backend
      .expectOne(`${PUBLIC_API.consultationTypes}?locale=fr`)
      .flush([{ ...CEC_TYPE, name: 'Évaluation CEC' }]);
    await settle();
    expect(el('disclaimer-general-text')?.textContent).toContain('avis juridique');
    await click('disclaimer-accept-general');
    await click('disclaimer-accept-confidentiality');
    await click('disclaimer-continue');
    const ack = backend.expectOne(PUBLIC_API.acknowledgments);
    expect(ack.request.body.locale).toBe('fr');
    ack.flush(acknowledgment('ack-fr', 'fr'));
    await settle();
    expect(el('booking-type')?.textContent).toContain('booking.consultation.typeOption');
    await click('booking-mode-video');
    const slots = slotsRequest();
    expect(slots.request.params.get('locale')).toBe('fr');
    slots.flush(slotList(STARTS, WEEK));
    await settle();
    await click('slot');
    expect((el('prescreen-language') as HTMLSelectElement).value).toBe('fr');
  });

  describe('after a self-assessment', () => {
    let link: SelfAssessmentLink;

    beforeEach(() => {
      link = TestBed.inject(SelfAssessmentLink);
      link.set({ token: SA_TOKEN, answer: 'likely_eligible' });
    });

    afterEach(() => link.clear());

    it('still asks for the booking’s own acknowledgment, then links the self-assessment once', async () => {
      await startPage();
      expect(currentStep()).toBe('booking-step-disclaimer');
      await acknowledge();
      await click('booking-mode-video');
      await slotsLoaded();
      await click('slot');
      // Suggested from the self-assessment, and the visitor may change it.
      expect((el('prescreen-program') as HTMLSelectElement).value).toBe('cec_express_entry');
      await type('prescreen-given-names', 'Priya');
      await type('prescreen-family-name', 'Sharma');
      await type('prescreen-email', 'priya@example.com');
      await click('prescreen-continue');
      expect(el('review-self-assessment')?.textContent).toContain('booking.review.selfAssessment');
      await click('booking-confirm');
      const req = bookingRequest();
      expect(req.request.body.acknowledgmentToken).toBe('ack-token-1');
      expect(req.request.body.preScreen).toEqual({
        givenNames: 'Priya',
        familyName: 'Sharma',
        email: 'priya@example.com',
        preferredLanguage: 'en',
        programOfInterest: 'cec_express_entry',
        selfAssessmentToken: SA_TOKEN,
      });
      req.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
      await settle();
      expect(el('booking-confirmation')).not.toBeNull();
      expect(link.current()).toBeNull();

      // The API links a self-assessment to one request: the next booking goes without it.
      await click('booking-another');
      await slotsLoaded(slotList(STARTS.slice(1), WEEK));
      await click('slot');
      await click('prescreen-continue');
      expect(el('review-self-assessment')).toBeNull();
      await click('booking-confirm');
      const next = bookingRequest();
      expect(next.request.body.preScreen.selfAssessmentToken).toBeUndefined();
      next.flush(publicBooking(STARTS[1]), { status: 201, statusText: 'Created' });
      await settle();
    });

    it('books without the link when the API refuses it, after saying so', async () => {
      await walkToReview();
      await click('booking-confirm');
      const refused = bookingRequest();
      expect(refused.request.body.preScreen.selfAssessmentToken).toBe(SA_TOKEN);
      refused.flush(
        problem(400, 'validation', [
          {
            field: 'preScreen.selfAssessmentToken',
            message: 'is not a self-assessment of yours that is still unlinked',
          },
        ]),
        { status: 400, statusText: STATUS_TEXT[400] },
      );
      await settle();
      expect(currentStep()).toBe('booking-step-review');
      expect(errorText()).toBe('booking.errors.selfAssessmentNotLinked');
      expect(el('review-self-assessment')).toBeNull();
      expect(link.current()).toBeNull();

      await click('booking-confirm');
      const again = bookingRequest();
      expect(again.request.body.preScreen.selfAssessmentToken).toBeUndefined();
      expect(again.request.body.preScreen.givenNames).toBe('Amélie');
      again.flush(publicBooking(STARTS[0]), { status: 201, statusText: 'Created' });
      await settle();
      expect(el('booking-confirmation')).not.toBeNull();
    });
  });
});
