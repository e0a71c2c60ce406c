import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { API, AuthService } from '@intake/dashboard/core';
import type { ClientSummaryDto, Role, StaffMemberDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CASES_API } from '../data/cases-api';
import {
  CLIENT_SEARCH_DEBOUNCE_MS,
  NewCaseDialog,
  type NewCaseDialogData,
  type PickedClient,
} from './new-case-dialog';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER_LAWYER = '44444444-4444-4444-8444-444444444444';
const PARALEGAL = '22222222-2222-4222-8222-222222222222';
const CLIENT = '33333333-3333-4333-8333-333333333333';

const STAFF: StaffMemberDto[] = [
  { id: ME, name: 'Louise Lawyer', role: 'lawyer' },
  { id: OTHER_LAWYER, name: 'Adam Admin', role: 'admin' },
  { id: PARALEGAL, name: 'Paul Paralegal', role: 'paralegal' },
];

function summary(n: number, overrides: Partial<ClientSummaryDto> = {}): ClientSummaryDto {
  return {
    id: n === 1 ? CLIENT : `client-${n}`,
    fileNumber: `C-2026-0000${n}`,
    givenNames: 'Ana',
    familyName: `Silva ${n}`,
    dateOfBirth: null,
    email: null,
    phone: null,
    intendedProvince: null,
    assignedTo: null,
    nextStatusExpiry: null,
    conflictStatus: 'cleared',
    updatedAt: '2026-11-01T12:00:00.000Z',
    ...overrides,
  };
}

const PRESELECTED: PickedClient = {
  id: CLIENT,
  fileNumber: 'C-2026-00001',
  givenNames: 'Ana',
  familyName: 'Silva',
  conflictStatus: 'cleared',
};

