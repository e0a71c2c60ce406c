import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API, LanguageService } from '@intake/dashboard/core';
import type { AcknowledgmentDto, Language } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { PUBLIC_API } from '../data/public-booking-api';
import { STATUS_TEXT, acknowledgment, disclaimer, problem } from '../testing/booking-fixtures';
import { DisclaimerStep } from './disclaimer-step';

function setCsrfCookie(value: string | null): void {
  document.cookie = value
    ? `XSRF-TOKEN=${value}; path=/`
    : 'XSRF-TOKEN=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
}

describe('DisclaimerStep', () => {
  let fixture: ComponentFixture<DisclaimerStep>;
  let backend: HttpTestingController;
  let acknowledged: AcknowledgmentDto[];
  let failures: string[];

  beforeEach(async () => {
    setCsrfCookie('csrf-from-cookie');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DisclaimerStep);
    acknowledged = [];
    failures = [];
    fixture.componentInstance.acknowledged.subscribe((a) => acknowledged.push(a));
    fixture.componentInstance.failed.subscribe((key) => failures.push(key));
    await settle();
  });

  afterEach(() => {
    backend.verify();
    setCsrfCookie(null);
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const box = (testId: string): HTMLInputElement => el(testId) as HTMLInputElement;
  const continueButton = (): HTMLButtonElement => el('disclaimer-continue') as HTMLButtonElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function textLoaded(locale: Language, number = 1): Promise<void> {
    backend
      .expectOne({ method: 'GET', url: `${PUBLIC_API.disclaimer}?locale=${locale}` })
      .flush(disclaimer(locale, number));
    await settle();
  }

  async function tick(testId: string): Promise<void> {
    box(testId).click();
    await settle();
  }

  function expectAcknowledgment(): TestRequest {
    return backend.expectOne({ method: 'POST', url: PUBLIC_API.acknowledgments });
  }

  it('shows both statements, each with its own box, unticked at first', async () => {
    await textLoaded('en');
    expect(el('disclaimer-general-text')?.textContent?.trim()).toBe(
      disclaimer('en').generalInformation,
    );
    expect(el('disclaimer-confidentiality-text')?.textContent?.trim()).toBe(
      disclaimer('en').noConfidentiality,
    );
    expect(box('disclaimer-accept-general').type).toBe('checkbox');
    expect(box('disclaimer-accept-general').checked).toBe(false);
    expect(box('disclaimer-accept-confidentiality').checked).toBe(false);
    expect(box('disclaimer-accept-general').closest('label')?.textContent).toContain(
      'booking.disclaimer.acceptGeneral',
    );
    expect(continueButton().disabled).toBe(true);
  });

  it('continues only once both boxes are ticked, and records both and the language', async () => {
    await textLoaded('en');
    await tick('disclaimer-accept-general');
    expect(continueButton().disabled).toBe(true);
    continueButton().click();
    await settle();
    backend.expectNone(PUBLIC_API.acknowledgments);

    await tick('disclaimer-accept-confidentiality');
    expect(continueButton().disabled).toBe(false);
    await tick('disclaimer-accept-general');
    expect(continueButton().disabled).toBe(true);
    await tick('disclaimer-accept-general');

    continueButton().click();
    await settle();
    const req = expectAcknowledgment();
    expect(req.request.body).toEqual({
      versionId: disclaimer('en').versionId,
      hash: disclaimer('en').hash,
      locale: 'en',
      acceptsGeneralInformation: true,
      acceptsNoConfidentiality: true,
      purpose: 'booking',
    });
    expect(req.request.headers.get('X-XSRF-TOKEN')).toBe('csrf-from-cookie');
    req.flush(acknowledgment('token-1'));
    await settle();
    expect(acknowledged.map((a) => a.token)).toEqual(['token-1']);
  });

  it('shows the text in the new language when the visitor switches, and asks again', async () => {
    await textLoaded('en');
    await tick('disclaimer-accept-general');
    await tick('disclaimer-accept-confidentiality');
    await TestBed.inject(LanguageService).use('fr');
    await settle();
    await textLoaded('fr');
    expect(el('disclaimer-general-text')?.textContent?.trim()).toBe(
      disclaimer('fr').generalInformation,
    );
    expect(root().querySelector('.statements')?.getAttribute('lang')).toBe('fr');
    expect(box('disclaimer-accept-general').checked).toBe(false);
    expect(continueButton().disabled).toBe(true);

    await tick('disclaimer-accept-general');
    await tick('disclaimer-accept-confidentiality');
    continueButton().click();
    await settle();
    const req = expectAcknowledgment();
    expect(req.request.body.locale).toBe('fr');
    req.flush(acknowledgment('token-fr', 'fr'));
    await settle();
    expect(acknowledged).toHaveLength(1);
  });

  it('reloads the text and asks again when it changed in the meantime (409)', async () => {
    await textLoaded('en');
    await tick('disclaimer-accept-general');
    await tick('disclaimer-accept-confidentiality');
    continueButton().click();
    await settle();
    expectAcknowledgment().flush(problem(409, 'disclaimer-outdated'), {
      status: 409,
      statusText: STATUS_TEXT[409],
    });
    await settle();
    expect(failures).toEqual(['booking.errors.disclaimerChanged']);
    await textLoaded('en', 2);
    expect(box('disclaimer-accept-general').checked).toBe(false);
    expect(root().textContent).toContain('booking.disclaimer.version');
    expect(acknowledged).toEqual([]);
  });

  it('asks to wait a minute when rate-limited', async () => {
    await textLoaded('en');
    await tick('disclaimer-accept-general');
    await tick('disclaimer-accept-confidentiality');
    continueButton().click();
    await settle();
    expectAcknowledgment().flush(problem(429, 'rate-limited'), {
      status: 429,
      statusText: STATUS_TEXT[429],
    });
    await settle();
    expect(failures).toEqual(['booking.errors.rateLimited']);
    expect(box('disclaimer-accept-general').checked).toBe(true);
    expect(continueButton().disabled).toBe(false);
  });

  it('gets a CSRF cookie first when the visitor has none yet', async () => {
    setCsrfCookie(null);
    await textLoaded('en');
    await tick('disclaimer-accept-general');
    await tick('disclaimer-accept-confidentiality');
    continueButton().click();
    await settle();
    backend.expectNone(PUBLIC_API.acknowledgments);
    const csrf = backend.expectOne({ method: 'GET', url: API.csrf });
    setCsrfCookie('fresh-token');
    csrf.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    const req = expectAcknowledgment();
    expect(req.request.headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
    req.flush(acknowledgment('token-2'));
    await settle();
    expect(acknowledged).toHaveLength(1);
  });

  it('offers a retry when the text cannot be loaded', async () => {
    backend
      .expectOne(`${PUBLIC_API.disclaimer}?locale=en`)
      .flush(null, { status: 500, statusText: STATUS_TEXT[500] });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('booking.disclaimer.loadError');
    expect(el('disclaimer-continue')).toBeNull();
    el('page-state-retry')?.click();
    await settle();
    await textLoaded('en');
    expect(el('disclaimer-general-text')).not.toBeNull();
  });
});
