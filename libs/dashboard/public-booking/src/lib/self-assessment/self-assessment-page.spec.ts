import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { LanguageService } from '@intake/dashboard/core';
import type { SelfAssessmentAnswer } from '@intake/shared/contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { PUBLIC_API } from '../data/public-booking-api';
import { SelfAssessmentLink } from '../data/self-assessment-link';
import {
  NOW,
  SA_TOKEN,
  STATUS_TEXT,
  acknowledgment,
  disclaimer,
  problem,
  selfAssessmentResult,
} from '../testing/booking-fixtures';
import { BOOKING_CLOCK } from '../time/zoned-time';
import { SelfAssessmentPage } from './self-assessment-page';

@Component({
  selector: 'intake-book-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class BookStub {}

const ELIGIBLE_BODY = {
  locale: 'en',
  dateOfBirth: '1994-03-15',
  canadianWork: [
    {
      start: '2023-03-10',
      end: null,
      hoursPerWeek: 40,
      teer: 1,
      whileFullTimeStudent: false,
      authorized: true,
    },
  ],
  languageTest: {
    type: 'IELTS_GENERAL_TRAINING',
    date: '2025-08-21',
    reading: 8,
    writing: 7,
    listening: 8.5,
    speaking: 7.5,
  },
  educationLevel: 'bachelors',
  intendedProvince: 'ON',
  partner: { accompanying: true, canadianCitizenOrPR: false },
};

describe('SelfAssessmentPage', () => {
  let fixture: ComponentFixture<SelfAssessmentPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=csrf-token; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([{ path: 'book', component: BookStub }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: BOOKING_CLOCK, useValue: () => NOW },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SelfAssessmentPage);
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
  const errorText = (): string | undefined => el('sa-error')?.textContent?.trim();
  const currentStep = (): string | null | undefined =>
    root().querySelector('[aria-current="step"]')?.getAttribute('data-testid');
  /** The message shown under the field holding `testId`. */
  const fieldError = (testId: string): string | undefined =>
    el(testId)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

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

  async function choose(testId: string, value: string, index = 0): Promise<void> {
    const select = all(testId)[index] as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  async function statementsLoaded(number = 1): Promise<void> {
    backend
      .expectOne({ method: 'GET', url: `${PUBLIC_API.disclaimer}?locale=en` })
      .flush(disclaimer('en', number));
    await settle();
  }

  async function acknowledge(token = 'ack-self-assessment-1'): Promise<void> {
    await click('disclaimer-accept-general');
    await click('disclaimer-accept-confidentiality');
    await click('disclaimer-continue');
    const req = backend.expectOne({ method: 'POST', url: PUBLIC_API.acknowledgments });
    expect(req.request.body).toEqual(
      expect.objectContaining({
        purpose: 'self_assessment',
        acceptsGeneralInformation: true,
        acceptsNoConfidentiality: true,
      }),
    );
    req.flush(acknowledgment(token, 'en', 'self_assessment'));
    await settle();
  }

  /** The int-spec's "likely eligible" visitor, still working in a TEER 1 job since 2023. */
  async function answerEligible(): Promise<void> {
    await type('sa-dob', '1994-03-15');
    await click('sa-work-add');
    await type('sa-work-start', '2023-03-10');
    await click('sa-work-current');
    await type('sa-work-hours', '40');
    await choose('sa-work-teer', '1');
    await choose('sa-work-student', 'no');
    await choose('sa-work-authorized', 'yes');
    await choose('sa-test-type', 'IELTS_GENERAL_TRAINING');
    await type('sa-test-date', '2025-08-21');
    await type('sa-score-reading', '8');
    await type('sa-score-writing', '7');
    await type('sa-score-listening', '8.5');
    await type('sa-score-speaking', '7.5');
    await choose('sa-education', 'bachelors');
    await choose('sa-province', 'ON');
    await choose('sa-partner', 'accompanying');
  }

  async function toQuestions(): Promise<void> {
    await statementsLoaded();
    await acknowledge();
    await answerEligible();
  }

  function assessmentRequest(): TestRequest {
    return backend.expectOne({ method: 'POST', url: PUBLIC_API.selfAssessment });
  }

  async function answered(answer: SelfAssessmentAnswer = 'likely_eligible'): Promise<void> {
    await click('sa-submit');
    assessmentRequest().flush(selfAssessmentResult(answer), {
      status: 201,
      statusText: 'Created',
    });
    await settle();
  }

  it('shows the questionnaire only once the disclaimer is acknowledged for the self-assessment', async () => {
    expect(el('self-assessment-page')).not.toBeNull();
    expect(currentStep()).toBe('sa-step-disclaimer');
    expect(el('sa-form')).toBeNull();
    await statementsLoaded();
    expect(el('sa-dob')).toBeNull();
    expect((el('disclaimer-continue') as HTMLButtonElement).disabled).toBe(true);
    await click('disclaimer-accept-general');
    expect((el('disclaimer-continue') as HTMLButtonElement).disabled).toBe(true);
    backend.expectNone(PUBLIC_API.acknowledgments);
    await click('disclaimer-accept-confidentiality');
    await click('disclaimer-continue');
    backend.expectNone(PUBLIC_API.selfAssessment);
    backend
      .expectOne(PUBLIC_API.acknowledgments)
      .flush(acknowledgment('ack-sa', 'en', 'self_assessment'));
    await settle();

    expect(currentStep()).toBe('sa-step-questions');
    expect(el('sa-form')).not.toBeNull();
    expect(document.activeElement).toBe(el('sa-step-title'));
    expect(el('sa-work-empty')).not.toBeNull();
    expect(el('sa-test-date')).toBeNull();
  });

  it('sends the answers with the acknowledgment and shows the likely answer with its reasons', async () => {
    await toQuestions();
    await click('sa-submit');
    const req = assessmentRequest();
    expect(req.request.headers.get('X-XSRF-TOKEN')).toBe('csrf-token');
    expect(req.request.body).toEqual({
      acknowledgmentToken: 'ack-self-assessment-1',
      ...ELIGIBLE_BODY,
    });
    expect((el('sa-submit') as HTMLButtonElement).disabled).toBe(true);
    req.flush(selfAssessmentResult('likely_eligible'), { status: 201, statusText: 'Created' });
    await settle();

    const result = el('sa-result');
    expect(result?.getAttribute('data-outcome')).toBe('likely_eligible');
    expect(el('sa-outcome')?.textContent?.trim()).toBe(
      'booking.selfAssessment.answers.likely_eligible',
    );
    expect(all('sa-reasons')[0].querySelectorAll('li')).toHaveLength(2);
    expect(el('sa-reasons')?.textContent).toContain('1,560 hours in the last 3 years');
    expect(el('sa-reasons')?.getAttribute('lang')).toBe('en');
    expect(el('sa-general-information')?.textContent).toContain(
      'booking.selfAssessment.result.lawyerReview',
    );
    expect(el('sa-book')).not.toBeNull();
    expect(el('sa-form')).toBeNull();
    expect(document.activeElement).toBe(el('sa-step-title'));
  });

  it.each<[SelfAssessmentAnswer, string, string]>([
    ['likely_eligible', 'Likely eligible', 'you seem to meet'],
    ['needs_review', 'Needs a lawyer’s review', 'needs a lawyer’s review'],
    ['likely_not_eligible', 'Likely not eligible', 'you do not seem to meet'],
  ])('says %s in plain words, as general information', async (answer, phrase, explanation) => {
    const en: unknown = JSON.parse(
      readFileSync(
        join(__dirname, '../../../../../../apps/dashboard/src/i18n/booking.en.json'),
        'utf8',
      ),
    );
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en as Record<string, string>);
    await TestBed.inject(LanguageService).use('en');
    await toQuestions();
    await answered(answer);

    expect(el('sa-result')?.getAttribute('data-outcome')).toBe(answer);
    expect(el('sa-outcome')?.textContent?.trim()).toBe(phrase);
    expect(el('sa-result')?.textContent).toContain(explanation);
    expect(el('sa-result')?.textContent).not.toMatch(/you are eligible|you are not eligible/i);
    expect(el('sa-disclaimer-version')?.textContent?.trim()).toBe(
      'Based on the disclaimer version 3 you acknowledged.',
    );
    expect(el('sa-as-of')?.textContent?.trim()).toBe(
      'Checked against the rules in force on March 9, 2026.',
    );
    expect(el('sa-general-information')?.textContent).toContain('not legal advice');
    expect(el('sa-general-information')?.textContent).toContain('a lawyer reviews');
  });

  it('checks the answers before sending them, and explains Quebec', async () => {
    await statementsLoaded();
    await acknowledge();
    await click('sa-work-add');
    await type('sa-work-hours', '90');
    await choose('sa-test-type', 'TCF_CANADA');
    await type('sa-score-writing', '25');
    await choose('sa-province', 'QC');
    expect(el('sa-province-quebec')?.textContent).toContain(
      'booking.selfAssessment.questions.quebec',
    );
    await click('sa-submit');
    backend.expectNone(PUBLIC_API.selfAssessment);
    expect(errorText()).toBe('errors.checkFields');
    expect(fieldError('sa-dob')).toBe('errors.required');
    expect(fieldError('sa-work-start')).toBe('errors.required');
    expect(fieldError('sa-work-hours')).toBe('booking.selfAssessment.errors.hours');
    expect(fieldError('sa-work-teer')).toBe('errors.required');
    expect(fieldError('sa-score-writing')).toBe('booking.selfAssessment.errors.scale');
    expect(fieldError('sa-partner')).toBe('errors.required');
    expect(fieldError('sa-province')).toBeUndefined();
    expect(document.activeElement).toBe(el('sa-dob'));

    await choose('sa-province', 'ON');
    expect(el('sa-province-quebec')).toBeNull();
    await click('sa-work-current');
    expect(input('sa-work-end').disabled).toBe(true);
  });

  it('adds and removes jobs, up to ten', async () => {
    await statementsLoaded();
    await acknowledge();
    for (let i = 0; i < 10; i++) {
      await click('sa-work-add');
    }
    expect(all('sa-work-period')).toHaveLength(10);
    expect((el('sa-work-add') as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(all('sa-work-start')[9]);
    await type('sa-work-start', '2024-01-01', 1);
    await click('sa-work-remove', 0);
    expect(all('sa-work-period')).toHaveLength(9);
    expect(input('sa-work-start').value).toBe('2024-01-01');
    expect((el('sa-work-add') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the API’s field errors under the fields, keeping the answers', async () => {
    await toQuestions();
    await click('sa-submit');
    assessmentRequest().flush(
      problem(400, 'validation', [
        { field: 'dateOfBirth', message: 'must not be after asOf (2026-03-09)' },
        { field: 'canadianWork[0].noc', message: 'must be the 5-digit NOC 2021 code' },
        {
          field: 'languageTest.reading',
          message: 'must be a IELTS_GENERAL_TRAINING score from 0 to 9 in steps of 0.5',
        },
        { field: 'statusHistory[0].from', message: 'must not be after today (2026-03-08)' },
      ]),
      { status: 400, statusText: STATUS_TEXT[400] },
    );
    await settle();
    expect(errorText()).toBe('errors.checkFields');
    expect(fieldError('sa-dob')).toBe('must not be after asOf (2026-03-09)');
    expect(fieldError('sa-work-teer')).toBe('must be the 5-digit NOC 2021 code');
    expect(fieldError('sa-score-reading')).toContain('from 0 to 9 in steps of 0.5');
    expect(el('sa-other-errors')?.textContent).toContain('must not be after today (2026-03-08)');
    expect(input('sa-dob').value).toBe('1994-03-15');
    expect((el('sa-work-teer') as HTMLSelectElement).value).toBe('1');
    expect(document.activeElement).toBe(el('sa-dob'));

    // Changing the answer clears the API's message; the next attempt is sent as corrected.
    await type('sa-dob', '1994-03-16');
    expect(fieldError('sa-dob')).toBeUndefined();
  });

  it('goes back to the disclaimer on 428, keeps the answers, and sends them with the new acknowledgment', async () => {
    await toQuestions();
    await click('sa-submit');
    assessmentRequest().flush(problem(428, 'disclaimer-not-acknowledged'), {
      status: 428,
      statusText: STATUS_TEXT[428],
    });
    await settle();
    expect(currentStep()).toBe('sa-step-disclaimer');
    expect(errorText()).toBe('booking.selfAssessment.errors.acknowledgeAgain');
    await statementsLoaded();
    expect(input('disclaimer-accept-general').checked).toBe(false);
    await acknowledge('ack-self-assessment-2');

    expect(currentStep()).toBe('sa-step-questions');
    expect(input('sa-dob').value).toBe('1994-03-15');
    await click('sa-submit');
    const req = assessmentRequest();
    expect(req.request.body).toEqual({
      acknowledgmentToken: 'ack-self-assessment-2',
      ...ELIGIBLE_BODY,
    });
    req.flush(selfAssessmentResult(), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('sa-result')).not.toBeNull();
  });

  it('reloads the statements when they changed since they were acknowledged (409)', async () => {
    await toQuestions();
    await click('sa-submit');
    assessmentRequest().flush(problem(409, 'disclaimer-outdated'), {
      status: 409,
      statusText: STATUS_TEXT[409],
    });
    await settle();
    expect(currentStep()).toBe('sa-step-disclaimer');
    expect(errorText()).toBe('booking.errors.disclaimerChanged');
    await statementsLoaded(2);
    expect(root().textContent).toContain('booking.disclaimer.version');
    expect(el('disclaimer-general-text')).not.toBeNull();
  });

  it('asks to wait a minute when rate-limited, and says when the service cannot answer', async () => {
    await toQuestions();
    await click('sa-submit');
    assessmentRequest().flush(problem(429, 'rate-limited'), {
      status: 429,
      statusText: STATUS_TEXT[429],
    });
    await settle();
    expect(currentStep()).toBe('sa-step-questions');
    expect(errorText()).toBe('booking.errors.rateLimited');
    expect((el('sa-submit') as HTMLButtonElement).disabled).toBe(false);

    await click('sa-submit');
    assessmentRequest().flush(problem(422, 'unprocessable'), {
      status: 422,
      statusText: STATUS_TEXT[422],
    });
    await settle();
    expect(errorText()).toBe('booking.selfAssessment.errors.unavailable');

    await click('sa-submit');
    assessmentRequest().error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown' });
    await settle();
    expect(errorText()).toBe('errors.network');
    expect(input('sa-work-hours').value).toBe('40');
  });

  it('lets the visitor change the answers and try again', async () => {
    await toQuestions();
    await answered('likely_not_eligible');
    await click('sa-edit');
    expect(currentStep()).toBe('sa-step-questions');
    expect(input('sa-score-listening').value).toBe('8.5');
    await choose('sa-partner', 'none');
    await click('sa-submit');
    const req = assessmentRequest();
    expect(req.request.body.partner).toBeUndefined();
    expect(req.request.body.dateOfBirth).toBe('1994-03-15');
    req.flush(selfAssessmentResult('needs_review'), { status: 201, statusText: 'Created' });
    await settle();
    expect(el('sa-result')?.getAttribute('data-outcome')).toBe('needs_review');
  });

  it('books from the result: to /book, the token kept in memory and out of the URL', async () => {
    const link = TestBed.inject(SelfAssessmentLink);
    await toQuestions();
    await answered('likely_eligible');
    expect(link.current()).toBeNull();
    await click('sa-book');
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/book');
    expect(router.url).not.toContain(SA_TOKEN);
    expect(link.current()).toEqual({ token: SA_TOKEN, answer: 'likely_eligible' });
  });
});
