import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConsultationRequestDto } from '@intake/shared/contracts';
import {
  consultationTestProviders,
  makeBooking,
  makeConversion,
  makeRequest,
  makeType,
  problem,
  signIn,
} from '../testing/consultation-fixtures';
import { RequestPage } from './request-page';

const URL = '/api/consultation-requests/r-1';

const MATCHES: ConsultationRequestDto['conflictPrecheck'] = {
  ranAt: '2026-03-01T15:00:00.000Z',
  subjects: [
    { name: 'Mohamed Al Rashid', role: 'visitor' },
    { name: 'Ana Silva', role: 'party:former employer' },
  ],
  matches: [
    {
      subjectName: 'Ana Silva',
      subjectRole: 'party:former employer',
      matchedName: 'Ana Silva',
      matchedRole: 'client',
      matchedClientId: 'c-3',
      matchedFileNumber: 'C-2025-00003',
      score: 100,
      reasons: ['same name'],
    },
    {
      subjectName: 'Mohamed Al Rashid',
      subjectRole: 'visitor',
      matchedName: 'Mohammed Al-Rashid',
      matchedRole: 'employer',
      matchedClientId: 'c-4',
      matchedFileNumber: 'C-2025-00004',
      score: 72,
      reasons: ['name similarity 64%', 'names sound alike'],
    },
  ],
};