describe('NewCaseDialog', () => {
  let fixture: ComponentFixture<NewCaseDialog>;
  let backend: HttpTestingController;
  const close = jest.fn();

  async function settle(ms = 0): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, i === 0 ? ms : 0));
      await fixture.whenStable();
    }
  }

  async function create(data: NewCaseDialogData, role: Role = 'lawyer'): Promise<void> {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: data },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: {
        id: role === 'paralegal' ? PARALEGAL : ME,
        email: 'me@firm.example',
        name: 'Me',
        role,
        preferredLanguage: 'en',
        mustChangePassword: false,
      },
    });
    await session;
    fixture = TestBed.createComponent(NewCaseDialog);
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
  }

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const overlayAll = (testId: string): HTMLElement[] =>
    Array.from(
      document.body.querySelectorAll<HTMLElement>(
        `.cdk-overlay-container [data-testid="${testId}"]`,
      ),
    );
  const errors = (): (string | undefined)[] =>
    Array.from(root().querySelectorAll('mat-error')).map((e) => e.textContent?.trim());

  async function typeClient(text: string): Promise<void> {
    const input = el('new-case-client') as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle(CLIENT_SEARCH_DEBOUNCE_MS + 20);
  }

  async function pickClient(q: string, items: ClientSummaryDto[], index = 0): Promise<void> {
    await typeClient(q);
    const req = backend.expectOne((r) => r.url === CASES_API.clients);
    expect(req.request.params.get('q')).toBe(q);
    expect(req.request.params.get('limit')).toBe('10');
    req.flush({ items, total: items.length });
    await settle();
    overlayAll('new-case-client-option')[index].click();
    await settle();
  }

  async function choose(selectTestId: string, optionText: string): Promise<void> {
    el(selectTestId)?.click();
    await settle();
    const option = Array.from(
      document.body.querySelectorAll<HTMLElement>('.cdk-overlay-container mat-option'),
    ).find((o) => o.textContent?.trim().startsWith(optionText));
    if (!option) {
      throw new Error(`No option "${optionText}"`);
    }
    option.click();
    await settle();
  }

  function type(testId: string, value: string): void {
    const input = el(testId) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el('new-case-submit')?.click();
    await settle();
  }

  it('labels every field', async () => {
    await create({ client: null, clientNotLoaded: false });
    expect(
      Array.from(root().querySelectorAll('mat-label')).map((l) => l.textContent?.trim()),
    ).toEqual([
      'caseList.newCase.client',
      'caseList.newCase.type',
      'caseList.newCase.lawyer',
      'caseList.newCase.paralegal',
      'caseList.newCase.summary',
    ]);
  });

  it('searches clients as you type and shows name, file number and conflict status', async () => {
    await create({ client: null, clientNotLoaded: false });
    await typeClient('a');
    backend.expectNone((r) => r.url === CASES_API.clients);

    await typeClient('silva');
    backend
      .expectOne((r) => r.url === CASES_API.clients && r.params.get('q') === 'silva')
      .flush({ items: [summary(1), summary(2, { conflictStatus: 'pending' })], total: 2 });
    await settle();
    const options = overlayAll('new-case-client-option');
    expect(options.map((o) => o.getAttribute('data-client-id'))).toEqual([CLIENT, 'client-2']);
    expect(options[0].textContent).toContain('Ana Silva 1');
    expect(options[0].textContent).toContain('C-2026-00001');
    expect(options[0].textContent).toContain('clients.conflictStatus.cleared');
    expect(options[1].textContent).toContain('clients.conflictStatus.pending');

    await typeClient('zzz');
    backend.expectOne((r) => r.url === CASES_API.clients).flush({ items: [], total: 0 });
    await settle();
    expect(el('new-case-client-no-match')).not.toBeNull();
  });

  it('defaults the type and the lawyer (the current user, a lawyer), lists lawyers and admins only', async () => {
    await create({ client: null, clientNotLoaded: false }, 'lawyer');
    await pickClient('silva', [summary(1)]);
    expect(el('new-case-lawyer')?.textContent?.trim()).toBe('Louise Lawyer');
    expect(el('new-case-type')?.textContent?.trim()).toBe('cases.types.cec_express_entry');
    el('new-case-lawyer')?.click();
    await settle();
    const lawyers = overlayAll('new-case-lawyer-option');
    expect(lawyers.map((o) => o.getAttribute('data-staff-id'))).toEqual([ME, OTHER_LAWYER]);
    lawyers[0].click();
    await settle();
    await choose('new-case-type', 'cases.types.consultation');
    type('new-case-summary', '  Consultation about a work permit.  ');
    await submit();
    const req = backend.expectOne((r) => r.url === CASES_API.cases && r.method === 'POST');
    expect(req.request.body).toEqual({
      clientId: CLIENT,
      type: 'consultation',
      responsibleLawyerId: ME,
      paralegalId: null,
      summary: 'Consultation about a work permit.',
    });
    req.flush({ id: 'case-1' });
    await settle();
    expect(close).toHaveBeenCalledWith({ id: 'case-1' });
  });

  it('offers every case type and defaults the paralegal to the current paralegal', async () => {
    await create({ client: PRESELECTED, clientNotLoaded: false }, 'paralegal');
    el('new-case-type')?.click();
    await settle();
    expect(overlayAll('new-case-type-option').map((o) => o.getAttribute('data-type'))).toEqual([
      'cec_express_entry',
      'consultation',
      'other',
    ]);
    (overlayAll('new-case-type-option')[0] as HTMLElement).click();
    await settle();
    await submit();
    const req = backend.expectOne((r) => r.url === CASES_API.cases && r.method === 'POST');
    expect(req.request.body).toEqual({
      clientId: CLIENT,
      type: 'cec_express_entry',
      responsibleLawyerId: null,
      paralegalId: PARALEGAL,
      summary: null,
    });
    req.flush({ id: 'case-1' });
    await settle();
  });

  it('requires a client picked from the suggestions', async () => {
    await create({ client: null, clientNotLoaded: false });
    await submit();
    expect(errors()).toEqual(['errors.required']);
    await typeClient('ana');
    backend.expectOne((r) => r.url === CASES_API.clients).flush({ items: [summary(1)], total: 1 });
    await settle();
    await submit();
    backend.expectNone((r) => r.url === CASES_API.cases);
    expect(errors()).toEqual(['caseList.newCase.errors.pickClient']);
  });

  it('sends one request however often submit is clicked', async () => {
    await create({ client: PRESELECTED, clientNotLoaded: false });
    el('new-case-submit')?.click();
    el('new-case-submit')?.click();
    await settle();
    expect((el('new-case-submit') as HTMLButtonElement).disabled).toBe(true);
    el('new-case-submit')?.click();
    await settle();
    const requests = backend.match((r) => r.url === CASES_API.cases && r.method === 'POST');
    expect(requests).toHaveLength(1);
    requests[0].flush({ id: 'case-1' });
    await settle();
    // Still disabled while the dialog closes.
    el('new-case-submit')?.click();
    await settle();
    backend.expectNone((r) => r.url === CASES_API.cases);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('shows any other refusal with its reason', async () => {
    await create({ client: PRESELECTED, clientNotLoaded: false });
    await submit();
    backend
      .expectOne((r) => r.url === CASES_API.cases && r.method === 'POST')
      .flush(
        {
          type: 'https://intake.example/problems/transition-refused',
          title: 'This change is not allowed now',
          status: 409,
          detail: 'No.',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(el('new-case-error')?.textContent).toContain('caseList.newCase.errors.refused');
    expect(el('new-case-error')?.querySelector('a')).toBeNull();
  });

  it('warns before submitting when the picked client is not cleared', async () => {
    await create({ client: null, clientNotLoaded: false });
    await pickClient('silva', [summary(1, { conflictStatus: 'pending' })]);
    expect(el('new-case-conflict-warning')?.textContent).toContain(
      'caseList.newCase.conflictNotCleared',
    );
    expect(el('new-case-conflict-link')?.getAttribute('href')).toBe(
      `/clients/${CLIENT}?tab=conflicts`,
    );
    await pickClient('silva', [summary(1, { conflictStatus: 'declined' })]);
    expect(el('new-case-conflict-warning')?.textContent).toContain(
      'caseList.newCase.conflictDeclined',
    );
    await pickClient('silva', [summary(1, { conflictStatus: 'waived' })]);
    expect(el('new-case-conflict-warning')).toBeNull();
  });

  it('shows API field errors under the fields', async () => {
    await create({ client: PRESELECTED, clientNotLoaded: false });
    await choose('new-case-lawyer', 'Adam Admin');
    await submit();
    backend
      .expectOne((r) => r.url === CASES_API.cases && r.method === 'POST')
      .flush(
        {
          type: 'https://intake.example/problems/validation',
          title: 'The request is not valid',
          status: 400,
          errors: [
            { field: 'responsibleLawyerId', message: 'must be a lawyer' },
            { field: 'clientId', message: 'is not a client' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(errors()).toEqual(['is not a client', 'must be a lawyer']);
    expect(el('new-case-error')?.textContent).toContain('errors.checkFields');
    expect(close).not.toHaveBeenCalled();
  });

  it('says when the client asked for could not be loaded', async () => {
    await create({ client: null, clientNotLoaded: true });
    expect(el('new-case-client-not-loaded')?.textContent).toContain(
      'caseList.newCase.errors.clientNotLoaded',
    );
  });
});
