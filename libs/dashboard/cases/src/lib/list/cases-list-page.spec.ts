import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { API, AuthService } from '@intake/dashboard/core';
import type {
  CaseDto,
  CaseWorkflowDto,
  ClientDto,
  Role,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CASES_API } from '../data/cases-api';
import { CasesListPage, caseListStateFromParams, caseListStateToParams } from './cases-list-page';

const LAWYER = '11111111-1111-4111-8111-111111111111';
const PARALEGAL = '22222222-2222-4222-8222-222222222222';
const CLIENT = '33333333-3333-4333-8333-333333333333';

const STAFF: StaffMemberDto[] = [
  { id: LAWYER, name: 'Louise Lawyer', role: 'lawyer' },
  { id: PARALEGAL, name: 'Paul Paralegal', role: 'paralegal' },
];

function aCase(n: number, overrides: Partial<CaseDto> = {}): CaseDto {
  return {
    id: `case-${n}`,
    fileNumber: `CASE-2026-0000${n}`,
    type: 'cec_express_entry',
    clientId: CLIENT,
    clientFileNumber: 'C-2026-00001',
    clientName: 'Ana Silva',
    responsibleLawyerId: LAWYER,
    responsibleLawyerName: 'Louise Lawyer',
    paralegalId: null,
    paralegalName: null,
    stage: 'document_collection',
    stageLabel: 'Document collection',
    stageEnteredAt: '2026-11-01T12:00:00.000Z',
    daysInStage: 12,
    outcome: null,
    openedOn: '2026-10-01',
    closedOn: null,
    itaReceivedOn: null,
    summary: null,
    nextDeadline: null,
    overdue: false,
    createdAt: '2026-10-01T12:00:00.000Z',
    updatedAt: '2026-10-01T12:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

function aClient(): ClientDto {
  return {
    id: CLIENT,
    fileNumber: 'C-2026-00001',
    givenNames: 'Ana',
    familyName: 'Silva',
    conflictStatus: 'cleared',
  } as ClientDto;
}

const WORKFLOW: CaseWorkflowDto = {
  stages: [
    {
      caseType: 'consultation',
      code: 'conflict_check',
      label: 'Conflict check',
      position: 2,
      terminal: false,
    },
    { caseType: 'consultation', code: 'intake', label: 'Intake', position: 1, terminal: false },
  ],
  transitions: [],
};

describe('CasesListPage', () => {
  let fixture: ComponentFixture<CasesListPage>;
  let backend: HttpTestingController;
  let router: Router;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function signIn(role: Role): Promise<void> {
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: {
        id: role === 'lawyer' ? LAWYER : PARALEGAL,
        email: 'me@firm.example',
        name: 'Me',
        role,
        preferredLanguage: 'en',
        mustChangePassword: false,
      },
    });
    await session;
  }

  /** Creates the page at `url` and answers its staff request. */
  async function open(url = '/', role: Role = 'paralegal'): Promise<void> {
    await signIn(role);
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(CasesListPage);
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([{ path: 'cases/:caseId', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const rows = (): HTMLElement[] => Array.from(root().querySelectorAll('[data-testid="case-row"]'));

  function expectList(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === CASES_API.cases && r.method === 'GET');
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    expect(actual).toEqual(params);
    return req;
  }

  async function answer(
    items: CaseDto[],
    params: Record<string, string> = {},
    total = items.length,
  ) {
    expectList({ limit: '25', offset: '0', ...params }).flush({ items, total });
    await settle();
  }

  async function choose(selectTestId: string, optionText: string): Promise<void> {
    el(selectTestId)?.click();
    await settle();
    const option = Array.from(
      document.body.querySelectorAll<HTMLElement>('.cdk-overlay-container mat-option'),
    ).find((o) => o.textContent?.trim() === optionText);
    if (!option) {
      throw new Error(`No option "${optionText}"`);
    }
    option.click();
    await settle();
  }

  it('shows a loading state, then a row per case with its labels and links', async () => {
    await signIn('paralegal');
    fixture = TestBed.createComponent(CasesListPage);
    await settle();
    expect(el('page-state-loading')).not.toBeNull();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await answer([
      aCase(1, {
        nextDeadline: { id: 'd1', kind: 'manual', title: 'Call back', dueOn: '2026-11-20' },
        overdue: true,
      }),
      aCase(2, { closedOn: '2026-11-02', stage: 'closed', responsibleLawyerName: null }),
    ]);
    expect(el('page-state-loading')).toBeNull();
    expect(rows().map((r) => r.getAttribute('data-case-id'))).toEqual(['case-1', 'case-2']);
    const [first, second] = rows();
    expect(el('case-link', first)?.getAttribute('href')).toBe('/cases/case-1');
    expect(first.textContent).toContain('Ana Silva');
    expect(first.textContent).toContain('C-2026-00001');
    expect(first.textContent).toContain('cases.types.cec_express_entry');
    expect(el('case-stage', first)?.textContent?.trim()).toBe('cases.stages.document_collection');
    expect(el('case-days-in-stage', first)?.textContent?.trim()).toBe('12');
    expect(first.textContent).toContain('Nov 20, 2026');
    expect(el('case-overdue', first)?.textContent?.trim()).toBe('caseList.overdue');
    expect(first.textContent).toContain('Oct 1, 2026');
    expect(el('case-overdue', second)).toBeNull();
    expect(el('case-closed', second)).not.toBeNull();
    expect(second.textContent).toContain('caseList.unassigned');
  });

  it('says when there is no case, and offers to clear filters when filtered', async () => {
    await open();
    await answer([]);
    expect(el('cases-empty')?.textContent).toContain('caseList.empty');
    expect(el('cases-clear-filters')).toBeNull();

    (el('cases-filter-closed')?.querySelector('input') as HTMLInputElement).click();
    await settle();
    await answer([], { includeClosed: 'true' });
    expect(el('cases-empty')?.textContent).toContain('caseList.emptyFiltered');
    el('cases-clear-filters')?.click();
    await settle();
    await answer([aCase(1)]);
    expect(router.url).toBe('/');
  });

  it('sends the filters, keeps them in the address and loads the stages of the chosen type', async () => {
    await open();
    await answer([aCase(1)]);
    expect(el('cases-filter-stage')?.getAttribute('aria-disabled')).toBe('true');

    await choose('cases-filter-type', 'cases.types.consultation');
    backend
      .expectOne((r) => r.url === CASES_API.stages && r.params.get('type') === 'consultation')
      .flush(WORKFLOW);
    await answer([aCase(1)], { type: 'consultation' });
    expect(router.url).toBe('/?type=consultation');

    el('cases-filter-stage')?.click();
    await settle();
    const stageOptions = Array.from(
      document.body.querySelectorAll('.cdk-overlay-container mat-option'),
    ).map((o) => o.textContent?.trim());
    expect(stageOptions).toEqual([
      'caseList.filters.anyStage',
      'cases.stages.intake',
      'cases.stages.conflict_check',
    ]);
    (document.body.querySelectorAll('.cdk-overlay-container mat-option')[2] as HTMLElement).click();
    await settle();
    await answer([aCase(1)], { type: 'consultation', stage: 'conflict_check' });

    await choose('cases-filter-lawyer', 'Louise Lawyer');
    await answer([aCase(1)], { type: 'consultation', stage: 'conflict_check', lawyer: LAWYER });
    await choose('cases-filter-paralegal', 'Paul Paralegal');
    await answer([aCase(1)], {
      type: 'consultation',
      stage: 'conflict_check',
      lawyer: LAWYER,
      paralegal: PARALEGAL,
    });
    expect(router.url).toBe(
      `/?type=consultation&stage=conflict_check&lawyer=${LAWYER}&paralegal=${PARALEGAL}`,
    );
  });

  it('starts from the filters and page in the address', async () => {
    await open(`/?type=other&stage=in_progress&closed=1&page=3&size=50&lawyer=${LAWYER}`);
    backend.expectOne((r) => r.url === CASES_API.stages).flush(WORKFLOW);
    await answer([aCase(1)], {
      type: 'other',
      stage: 'in_progress',
      lawyer: LAWYER,
      includeClosed: 'true',
      limit: '50',
      offset: '100',
    });
    expect((el('cases-filter-closed')?.querySelector('input') as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('pages with limit and offset, the page in the address', async () => {
    await open();
    await answer([aCase(1)], {}, 60);
    (root().querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle();
    await answer([aCase(26)], { offset: '25' }, 60);
    expect(rows()[0].getAttribute('data-case-id')).toBe('case-26');
    expect(router.url).toBe('/?page=2');
  });

  it('shows an error with retry', async () => {
    await open();
    expectList({ limit: '25', offset: '0' }).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('caseList.loadError');
    el('page-state-retry')?.click();
    await settle();
    await answer([aCase(1)]);
    expect(rows()).toHaveLength(1);
  });

  it('opens the new case dialog', async () => {
    await open();
    await answer([aCase(1)]);
    el('new-case-button')?.click();
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
    expect(overlay('new-case-client')).not.toBeNull();
    expect((overlay('new-case-client') as HTMLInputElement).value).toBe('');
  });

  it('opens the dialog for the client of ?newFor=, then drops the parameter', async () => {
    await open(`/?newFor=${CLIENT}&closed=1`);
    await answer([aCase(1)], { includeClosed: 'true' });
    backend.expectOne(`${CASES_API.clients}/${CLIENT}`).flush(aClient());
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
    expect((overlay('new-case-client') as HTMLInputElement).value).toBe('Ana Silva (C-2026-00001)');
    expect(router.url).toBe('/?closed=1');
    // Dropping the parameter does not reload the list or open a second dialog.
    backend.expectNone((r) => r.url === CASES_API.cases);
    expect(document.body.querySelectorAll('intake-new-case-dialog')).toHaveLength(1);
  });

  it('opens the dialog without a client when the ?newFor= client cannot be loaded', async () => {
    await open(`/?newFor=${CLIENT}`);
    await answer([aCase(1)]);
    backend
      .expectOne(`${CASES_API.clients}/${CLIENT}`)
      .flush(null, { status: 404, statusText: 'Not Found' });
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
    expect(overlay('new-case-client-not-loaded')).not.toBeNull();
    expect((overlay('new-case-client') as HTMLInputElement).value).toBe('');
    expect(router.url).toBe('/');
  });

  it('goes to the new case once it is created', async () => {
    await open(`/?newFor=${CLIENT}`);
    await answer([aCase(1)]);
    backend.expectOne(`${CASES_API.clients}/${CLIENT}`).flush(aClient());
    await settle();
    backend.expectOne(CASES_API.staff).flush(STAFF);
    await settle();
    overlay('new-case-submit')?.click();
    await settle();
    const create = backend.expectOne((r) => r.url === CASES_API.cases && r.method === 'POST');
    expect(create.request.body).toEqual(
      expect.objectContaining({
        clientId: CLIENT,
        type: 'cec_express_entry',
        paralegalId: PARALEGAL,
      }),
    );
    create.flush(aCase(9, { id: 'case-9' }));
    await settle();
    expect(router.url).toBe('/cases/case-9');
  });
});

describe('case list state in the address', () => {
  it('round-trips and ignores bad values', () => {
    const state = caseListStateFromParams({
      type: 'consultation',
      stage: 'conflict_check',
      lawyer: LAWYER,
      paralegal: PARALEGAL,
      closed: '1',
      page: '2',
      size: '50',
    });
    expect(state).toEqual({
      type: 'consultation',
      stage: 'conflict_check',
      lawyer: LAWYER,
      paralegal: PARALEGAL,
      includeClosed: true,
      pageIndex: 1,
      pageSize: 50,
    });
    expect(caseListStateFromParams(caseListStateToParams(state))).toEqual(state);
    expect(
      caseListStateFromParams({ type: 'divorce', stage: 'intake', lawyer: 'me', size: '7' }),
    ).toEqual({
      type: null,
      stage: null,
      lawyer: null,
      paralegal: null,
      includeClosed: false,
      pageIndex: 0,
      pageSize: 25,
    });
  });
});
