import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthService } from '@intake/dashboard/core';
import { ConfirmService } from '@intake/dashboard/ui';
import type { AssessmentDto, AssessmentSummaryDto, Role } from '@intake/shared/contracts';
import { clientAssessmentRoutes } from '../assessments.routes';
import { assessment, client, summary } from '../testing/result-fixture';
import { testProviders } from '../testing/test-providers';
import { ClientAssessmentPage } from './client-assessment-page';

describe('ClientAssessmentPage', () => {
  let fixture: ComponentFixture<ClientAssessmentPage>;
  let backend: HttpTestingController;
  const role = signal<Role>('lawyer');
  const confirm = jest.fn<Promise<boolean>, [unknown]>();

  beforeEach(() => {
    role.set('lawyer');
    confirm.mockReset();
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(),
        provideRouter([{ path: 'clients/:clientId/assessments', children: clientAssessmentRoutes }]),
        { provide: AuthService, useValue: { hasRole: (roles: readonly Role[]) => roles.includes(role()) } },
        { provide: ConfirmService, useValue: { confirm } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null => root().querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectGet(url: string): TestRequest {
    return backend.expectOne({ method: 'GET', url });
  }

  async function open(
    list: AssessmentSummaryDto[],
    detail: AssessmentDto | null = assessment(),
    assessmentId?: string,
  ): Promise<void> {
    fixture = TestBed.createComponent(ClientAssessmentPage);
    fixture.componentRef.setInput('clientId', 'c1');
    fixture.componentRef.setInput('assessmentId', assessmentId);
    await settle();
    expectGet('/api/clients/c1').flush(client());
    expectGet('/api/clients/c1/assessments').flush(list);
    await settle();
    if (detail) {
      expectGet(`/api/clients/c1/assessments/${detail.id}`).flush(detail);
      await settle();
    }
  }

  it('shows the newest assessment with the header facts and the engine numbers', async () => {
    await open([summary({ id: 'a1' }), summary({ id: 'a0', createdAt: '2026-11-20T10:00:00Z', crsTotal: 530 })]);
    expect(el('assessment-client-name')?.textContent?.trim()).toBe('Priya Sharma');
    expect(el('assessment-header')?.textContent).toContain('assessments.page.fileNumber');
    expect(el('assessment-meta-asof')?.textContent?.trim()).toBe('2026-06-01');
    expect(el('assessment-meta-ruleset')?.textContent?.trim()).toBe('cec-2022');
    expect(el('assessment-meta')?.textContent).toContain('1.1.0');
    expect(el('outcome-banner')?.dataset['outcome']).toBe('eligible');
    expect(el('crs-total')?.textContent?.trim()).toBe('540');
    expect(el('stale-warning')).toBeNull();
    const rows = all('history-row');
    expect(rows.map((r) => r.dataset['assessmentId'])).toEqual(['a1', 'a0']);
    expect(rows[0].getAttribute('aria-current')).toBe('true');
    expect(rows[0].querySelector('[data-change="crs"]')?.textContent).toContain('assessments.history.change.crs');
    expect(rows[1].textContent).toContain('assessments.history.change.first');
  });

  it('offers the PDF in the client\'s preferred language, as a download link', async () => {
    await open([summary()]);
    const select = el('report-language') as HTMLSelectElement;
    expect(select.value).toBe('fr');
    const link = el('download-pdf') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/clients/c1/assessments/a1/report.pdf?lang=fr');
    expect(link.hasAttribute('download')).toBe(true);
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(link.getAttribute('href')).toBe('/api/clients/c1/assessments/a1/report.pdf?lang=en');
  });

  it.each([
    ['lawyer', true],
    ['admin', true],
    ['paralegal', false],
  ] as const)('shows Release to a %s: %s', async (who, visible) => {
    role.set(who);
    await open([summary()]);
    expect(el('release-button') !== null).toBe(visible);
    expect(el('download-pdf')).not.toBeNull();
  });

  it('releases after a confirmation naming the language, then shows the record', async () => {
    await open([summary()]);
    confirm.mockResolvedValue(true);
    el('release-button')?.click();
    await settle();
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({
        messageKey: 'assessments.release.confirmMessage',
        params: { language: 'assessments.languageName.fr', name: 'Priya Sharma', asOf: '2026-06-01' },
      }),
    );
    const req = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments/a1/release' });
    expect(req.request.body).toEqual({ language: 'fr' });
    req.flush(
      assessment({
        releases: [
          {
            id: 'r1',
            releasedBy: 'u1',
            releasedByName: 'Laura Lawyer',
            releasedAt: '2026-11-26T15:00:00.000Z',
            language: 'fr',
            disclaimerVersion: 'config-1',
          },
        ],
      }),
    );
    await settle();
    const record = el('release-record');
    expect(record?.dataset['language']).toBe('fr');
    expect(record?.textContent).toContain('assessments.release.record');
    expect(all('history-released')).toHaveLength(1);
  });

  it('does not release when the confirmation is cancelled', async () => {
    await open([summary()]);
    confirm.mockResolvedValue(false);
    el('release-button')?.click();
    await settle();
    backend.expectNone('/api/clients/c1/assessments/a1/release');
    expect(el('release-record')).toBeNull();
  });

  it('shows the empty state without an assessment', async () => {
    await open([], null);
    expect(el('page-state-empty')?.textContent).toContain('assessments.page.empty');
    expect(el('assessment-run')).not.toBeNull();
    expect(el('download-pdf')).toBeNull();
  });

  it('shows an error when the client cannot be loaded, and retries', async () => {
    fixture = TestBed.createComponent(ClientAssessmentPage);
    fixture.componentRef.setInput('clientId', 'c1');
    await settle();
    expectGet('/api/clients/c1').flush(null, { status: 500, statusText: 'Server Error' });
    expectGet('/api/clients/c1/assessments').flush([]);
    await settle();
    expect(el('page-state-error')).not.toBeNull();
    el('page-state-retry')?.click();
    await settle();
    expectGet('/api/clients/c1').flush(client());
    expectGet('/api/clients/c1/assessments').flush([]);
    await settle();
    expect(el('page-state-empty')).not.toBeNull();
  });

  it('runs an assessment for the chosen date and shows it', async () => {
    await open([], null);
    const input = el('assessment-asof') as HTMLInputElement;
    input.value = '2026-06-01';
    input.dispatchEvent(new Event('input'));
    el('assessment-run')?.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' });
    expect(req.request.body).toEqual({ asOf: '2026-06-01' });
    req.flush(assessment({ id: 'a2' }), { status: 201, statusText: 'Created' });
    await settle();
    expectGet('/api/clients/c1/assessments').flush([summary({ id: 'a2' })]);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/clients/c1/assessments/a2');
    expect(el('outcome-banner')?.dataset['outcome']).toBe('eligible');
    expect(all('history-row').map((r) => r.dataset['assessmentId'])).toEqual(['a2']);
  });

  it('names the intake fields that are missing when the API cannot run', async () => {
    await open([], null);
    el('assessment-run')?.click();
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'dateOfBirth', message: 'is required in the intake to run an assessment' },
          { field: 'intendedProvince', message: 'is required in the intake to run an assessment' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el('assessment-notice')?.textContent).toContain('assessments.run.errors.missingIntake');
  });

  it('puts an asOf error on the date field', async () => {
    await open([], null);
    el('assessment-run')?.click();
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'asOf', message: 'must not be after 2031-11-26 (5 years after today)' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(root().querySelector('mat-error')?.textContent).toContain('assessments.fieldErrors.tooFarAhead');
    expect(el('assessment-notice')?.textContent).toContain('assessments.run.errors.asOf');
  });

  it('warns when the intake changed and re-runs for the same date', async () => {
    await open([summary({ stale: true })], assessment({ stale: true, asOf: '2026-03-01' }));
    expect(el('stale-warning')).not.toBeNull();
    expect(all('history-stale')).toHaveLength(1);
    el('assessment-rerun')?.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' });
    expect(req.request.body).toEqual({ asOf: '2026-03-01' });
    req.flush(assessment({ id: 'a3' }));
    await settle();
    expectGet('/api/clients/c1/assessments').flush([summary({ id: 'a3' }), summary({ stale: true })]);
    await settle();
    expect(el('stale-warning')).toBeNull();
  });

  it('opens the assessment named in the URL and switches without reloading the client', async () => {
    await open([summary({ id: 'a1' }), summary({ id: 'a0', createdAt: '2026-11-20T10:00:00Z' })], assessment({ id: 'a0' }), 'a0');
    expect(all('history-row')[1].getAttribute('aria-current')).toBe('true');
    fixture.componentRef.setInput('assessmentId', 'a1');
    await settle();
    expectGet('/api/clients/c1/assessments/a1').flush(assessment({ id: 'a1' }));
    await settle();
    expect(all('history-row')[0].getAttribute('aria-current')).toBe('true');
  });
});
