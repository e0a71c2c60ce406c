import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { addDays, todayIso } from '@intake/dashboard/ui';
import type {
  AssessmentSummaryDto,
  AvailableMoveDto,
  CaseChecklistDto,
  CaseDto,
  CaseNoteDto,
  CaseTaskDto,
  CaseTransitionDto,
  DeadlineDto,
} from '@intake/shared/contracts';
import { caseChanges, staffOptions } from './case-header';
import { CasePage } from './case-page';
import {
  STAFF,
  caseTestProviders,
  makeAssessment,
  makeCase,
  makeChecklist,
  makeDeadline,
  makeItem,
  makeMove,
  makeNote,
  makeTask,
  makeTransition,
  problem,
  testRole,
} from './testing/case-fixtures';

const CASE_URL = '/api/cases/k-1';

interface Sections {
  moves: AvailableMoveDto[];
  history: CaseTransitionDto[];
  checklist: CaseChecklistDto;
  notes: CaseNoteDto[];
  tasks: CaseTaskDto[];
  deadlines: DeadlineDto[];
  assessments: AssessmentSummaryDto[];
}

const EMPTY: Sections = {
  moves: [],
  history: [],
  checklist: makeChecklist([]),
  notes: [],
  tasks: [],
  deadlines: [],
  assessments: [],
};