describe('RequestPage', () => {
  let fixture: ComponentFixture<RequestPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    signIn('paralegal', 'u-para');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string, scope: ParentNode = root()): HTMLElement[] =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const overlayAll = (testId: string): HTMLElement[] =>
    Array.from(
      document.body.querySelectorAll<HTMLElement>(
        `.cdk-overlay-container [data-testid="${testId}"]`,
      ),
    );
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectGet(): TestRequest {
    return backend.expectOne({ method: 'GET', url: URL });
  }

  async function open(shown: ConsultationRequestDto = makeRequest()): Promise<void> {
    fixture = TestBed.createComponent(RequestPage);
    fixture.componentRef.setInput('requestId', 'r-1');
    await settle();
    expect(el('page-state-loading')).not.toBeNull();
    backend
      .expectOne({ method: 'GET', url: '/api/consultation-types' })
      .flush([
        makeType(),
        makeType({ id: 't-2', code: 'family', nameEn: 'Family', nameFr: 'Famille' }),
      ]);
    expectGet().flush(shown);
    await settle();
  }

  it('shows the pre-screen, parties, bookings in firm time, self-assessment and disclaimer', async () => {
    await open(
      makeRequest({
        bookings: [
          makeBooking(),
          makeBooking({
            id: 'b-2',
            status: 'cancelled',
            start: '2026-03-03T14:00:00-05:00',
            end: '2026-03-03T14:30:00-05:00',
            staffName: 'Pierre Paralegal',
            mode: 'in_person',
          }),
        ],
        selfAssessments: [
          {
            id: 'sa-1',
            answer: 'needs_review',
            reasons: ['Vous avez 1 200 heures de travail qualifié; il en faut 1 560.'],
            language: 'fr',
            asOf: '2026-02-28',
            createdAt: '2026-02-28T10:00:00Z',
          },
        ],
      }),
    );
    const detail = el('request-detail');
    expect(detail?.getAttribute('data-status')).toBe('booked');
    expect(text(el('request-prescreen'))).toContain('+1 613 555 0199');
    expect(text(el('request-prescreen'))).toContain('consultations.programs.cec_express_entry');
    expect(text(el('request-party'))).toBe('Ana Silva – former employer');

    const [booking, cancelled] = all('request-booking');
    expect(text(el('request-booking-time', booking))).toMatch(/9:30.*10:00/);
    expect(text(booking)).toContain('CEC assessment');
    expect(text(booking)).toContain('consultations.modes.video');
    expect(text(el('request-booking-staff', booking))).toBe('consultations.request.bookings.with');
    expect(cancelled.getAttribute('data-status')).toBe('cancelled');
    expect(cancelled.classList).toContain('cancelled');
    expect(text(el('request-booking-time', cancelled))).toMatch(/2:00.*2:30/);

    expect(el('request-self-assessment-result')?.getAttribute('data-answer')).toBe('needs_review');
    expect(text(el('request-self-assessment-result'))).toContain(
      'consultations.answers.needs_review',
    );
    const reasons = el('request-self-assessment-reasons');
    expect(reasons?.getAttribute('lang')).toBe('fr');
    expect(text(reasons)).toBe('Vous avez 1 200 heures de travail qualifié; il en faut 1 560.');
    expect(text(el('request-disclaimer-version'))).toBe(
      'consultations.request.acknowledgment.version',
    );
    expect(el('request-conflict-matches')?.getAttribute('data-count')).toBe('0');
    expect(el('request-conflict-none')).not.toBeNull();
    expect(el('request-conflict-warning')).toBeNull();
  });

  it('warns clearly when the pre-check found possible matches', async () => {
    await open(makeRequest({ conflictPrecheck: MATCHES, conflictMatches: 2 }));
    const section = el('request-conflict-matches') as HTMLElement;
    expect(section.getAttribute('data-count')).toBe('2');
    expect(el('request-conflict-warning', section)?.getAttribute('role')).toBe('note');
    expect(text(el('request-conflict-warning', section))).toContain(
      'consultations.conflicts.warning',
    );
    const rows = all('request-conflict-match', section);
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('C-2025-00003');
    expect(text(rows[0])).toContain('consultations.conflicts.roles.party');
    expect(text(rows[0])).toContain('consultations.conflicts.roles.client');
    expect(text(rows[0])).toContain('consultations.conflicts.reasons.sameName');
    expect(text(rows[1])).toContain('consultations.conflicts.reasons.similarity');
    expect(text(rows[1])).toContain('consultations.conflicts.reasons.soundAlike');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/clients/c-3');
  });

  it('marks the request contacted under the version it read', async () => {
    await open();
    expect(el('request-status-contacted')).not.toBeNull();
    expect(el('request-status-declined')).not.toBeNull();
    expect(el('request-status-no-show')).not.toBeNull();

    el('request-status-contacted')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: URL });
    expect(req.request.body).toEqual({ version: 3, status: 'contacted' });
    req.flush(makeRequest({ status: 'contacted', version: 4 }));
    await settle();
    expect(el('request-detail')?.getAttribute('data-status')).toBe('contacted');
    // From "contacted" a no-show makes no sense; "contacted" again neither.
    expect(el('request-status-no-show')).toBeNull();
    expect(el('request-status-contacted')).toBeNull();
    expect(el('request-status-declined')).not.toBeNull();
  });

  it('asks before declining, and sends nothing when cancelled', async () => {
    await open();
    el('request-status-declined')?.click();
    await settle();
    expect(overlay('confirm-message')?.textContent).toBe(
      'consultations.request.confirmDecline.message',
    );
    overlay('confirm-cancel')?.click();
    await settle();
    backend.expectNone({ method: 'PATCH', url: URL });

    el('request-status-declined')?.click();
    await settle();
    overlay('confirm-submit')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: URL });
    expect(req.request.body).toEqual({ version: 3, status: 'declined' });
    req.flush(makeRequest({ status: 'declined', version: 4 }));
    await settle();
    expect(el('request-convert')).toBeNull();
    expect(el('request-status-contacted')).not.toBeNull();
  });

  it('tells the user and reloads when someone else changed the request (409)', async () => {
    await open();
    el('request-status-no-show')?.click();
    await settle();
    expect(overlay('confirm-message')?.textContent).toBe(
      'consultations.request.confirmNoShow.message',
    );
    overlay('confirm-submit')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: URL });
    expect(req.request.body).toEqual({ version: 3, status: 'no_show' });
    req.flush(problem(409, 'https://intake.example/problems/stale-version'), {
      status: 409,
      statusText: 'Conflict',
    });
    await settle();
    expectGet().flush(makeRequest({ status: 'contacted', version: 5 }));
    await settle();
    expect(text(el('request-notice'))).toContain('consultations.errors.stale');
    expect(el('request-detail')?.getAttribute('data-status')).toBe('contacted');

    el('request-status-declined')?.click();
    await settle();
    overlay('confirm-submit')?.click();
    await settle();
    const retry = backend.expectOne({ method: 'PATCH', url: URL });
    expect(retry.request.body).toEqual({ version: 5, status: 'declined' });
    retry.flush(
      problem(409, 'transition-refused', { detail: 'A contacted request cannot become declined.' }),
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text(el('request-notice'))).toContain('consultations.errors.refused');
    expect(text(el('notice-detail'))).toBe('A contacted request cannot become declined.');
  });

  it('converts once after confirmation, even on double clicks, and links the client and case', async () => {
    await open(makeRequest({ conflictPrecheck: MATCHES }));
    const button = el('request-convert') as HTMLButtonElement;
    button.click();
    button.click();
    await settle();
    expect(overlayAll('confirm-message')).toHaveLength(1);
    expect(overlay('confirm-message')?.textContent).toBe(
      'consultations.request.convertConfirm.messageWithMatches',
    );
    overlay('confirm-submit')?.click();
    await settle();

    const req = backend.expectOne({ method: 'POST', url: `${URL}/convert` });
    expect(req.request.body).toEqual({});
    expect((el('request-convert') as HTMLButtonElement).disabled).toBe(true);
    (el('request-convert') as HTMLButtonElement).click();
    await settle();
    expect(overlay('confirm-message')).toBeNull();
    backend.expectNone({ method: 'POST', url: `${URL}/convert` });

    req.flush(makeConversion());
    await settle();
    expectGet().flush(
      makeRequest({
        status: 'converted',
        version: 4,
        clientId: 'c-9',
        caseId: 'k-9',
        conflictPrecheck: MATCHES,
      }),
    );
    await settle();
    expect(el('request-convert')).toBeNull();
    expect(el('request-converted-client-link')?.getAttribute('href')).toBe('/clients/c-9');
    expect(el('request-converted-case-link')?.getAttribute('href')).toBe('/cases/k-9');
    expect(text(el('request-converted-case-link'))).toContain('CASE-2026-00012');
    expect(text(el('request-converted'))).toContain(
      'consultations.request.conflictAfterConversion',
    );
    expect(el('request-status-contacted')).toBeNull();
  });

  it('shows the API refusal of a conversion and keeps the button', async () => {
    await open();
    el('request-convert')?.click();
    await settle();
    expect(overlay('confirm-message')?.textContent).toBe(
      'consultations.request.convertConfirm.message',
    );
    overlay('confirm-submit')?.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: `${URL}/convert` })
      .flush(problem(409, 'transition-refused', { detail: 'This request was declined.' }), {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();
    expect(text(el('notice-detail'))).toBe('This request was declined.');
    expect((el('request-convert') as HTMLButtonElement).disabled).toBe(false);
  });

  it('links the client and case of a request converted earlier', async () => {
    await open(makeRequest({ status: 'converted', clientId: 'c-1', caseId: 'k-1' }));
    expect(el('request-convert')).toBeNull();
    expect(el('request-converted-client-link')?.getAttribute('href')).toBe('/clients/c-1');
    expect(el('request-converted-case-link')?.getAttribute('href')).toBe('/cases/k-1');
    expect(all('request-status-contacted')).toHaveLength(0);
  });

  it('shows "not found" for an unknown request and an error with retry otherwise', async () => {
    fixture = TestBed.createComponent(RequestPage);
    fixture.componentRef.setInput('requestId', 'r-1');
    await settle();
    backend.expectOne('/api/consultation-types').flush([]);
    expectGet().flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(text(el('page-state-error'))).toContain('consultations.request.loadError');
    el('page-state-retry')?.click();
    await settle();
    expectGet().flush(problem(404, 'not-found'), { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el('request-not-found')).not.toBeNull();
  });
});
