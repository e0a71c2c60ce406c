import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { type ConfirmDialogData, ConfirmService } from '@intake/dashboard/ui';
import { CaseStore } from './case-store';
import { DeadlinesSection, sortDeadlines } from './deadlines-section';
import { NotesSection } from './notes-section';
import { TasksSection } from './tasks-section';
import {
  STAFF,
  caseTestProviders,
  makeCase,
  makeDeadline,
  makeNote,
  makeTask,
  problem,
  testRole,
} from './testing/case-fixtures';

const CASE_URL = '/api/cases/k-1';

describe('work sections of the case page', () => {
  let backend: HttpTestingController;
  let store: CaseStore;
  let root: HTMLElement;
  let fixture: ComponentFixture<unknown>;
  const confirm = jest.fn<Promise<boolean>, [ConfirmDialogData]>();

  beforeEach(() => {
    testRole.set('lawyer');
    confirm.mockReset();
    TestBed.configureTestingModule({
      providers: [
        ...caseTestProviders(),
        CaseStore,
        { provide: ConfirmService, useValue: { confirm } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CaseStore);
    store.current.set(makeCase());
    store.staff.set(STAFF);
  });

  afterEach(() => backend.verify());

  const el = (testId: string, scope: ParentNode = root): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function create<T>(component: Type<T>, url: string, rows: object[]): Promise<void> {
    fixture = TestBed.createComponent(component);
    root = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne({ method: 'GET', url }).flush(rows);
    await settle();
  }

  async function input(testId: string, value: string): Promise<void> {
    const field = el(testId) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  }

  async function tick(box: HTMLElement | null): Promise<void> {
    (box as HTMLInputElement).click();
    await settle();
  }

  describe('notes', () => {
    it('shows the empty state, then adds a note on top', async () => {
      await create(NotesSection, `${CASE_URL}/notes`, []);
      expect(text(el('page-state-empty'))).toBe('cases.page.notes.empty');

      el('note-add')?.click();
      await settle();
      backend.expectNone({ method: 'POST', url: `${CASE_URL}/notes` });

      await input('note-input', '  Client sent the police certificate.  ');
      el('note-add')?.click();
      await settle();
      const req = backend.expectOne({ method: 'POST', url: `${CASE_URL}/notes` });
      expect(req.request.body).toEqual({ body: 'Client sent the police certificate.' });
      req.flush(makeNote({ id: 'n-2', body: 'Client sent the police certificate.' }));
      await settle();

      expect(all('note-row').map((r) => text(r.querySelector('.body')))).toEqual([
        'Client sent the police certificate.',
      ]);
      expect((el('note-input') as HTMLTextAreaElement).value).toBe('');
    });

    it('keeps the text when the note cannot be saved', async () => {
      await create(NotesSection, `${CASE_URL}/notes`, [makeNote()]);
      await input('note-input', 'Call back Monday');
      el('note-add')?.click();
      await settle();
      backend
        .expectOne({ method: 'POST', url: `${CASE_URL}/notes` })
        .flush(null, { status: 0, statusText: 'Unknown Error' });
      await settle();
      expect(text(el('note-error'))).toContain('errors.network');
      expect((el('note-input') as HTMLTextAreaElement).value).toBe('Call back Monday');
      expect(all('note-row')).toHaveLength(1);
    });
  });

  describe('tasks', () => {
    it('adds a task with an assignee from the staff and a due date', async () => {
      await create(TasksSection, `${CASE_URL}/tasks`, []);
      expect(text(el('page-state-empty'))).toBe('cases.page.tasks.empty');
      const assignees = Array.from((el('task-add-assignee') as HTMLSelectElement).options).map(
        (o) => o.value,
      );
      expect(assignees).toEqual(['', 'u-lawyer', 'u-admin', 'u-para', 'u-para2']);

      await input('task-add-title', 'Order the translation');
      await input('task-add-assignee', 'u-para2');
      await input('task-add-due', '2025-07-01');
      el('task-add')?.click();
      await settle();
      const req = backend.expectOne({ method: 'POST', url: `${CASE_URL}/tasks` });
      expect(req.request.body).toEqual({
        title: 'Order the translation',
        assigneeId: 'u-para2',
        dueOn: '2025-07-01',
      });
      req.flush(
        makeTask({ id: 'ta-2', title: 'Order the translation', assigneeName: 'Paula Paralegal' }),
      );
      await settle();
      expect(all('task-row').map((r) => r.dataset['taskId'])).toEqual(['ta-2']);
      expect((el('task-add-title') as HTMLInputElement).value).toBe('');
    });

    it('ticks a task done with its version, and untick it', async () => {
      await create(TasksSection, `${CASE_URL}/tasks`, [makeTask({ overdue: true })]);
      expect(el('task-overdue')).not.toBeNull();

      await tick(el('task-done'));
      const done = backend.expectOne({ method: 'PATCH', url: `${CASE_URL}/tasks/ta-1` });
      expect(done.request.body).toEqual({ version: 2, done: true });
      done.flush(
        makeTask({ done: true, doneAt: '2025-06-10T10:00:00.000Z', overdue: true, version: 3 }),
      );
      await settle();
      expect(all('task-row')[0].dataset['done']).toBe('true');
      expect(el('task-overdue')).toBeNull();

      await tick(el('task-done'));
      const undone = backend.expectOne({ method: 'PATCH', url: `${CASE_URL}/tasks/ta-1` });
      expect(undone.request.body).toEqual({ version: 3, done: false });
      undone.flush(makeTask({ version: 4 }));
      await settle();
      expect((el('task-done') as HTMLInputElement).checked).toBe(false);
    });

    it('puts the box back, says so and reloads when the task changed meanwhile (409)', async () => {
      await create(TasksSection, `${CASE_URL}/tasks`, [makeTask()]);
      await tick(el('task-done'));
      backend
        .expectOne({ method: 'PATCH', url: `${CASE_URL}/tasks/ta-1` })
        .flush(...problem(409, 'stale-version'));
      await settle();
      expect((el('task-done') as HTMLInputElement).checked).toBe(false);
      expect(text(el('task-error'))).toContain('cases.page.errors.stale');
      backend
        .expectOne({ method: 'GET', url: `${CASE_URL}/tasks` })
        .flush([makeTask({ title: 'Book the medical exam (Mon.)', version: 5 })]);
      await settle();
      expect(text(el('task-title'))).toBe('Book the medical exam (Mon.)');
    });
  });

  describe('deadlines', () => {
    const derived = makeDeadline();
    const manual = makeDeadline({
      id: 'd-2',
      kind: 'manual',
      derived: false,
      title: 'Send the retainer',
      dueOn: '2025-06-05',
      daysLeft: -2,
      overdue: true,
      version: 4,
    });

    function expectCaseReload(): TestRequest {
      return backend.expectOne({ method: 'GET', url: CASE_URL });
    }

    it('lists deadlines with their kind, days left, overdue badge and origin', async () => {
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, [manual, derived]);
      const [first, second] = all('deadline-row');
      expect(text(first)).toContain('cases.deadlineKinds.manual');
      expect(text(el('deadline-days-left', first))).toBe('cases.page.days.overdue');
      expect(el('deadline-overdue', first)).not.toBeNull();
      expect(text(el('deadline-origin', first))).toBe('cases.page.deadlines.manual');
      expect(text(el('deadline-origin', second))).toBe('cases.page.deadlines.derived');
      expect(text(second)).toContain('cases.deadlineKinds.pr_application_due');
      // Only manual deadlines can be deleted.
      expect(el('deadline-delete', first)).not.toBeNull();
      expect(el('deadline-delete', second)).toBeNull();
    });

    it('hides deleting from a paralegal', async () => {
      testRole.set('paralegal');
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, [manual]);
      expect(el('deadline-delete')).toBeNull();
    });

    it('adds a manual deadline in date order and refreshes the next deadline of the case', async () => {
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, [derived]);
      el('deadline-add')?.click();
      await settle();
      backend.expectNone({ method: 'POST', url: `${CASE_URL}/deadlines` });

      await input('deadline-add-title', 'Biometrics appointment');
      await input('deadline-add-date', '2025-07-10');
      el('deadline-add')?.click();
      await settle();
      const req = backend.expectOne({ method: 'POST', url: `${CASE_URL}/deadlines` });
      expect(req.request.body).toEqual({ title: 'Biometrics appointment', dueOn: '2025-07-10' });
      req.flush(
        makeDeadline({
          id: 'd-3',
          kind: 'manual',
          derived: false,
          title: 'Biometrics appointment',
          dueOn: '2025-07-10',
        }),
      );
      await settle();
      expectCaseReload().flush(makeCase());
      await settle();
      expect(all('deadline-row').map((r) => r.dataset['deadlineId'])).toEqual(['d-3', 'd-1']);
    });

    it('marks a deadline done with its version', async () => {
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, [derived]);
      await tick(el('deadline-done'));
      const req = backend.expectOne({ method: 'PATCH', url: '/api/deadlines/d-1' });
      expect(req.request.body).toEqual({ version: 1, done: true });
      req.flush({ ...derived, done: true, version: 2 });
      await settle();
      expectCaseReload().flush(makeCase());
      await settle();
      expect(all('deadline-row')[0].dataset['done']).toBe('true');
      expect(el('deadline-days-left')).toBeNull();
    });

    it('deletes a manual deadline with its version after confirmation', async () => {
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, [manual, derived]);
      confirm.mockResolvedValueOnce(false);
      el('deadline-delete')?.click();
      await settle();
      expect(confirm).toHaveBeenCalledWith(
        expect.objectContaining({ destructive: true, params: { title: 'Send the retainer' } }),
      );
      backend.expectNone({ method: 'DELETE', url: '/api/deadlines/d-2?version=4' });

      confirm.mockResolvedValueOnce(true);
      el('deadline-delete')?.click();
      await settle();
      backend
        .expectOne({ method: 'DELETE', url: '/api/deadlines/d-2?version=4' })
        .flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      expectCaseReload().flush(makeCase());
      await settle();
      expect(all('deadline-row').map((r) => r.dataset['deadlineId'])).toEqual(['d-1']);
    });

    it('shows the empty state', async () => {
      await create(DeadlinesSection, `${CASE_URL}/deadlines`, []);
      expect(text(el('page-state-empty'))).toBe('cases.page.deadlines.empty');
    });

    it('sorts as the API does: open first, earliest first', () => {
      const rows = [
        makeDeadline({ id: 'a', dueOn: '2025-01-01', done: true }),
        makeDeadline({ id: 'b', dueOn: '2025-03-01' }),
        makeDeadline({ id: 'c', dueOn: '2025-02-01' }),
      ];
      expect(sortDeadlines(rows).map((d) => d.id)).toEqual(['c', 'b', 'a']);
    });
  });
});