describe('CasePage', () => {
  let fixture: ComponentFixture<CasePage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    testRole.set('lawyer');
    TestBed.configureTestingModule({ providers: caseTestProviders() });
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

  function expectGet(url: string): TestRequest {
    return backend.expectOne({ method: 'GET', url });
  }

  function flushSections(data: Partial<Sections> = {}): void {
    const d = { ...EMPTY, ...data };
    expectGet(`${CASE_URL}/moves`).flush(d.moves);
    expectGet(`${CASE_URL}/transitions`).flush(d.history);
    expectGet(`${CASE_URL}/checklist`).flush(d.checklist);
    expectGet(`${CASE_URL}/notes`).flush(d.notes);
    expectGet(`${CASE_URL}/tasks`).flush(d.tasks);
    expectGet(`${CASE_URL}/deadlines`).flush(d.deadlines);
    expectGet('/api/clients/c-1/assessments').flush(d.assessments);
  }

  async function open(shown: CaseDto = makeCase(), data: Partial<Sections> = {}): Promise<void> {
    fixture = TestBed.createComponent(CasePage);
    fixture.componentRef.setInput('caseId', 'k-1');
    await settle();
    expect(el('page-state-loading')).not.toBeNull();
    expectGet('/api/staff').flush(STAFF);
    expectGet(CASE_URL).flush(shown);
    await settle();
    flushSections(data);
    await settle();
  }

  async function input(element: HTMLElement | null, value: string): Promise<void> {
    const field = element as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  }

  async function openMoves(): Promise<void> {
    el('case-move-button')?.click();
    await settle();
  }

  function option(stage: string): HTMLElement | undefined {
    return overlayAll('case-move-option').find((o) => o.dataset['stage'] === stage);
  }

  describe('header', () => {
    it('shows the file number, client, type, people, dates and the stage', async () => {
      await open(makeCase({ outcome: null }));
      expect(text(el('case-file-number'))).toBe('K-2025-00042');
      expect(text(el('case-stage'))).toBe('cases.stages.ita_received');
      expect(text(el('case-days-in-stage'))).toBe('cases.page.header.daysInStage');
      expect(text(el('case-type'))).toBe('cases.types.cec_express_entry');
      expect(el('case-client')?.getAttribute('href')).toBe('/clients/c-1');
      expect(text(el('case-client'))).toBe('Adaeze Okonkwo');
      expect(text(el('case-lawyer'))).toBe('Louise Lawyer');
      expect(text(el('case-paralegal'))).toBe('Pierre Paralegal');
      expect(text(el('case-opened'))).toBe('Mar 10, 2025');
      expect(text(el('case-ita'))).toBe('Jun 1, 2025');
      expect(text(el('case-next-deadline'))).toBe('cases.page.header.noDeadline');
      expect(el('case-outcome')).toBeNull();
      expect(el('page-state-loading')).toBeNull();
    });

    it('shows the next deadline with its kind, days left and the overdue badge', async () => {
      const dueOn = addDays(todayIso(), -3);
      await open(
        makeCase({
          nextDeadline: {
            id: 'd-1',
            kind: 'pr_application_due',
            title: 'Submit the PR application',
            dueOn,
          },
          overdue: true,
        }),
      );
      const next = el('case-next-deadline');
      expect(text(next)).toContain('cases.deadlineKinds.pr_application_due');
      expect(text(next)).toContain('Submit the PR application');
      expect(text(el('case-next-deadline-days', next ?? undefined))).toBe(
        'cases.page.days.overdue',
      );
      expect(el('case-overdue', next ?? undefined)).not.toBeNull();
    });

    it('shows the outcome once decided and the unassigned people', async () => {
      await open(
        makeCase({
          outcome: 'approved',
          responsibleLawyerId: null,
          responsibleLawyerName: null,
          closedOn: '2025-09-01',
        }),
      );
      expect(text(el('case-outcome'))).toBe('cases.outcomes.approved');
      expect(text(el('case-lawyer'))).toBe('cases.page.header.unassigned');
      expect(text(el('case-closed'))).toBe('Sep 1, 2025');
    });

    it('saves the assignment and the ITA date with the version, then reloads the deadlines', async () => {
      await open();
      el('case-edit')?.click();
      await settle();
      const lawyerOptions = Array.from((el('case-edit-lawyer') as HTMLSelectElement).options).map(
        (o) => o.value,
      );
      expect(lawyerOptions).toEqual(['', 'u-lawyer', 'u-admin']);
      await input(el('case-edit-lawyer'), 'u-admin');
      await input(el('case-edit-paralegal'), 'u-para2');
      await input(el('case-edit-ita'), '2025-06-05');
      el('case-edit-save')?.click();
      await settle();

      const req = backend.expectOne({ method: 'PATCH', url: CASE_URL });
      expect(req.request.body).toEqual({
        version: 7,
        responsibleLawyerId: 'u-admin',
        paralegalId: 'u-para2',
        itaReceivedOn: '2025-06-05',
      });
      req.flush(
        makeCase({ responsibleLawyerName: 'Ada Admin', itaReceivedOn: '2025-06-05', version: 8 }),
      );
      await settle();
      expectGet(`${CASE_URL}/deadlines`).flush([]);
      await settle();
      expect(text(el('case-lawyer'))).toBe('Ada Admin');
      expect(el('case-edit-form')).toBeNull();
    });

    it('keeps the edits, says so and reloads the case when someone else changed it (409)', async () => {
      await open();
      el('case-edit')?.click();
      await settle();
      await input(el('case-edit-summary'), 'New summary');
      el('case-edit-save')?.click();
      await settle();
      backend
        .expectOne({ method: 'PATCH', url: CASE_URL })
        .flush(...problem(409, 'stale-version', 'The record was changed since you loaded it.'));
      await settle();
      expectGet(CASE_URL).flush(makeCase({ paralegalName: 'Paula Paralegal', version: 9 }));
      await settle();

      expect(el('case-edit-error')?.getAttribute('role')).toBe('alert');
      expect(text(el('case-edit-error'))).toContain('cases.page.errors.stale');
      expect((el('case-edit-summary') as HTMLTextAreaElement).value).toBe('New summary');
      expect(text(el('case-paralegal'))).toBe('Paula Paralegal');

      el('case-edit-save')?.click();
      await settle();
      const retry = backend.expectOne({ method: 'PATCH', url: CASE_URL });
      expect(retry.request.body).toEqual({ version: 9, summary: 'New summary' });
      retry.flush(makeCase({ summary: 'New summary', version: 10 }));
      await settle();
      expectGet(`${CASE_URL}/deadlines`).flush([]);
      await settle();
      expect(text(el('case-summary'))).toBe('New summary');
    });

    it('refuses an ITA date in the future without calling the API', async () => {
      await open();
      el('case-edit')?.click();
      await settle();
      await input(el('case-edit-ita'), addDays(todayIso(), 2));
      el('case-edit-save')?.click();
      await settle();
      expect(text(el('case-edit-form'))).toContain('cases.page.errors.futureDate');
    });
  });

  describe('moves', () => {
    const refused = makeMove({
      to: 'pr_application_submitted',
      allowed: false,
      reason: '2 required documents are neither accepted nor waived by a lawyer: Passport; Photo.',
      refusal: { code: 'checklist_incomplete', count: 2 },
    });
    const allowed = makeMove({
      to: 'decision',
      lawyerOnly: true,
      outcomes: ['approved', 'refused', 'withdrawn'],
    });

    it('lists refused moves with their reason, and choosing one opens nothing', async () => {
      const unexplained = makeMove({
        to: 'retainer',
        allowed: false,
        reason: 'Refused for a reason of its own',
      });
      await open(makeCase(), { moves: [refused, allowed, unexplained] });
      await openMoves();
      // Without a code, the API's own words.
      expect(text(el('case-move-reason', option('retainer')))).toBe(
        'Refused for a reason of its own',
      );

      const blocked = option('pr_application_submitted');
      expect(blocked?.dataset['allowed']).toBe('false');
      expect(blocked?.hasAttribute('disabled')).toBe(true);
      // In the user's language, from the API's code.
      expect(text(el('case-move-reason', blocked))).toBe(
        'cases.refusals.checklist_incomplete_count',
      );
      expect(option('decision')?.dataset['allowed']).toBe('true');
      expect(el('case-move-reason', option('decision'))).toBeNull();

      blocked?.click();
      blocked?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle();
      expect(overlay('case-move-confirm')).toBeNull();
      backend.expectNone({ method: 'POST', url: `${CASE_URL}/transitions` });
    });

    it('posts an allowed move with the version, comment and outcome, then refreshes the case and its parts', async () => {
      await open(makeCase(), { moves: [refused, allowed] });
      await openMoves();
      option('decision')?.click();
      await settle();

      // The outcome is required for a decision.
      overlay('case-move-confirm')?.click();
      await settle();
      backend.expectNone({ method: 'POST', url: `${CASE_URL}/transitions` });

      await input(overlay('case-move-outcome'), 'approved');
      await input(overlay('case-move-comment'), '  Approved by IRCC  ');
      overlay('case-move-confirm')?.click();
      await settle();

      const req = backend.expectOne({ method: 'POST', url: `${CASE_URL}/transitions` });
      expect(req.request.body).toEqual({
        version: 7,
        to: 'decision',
        outcome: 'approved',
        comment: 'Approved by IRCC',
      });
      req.flush(makeCase({ stage: 'decision', outcome: 'approved', daysInStage: 0, version: 8 }));
      await settle();

      expectGet(`${CASE_URL}/moves`).flush([makeMove({ to: 'closed' })]);
      expectGet(`${CASE_URL}/transitions`).flush([
        makeTransition(),
        makeTransition({
          id: 't-2',
          from: 'ita_received',
          to: 'decision',
          outcome: 'approved',
          comment: 'Approved by IRCC',
        }),
      ]);
      expectGet(`${CASE_URL}/deadlines`).flush([]);
      expectGet(`${CASE_URL}/checklist`).flush(makeChecklist([]));
      await settle();

      expect(overlay('case-move-confirm')).toBeNull();
      expect(text(el('case-stage'))).toBe('cases.stages.decision');
      expect(text(el('case-outcome'))).toBe('cases.outcomes.approved');
      const rows = all('history-row');
      expect(rows.map((r) => r.dataset['to'])).toEqual(['decision', 'ita_received']);
      expect(text(el('stage-history'))).toContain('Approved by IRCC');
    });

    it('sends the day of the step and refuses one in the future', async () => {
      await open(makeCase(), { moves: [makeMove()] });
      await openMoves();
      option('pr_application_submitted')?.click();
      await settle();

      await input(overlay('case-move-date'), addDays(todayIso(), 1));
      overlay('case-move-confirm')?.click();
      await settle();
      backend.expectNone({ method: 'POST', url: `${CASE_URL}/transitions` });
      expect(document.body.querySelector('.cdk-overlay-container')?.textContent).toContain(
        'cases.page.errors.futureDate',
      );

      await input(overlay('case-move-date'), '2025-06-03');
      overlay('case-move-confirm')?.click();
      await settle();
      const req = backend.expectOne({ method: 'POST', url: `${CASE_URL}/transitions` });
      expect(req.request.body).toEqual({
        version: 7,
        to: 'pr_application_submitted',
        effectiveOn: '2025-06-03',
      });
      req.flush(makeCase({ stage: 'pr_application_submitted', version: 8 }));
      await settle();
      flushRefresh();
      await settle();
    });

    function flushRefresh(): void {
      expectGet(`${CASE_URL}/moves`).flush([]);
      expectGet(`${CASE_URL}/transitions`).flush([]);
      expectGet(`${CASE_URL}/deadlines`).flush([]);
      expectGet(`${CASE_URL}/checklist`).flush(makeChecklist([]));
    }

    it('shows the reason of a refused move (409) in an alert and keeps the dialog and the comment', async () => {
      await open(makeCase(), { moves: [makeMove()] });
      await openMoves();
      option('pr_application_submitted')?.click();
      await settle();
      await input(overlay('case-move-comment'), 'Submitted on the portal');
      overlay('case-move-confirm')?.click();
      await settle();

      backend
        .expectOne({ method: 'POST', url: `${CASE_URL}/transitions` })
        .flush(
          ...problem(
            409,
            'transition-refused',
            '1 required document is neither accepted nor waived by a lawyer',
          ),
        );
      await settle();

      const alert = overlay('case-move-error');
      expect(alert?.getAttribute('role')).toBe('alert');
      expect(text(alert)).toContain('cases.page.errors.refused');
      expect(text(alert)).toContain(
        '1 required document is neither accepted nor waived by a lawyer',
      );
      expect((overlay('case-move-comment') as HTMLTextAreaElement).value).toBe(
        'Submitted on the portal',
      );
      // The list of moves was out of date: it is fetched again.
      expectGet(`${CASE_URL}/moves`).flush([
        makeMove({ allowed: false, reason: 'Documents missing' }),
      ]);
      await settle();
      expect(text(el('case-stage'))).toBe('cases.stages.ita_received');
    });

    it('shows a 403 for a lawyer-only move with the detail', async () => {
      testRole.set('paralegal');
      await open(makeCase(), { moves: [makeMove({ to: 'closed', lawyerOnly: true })] });
      await openMoves();
      option('closed')?.click();
      await settle();
      overlay('case-move-confirm')?.click();
      await settle();
      backend
        .expectOne({ method: 'POST', url: `${CASE_URL}/transitions` })
        .flush(...problem(403, 'forbidden', 'Only a lawyer can close a case.'));
      await settle();
      expect(text(overlay('case-move-error'))).toContain('Only a lawyer can close a case.');
      expectGet(`${CASE_URL}/moves`).flush([]);
      await settle();
    });

    it('says when no move is possible', async () => {
      await open(makeCase({ stage: 'closed' }), { moves: [] });
      await openMoves();
      expect(overlay('case-move-none')).not.toBeNull();
    });
  });

  describe('states', () => {
    it('shows "case not found" for a 404', async () => {
      fixture = TestBed.createComponent(CasePage);
      fixture.componentRef.setInput('caseId', 'k-1');
      await settle();
      expectGet('/api/staff').flush(STAFF);
      expectGet(CASE_URL).flush(...problem(404, 'not-found', 'No case with this id.'));
      await settle();
      expect(el('case-not-found')).not.toBeNull();
      expect(text(el('case-not-found'))).toContain('cases.page.notFound.title');
      expect(el('case-file-number')).toBeNull();
    });

    it('shows an error with retry, and retries', async () => {
      fixture = TestBed.createComponent(CasePage);
      fixture.componentRef.setInput('caseId', 'k-1');
      await settle();
      expectGet('/api/staff').flush(STAFF);
      expectGet(CASE_URL).flush(null, { status: 500, statusText: 'Server Error' });
      await settle();
      expect(text(el('page-state-error'))).toContain('cases.page.loadError');

      el('page-state-retry')?.click();
      await settle();
      expectGet(CASE_URL).flush(makeCase());
      await settle();
      flushSections();
      await settle();
      expect(text(el('case-file-number'))).toBe('K-2025-00042');
    });

    it('shows an empty state in every section of a new case', async () => {
      await open();
      for (const section of [
        'checklist-section',
        'tasks-section',
        'notes-section',
        'deadlines-section',
        'stage-history',
        'assessments-section',
      ]) {
        expect(el('page-state-empty', el(section) ?? undefined)).not.toBeNull();
      }
      expect(text(el('checklist-section'))).toContain('cases.page.checklist.empty');
      expect(text(el('stage-history'))).toContain('cases.page.history.empty');
    });

    it('shows the sections of a case in progress', async () => {
      await open(makeCase(), {
        history: [makeTransition({ comment: 'ITA of June 1st' })],
        checklist: makeChecklist([makeItem()]),
        notes: [makeNote()],
        tasks: [makeTask()],
        deadlines: [makeDeadline()],
        assessments: [makeAssessment({ stale: true })],
      });
      expect(all('history-row')).toHaveLength(1);
      expect(text(el('stage-history'))).toContain('ITA of June 1st');
      expect(all('checklist-item')).toHaveLength(1);
      expect(all('note-row')).toHaveLength(1);
      expect(all('task-row')).toHaveLength(1);
      expect(all('deadline-row')).toHaveLength(1);
      const assessment = all('assessment-row')[0];
      expect(el('assessment-link', assessment)?.getAttribute('href')).toBe(
        '/clients/c-1/assessments/a-1',
      );
      expect(el('assessment-stale', assessment)).not.toBeNull();
      expect(el('assessment-new')?.getAttribute('href')).toBe('/clients/c-1/assessments');
    });

    it('pages a long history, newest first', async () => {
      const history = Array.from({ length: 12 }, (_, i) =>
        makeTransition({
          id: `t-${i}`,
          to: `stage_${i}`,
          at: `2025-06-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`,
        }),
      );
      await open(makeCase(), { history });
      const rows = all('history-row');
      expect(rows).toHaveLength(10);
      expect(rows[0].dataset['to']).toBe('stage_11');
      (root().querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
      await settle();
      expect(all('history-row').map((r) => r.dataset['to'])).toEqual(['stage_1', 'stage_0']);
    });
  });
});

describe('case header helpers', () => {
  it('lists active staff, plus the person assigned now when no longer among them', () => {
    expect(staffOptions(STAFF.slice(0, 1), 'u-gone', 'Gone Lawyer')).toEqual([
      { id: 'u-lawyer', name: 'Louise Lawyer' },
      { id: 'u-gone', name: 'Gone Lawyer' },
    ]);
    expect(staffOptions(STAFF.slice(0, 1), 'u-lawyer', 'Louise Lawyer')).toHaveLength(1);
  });

  it('sends only what changed, empty fields as null', () => {
    const shown = makeCase();
    expect(
      caseChanges(shown, {
        responsibleLawyerId: 'u-lawyer',
        paralegalId: '',
        summary: shown.summary ?? '',
        itaReceivedOn: '2025-06-01',
      }),
    ).toEqual({ paralegalId: null });
  });
});
