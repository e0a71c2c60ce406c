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
import { API, AuthService, LanguageService } from '@intake/dashboard/core';
import { addDays, todayIso } from '@intake/dashboard/ui';
import type { DeadlineDto, StaffMemberDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CASES_API } from '../data/cases-api';
import { DeadlinesPage, deadlinesStateFromParams, deadlinesStateToParams } from './deadlines-page';
import { monthOf, monthRange } from './month-grid';

const ME = '22222222-2222-4222-8222-222222222222';
const LAWYER = '11111111-1111-4111-8111-111111111111';
const STAFF: StaffMemberDto[] = [
  { id: LAWYER, name: 'Louise Lawyer', role: 'lawyer' },
  { id: ME, name: 'Paul Paralegal', role: 'paralegal' },
];

function deadline(id: string, overrides: Partial<DeadlineDto> = {}): DeadlineDto {
  return {
    id,
    caseId: `case-of-${id}`,
    caseFileNumber: 'CASE-2026-00001',
    clientName: 'Ana Silva',
    kind: 'manual',
    derived: false,
    title: `Deadline ${id}`,
    detail: null,
    dueOn: '2028-02-10',
    assigneeId: null,
    done: false,
    doneAt: null,
    overdue: false,
    daysLeft: 10,
    version: 3,
    ...overrides,
  };
}

describe('DeadlinesPage', () => {
  let fixture: ComponentFixture<DeadlinesPage>;
  let backend: HttpTestingController;
  let router: Router;
  const today = todayIso();

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function open(url = '/'): Promise<void> {
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: {
        id: ME,
        email: 'paul@firm.example',
        name: 'Paul Paralegal',
        role: 'paralegal',
        preferredLanguage: 'en',
        mustChangePassword: false,
      },
    });
    await session;
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(DeadlinesPage);
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
        provideRouter([]),
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
  const all = (testId: string, scope: ParentNode = root()): HTMLElement[] =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const ids = (scope: ParentNode | null): (string | null)[] =>
    scope ? all('deadline-item', scope).map((item) => item.getAttribute('data-deadline-id')) : [];

  function paramsOf(req: TestRequest): Record<string, string> {
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    return actual;
  }

  const isList = (req: { url: string; method: string }) =>
    req.url === CASES_API.deadlines && req.method === 'GET';

  /** Answers the two requests of the list view: overdue, then the coming days. */
  async function answerList(
    overdue: DeadlineDto[],
    upcoming: DeadlineDto[],
    filters: Record<string, string> = {},
    totals: { overdue?: number; upcoming?: number } = {},
    upcomingFilters: Record<string, string> = {},
  ): Promise<void> {
    const requests = backend.match(isList);
    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(paramsOf(first)).toEqual({ overdue: 'true', limit: '25', offset: '0', ...filters });
    expect(paramsOf(second)).toEqual({
      from: today,
      to: addDays(today, 90),
      limit: '25',
      offset: '0',
      ...filters,
      ...upcomingFilters,
    });
    first.flush({ items: overdue, total: totals.overdue ?? overdue.length });
    second.flush({ items: upcoming, total: totals.upcoming ?? upcoming.length });
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

  const click = async (testId: string): Promise<void> => {
    el(testId)?.click();
    await settle();
  };
  const check = async (testId: string): Promise<void> => {
    (el(testId)?.querySelector('input') as HTMLInputElement).click();
    await settle();
  };

  describe('list', () => {
    it('shows the overdue group first, then the coming days, each row linked to its case', async () => {
      await open();
      expect(el('page-state-loading')).not.toBeNull();
      await answerList(
        [deadline('o1', { overdue: true, daysLeft: -3, kind: 'permit_expiry', derived: true })],
        [deadline('u1', { daysLeft: 0 }), deadline('u2', { daysLeft: 12, assigneeId: LAWYER })],
      );
      const overdue = el('deadlines-overdue');
      const upcoming = el('deadlines-upcoming');
      expect(ids(overdue)).toEqual(['o1']);
      expect(ids(upcoming)).toEqual(['u1', 'u2']);
      expect(
        (overdue as Node).compareDocumentPosition(upcoming as Node) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();

      const [late] = all('deadline-item', overdue as HTMLElement);
      expect(el('deadline-kind', late)?.textContent?.trim()).toBe(
        'cases.deadlineKinds.permit_expiry',
      );
      expect(el('deadline-badge', late)?.textContent?.trim()).toBe('deadlines.badge.overdue');
      expect(Array.from(el('deadline-badge', late)?.classList ?? [])).toEqual(['badge', 'overdue']);
      expect(late.classList).toContain('overdue');
      expect(el('deadline-case-link', late)?.getAttribute('href')).toBe('/cases/case-of-o1');
      expect(late.textContent).toContain('Feb 10, 2028');
      const [dueToday, later] = all('deadline-item', upcoming as HTMLElement);
      expect(el('deadline-badge', dueToday)?.textContent?.trim()).toBe('deadlines.badge.today');
      expect(el('deadline-badge', later)?.textContent?.trim()).toBe('deadlines.badge.inDays');
      expect(later.textContent).toContain('Louise Lawyer');
      expect(dueToday.textContent).toContain('deadlines.caseParalegal');
    });

    it('hides the overdue group when nothing is late', async () => {
      await open();
      await answerList([], [deadline('u1')]);
      expect(el('deadlines-overdue')).toBeNull();
      expect(ids(el('deadlines-upcoming'))).toEqual(['u1']);
    });

    it('has an empty state, with a way out of the filters', async () => {
      await open();
      await answerList([], []);
      expect(el('page-state-empty')?.textContent).toContain('deadlines.empty');
      expect(el('deadlines-clear-filters')).toBeNull();

      await choose('deadlines-filter-kind', 'cases.deadlineKinds.hours_age_out');
      await answerList([], [], { kind: 'hours_age_out' });
      expect(el('page-state-empty')?.textContent).toContain('deadlines.emptyFiltered');
      await click('deadlines-clear-filters');
      await answerList([deadline('o1', { overdue: true, daysLeft: -1 })], []);
      expect(el('deadlines-upcoming-empty')).not.toBeNull();
      expect(router.url).toBe('/');
    });

    it('sends the filters and keeps them in the address', async () => {
      await open();
      await answerList([], [deadline('u1')]);

      await choose('deadlines-filter-kind', 'cases.deadlineKinds.manual');
      await answerList([], [deadline('u1')], { kind: 'manual' });
      await choose('deadlines-filter-lawyer', 'Louise Lawyer');
      await answerList([], [deadline('u1')], { kind: 'manual', lawyer: LAWYER });
      await check('deadlines-filter-mine');
      await answerList([], [deadline('u1')], { kind: 'manual', lawyer: LAWYER, assignee: ME });
      // Done deadlines are never overdue: only the coming days ask for them, and reload.
      await check('deadlines-filter-done');
      const [withDone] = backend.match(isList);
      expect(paramsOf(withDone)).toEqual({
        from: today,
        to: addDays(today, 90),
        kind: 'manual',
        lawyer: LAWYER,
        assignee: ME,
        includeDone: 'true',
        limit: '25',
        offset: '0',
      });
      withDone.flush({ items: [deadline('u1', { done: true })], total: 1 });
      await settle();
      expect(router.url).toBe(`/?kind=manual&lawyer=${LAWYER}&assignee=${ME}&done=1`);
      expect(el('deadline-done')).toBeNull();
      expect(el('deadline-badge')?.textContent?.trim()).toBe('deadlines.badge.done');

      await check('deadlines-filter-mine');
      await answerList([], [], { kind: 'manual', lawyer: LAWYER }, {}, { includeDone: 'true' });
    });

    it('starts from the address and pages the coming days alone', async () => {
      await open(`/?assignee=${ME}&days=30`);
      const [overdue, upcoming] = backend.match(isList);
      expect(paramsOf(overdue)).toEqual({
        overdue: 'true',
        assignee: ME,
        limit: '25',
        offset: '0',
      });
      expect(paramsOf(upcoming)).toEqual({
        from: today,
        to: addDays(today, 30),
        assignee: ME,
        limit: '25',
        offset: '0',
      });
      overdue.flush({ items: [], total: 0 });
      upcoming.flush({ items: [deadline('u1')], total: 60 });
      await settle();
      expect(
        (el('deadlines-filter-mine')?.querySelector('input') as HTMLInputElement).checked,
      ).toBe(true);

      (
        el('deadlines-upcoming-paginator')?.querySelector(
          '.mat-mdc-paginator-navigation-next',
        ) as HTMLButtonElement
      ).click();
      await settle();
      const [next] = backend.match(isList);
      expect(paramsOf(next)).toEqual(expect.objectContaining({ from: today, offset: '25' }));
      next.flush({ items: [deadline('u26')], total: 60 });
      await settle();
      expect(ids(el('deadlines-upcoming'))).toEqual(['u26']);
      expect(router.url).toBe(`/?assignee=${ME}&days=30&page=2`);
    });

    it('shows an error with retry', async () => {
      await open();
      const [overdue, upcoming] = backend.match(isList);
      overdue.flush({ items: [], total: 0 });
      upcoming.flush(null, { status: 500, statusText: 'Error' });
      await settle();
      expect(el('page-state-error')?.textContent).toContain('deadlines.loadError');
      await click('page-state-retry');
      await answerList([], [deadline('u1')]);
      expect(ids(el('deadlines-upcoming'))).toEqual(['u1']);
    });

    it('marks a deadline done with the version it read, once, then reloads', async () => {
      await open();
      await answerList([deadline('o1', { overdue: true, daysLeft: -2, version: 7 })], []);
      const button = el('deadline-done') as HTMLButtonElement;
      button.click();
      button.click();
      await settle();
      expect(button.disabled).toBe(true);
      const patches = backend.match(
        (r) => r.url === `${CASES_API.deadlines}/o1` && r.method === 'PATCH',
      );
      expect(patches).toHaveLength(1);
      expect(patches[0].request.body).toEqual({ version: 7, done: true });
      patches[0].flush(deadline('o1', { done: true, version: 8 }));
      await settle();
      await answerList([], []);
      expect(el('deadlines-notice')).toBeNull();
    });

    it('says someone else changed the deadline on a stale version, and reloads', async () => {
      await open();
      await answerList([], [deadline('u1', { version: 2 })]);
      await click('deadline-done');
      backend
        .expectOne((r) => r.method === 'PATCH')
        .flush(
          { type: 'https://intake.example/problems/stale-version', title: 'Stale', status: 409 },
          { status: 409, statusText: 'Conflict' },
        );
      await settle();
      expect(el('deadlines-notice')?.textContent).toContain('deadlines.errors.stale');
      await answerList([], [deadline('u1', { version: 3 })]);
      expect((el('deadline-done') as HTMLButtonElement).disabled).toBe(false);
    });
  });

  describe('calendar', () => {
    function expectMonth(
      month: string,
      offset = 0,
      extra: Record<string, string> = {},
    ): TestRequest {
      const req = backend.expectOne(isList);
      expect(paramsOf(req)).toEqual({
        ...monthRange(month),
        limit: '200',
        offset: String(offset),
        ...extra,
      });
      return req;
    }

    const cell = (date: string): HTMLElement | null =>
      root().querySelector(`[data-testid="calendar-day"][data-date="${date}"]`);

    it('switches views through the address', async () => {
      await open();
      await answerList([], []);
      await click('deadlines-view-calendar');
      expect(router.url).toBe('/?view=calendar');
      expectMonth(monthOf(today)).flush({ items: [], total: 0 });
      await settle();
      expect(el('calendar-grid')).not.toBeNull();
      expect(el('calendar-empty')).not.toBeNull();
      expect(el('deadlines-view-calendar')?.getAttribute('aria-pressed')).toBe('true');
      expect(cell(today)?.getAttribute('aria-current')).toBe('date');

      await click('deadlines-view-list');
      expect(router.url).toBe('/');
      await answerList([], []);
      expect(el('calendar-grid')).toBeNull();
    });

    it('places the deadlines of February 2028 on their days, overdue ones in red', async () => {
      await open('/?view=calendar&month=2028-02');
      const many = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) =>
        deadline(id, { dueOn: '2028-02-15' }),
      );
      expectMonth('2028-02').flush({
        items: [
          deadline('first', { dueOn: '2028-02-01', overdue: true, daysLeft: -1 }),
          ...many,
          deadline('leap', { dueOn: '2028-02-29' }),
        ],
        total: 7,
      });
      await settle();

      const days = all('calendar-day');
      expect(days).toHaveLength(29);
      const firstRow = root().querySelector(
        '[data-testid="calendar-grid"] tbody tr',
      ) as HTMLElement;
      // Monday first: February 1st, 2028 is a Tuesday, in the second column.
      expect(firstRow.children[0].getAttribute('data-testid')).toBeNull();
      expect(firstRow.children[1].getAttribute('data-date')).toBe('2028-02-01');
      expect(el('calendar-title')?.textContent?.trim()).toBe('February 2028');
      expect(
        Array.from(root().querySelectorAll('[data-testid="calendar-grid"] th')).map((th) =>
          th.textContent?.trim(),
        ),
      ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

      expect(ids(cell('2028-02-01'))).toEqual(['first']);
      expect(el('deadline-item', cell('2028-02-01') as HTMLElement)?.classList).toContain(
        'overdue',
      );
      expect(ids(cell('2028-02-29'))).toEqual(['leap']);
      expect(el('deadline-item', cell('2028-02-29') as HTMLElement)?.classList).not.toContain(
        'overdue',
      );
      expect(el('deadline-item', cell('2028-02-29') as HTMLElement)?.getAttribute('href')).toBe(
        '/cases/case-of-leap',
      );

      const busy = cell('2028-02-15') as HTMLElement;
      expect(ids(busy)).toEqual(['m1', 'm2', 'm3']);
      expect(el('calendar-more', busy)?.textContent?.trim()).toBe('deadlines.calendar.more');
      el('calendar-more', busy)?.click();
      await settle();
      expect(ids(busy)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
      expect(el('calendar-more', busy)?.getAttribute('aria-expanded')).toBe('true');
    });

    it('starts a month beginning on a Sunday in the last column, in French', async () => {
      await open('/?view=calendar&month=2028-10');
      expectMonth('2028-10').flush({ items: [deadline('x', { dueOn: '2028-10-01' })], total: 1 });
      await settle();
      await TestBed.inject(LanguageService).use('fr');
      await settle();
      const firstRow = root().querySelector(
        '[data-testid="calendar-grid"] tbody tr',
      ) as HTMLElement;
      expect(Array.from(firstRow.children).map((td) => td.getAttribute('data-date'))).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        '2028-10-01',
      ]);
      expect(ids(cell('2028-10-01'))).toEqual(['x']);
      expect(all('calendar-day')).toHaveLength(31);
      expect(el('calendar-title')?.textContent?.trim()).toBe('Octobre 2028');
      expect(root().querySelector('[data-testid="calendar-grid"] th')?.textContent?.trim()).toBe(
        'lun.',
      );
    });

    it('reads every page of a busy month', async () => {
      await open('/?view=calendar&month=2028-02&kind=manual');
      const first = Array.from({ length: 200 }, (_, i) =>
        deadline(`a${i}`, { dueOn: '2028-02-03' }),
      );
      expectMonth('2028-02', 0, { kind: 'manual' }).flush({ items: first, total: 203 });
      await settle();
      expectMonth('2028-02', 200, { kind: 'manual' }).flush({
        items: [deadline('b1', { dueOn: '2028-02-28' })],
        total: 203,
      });
      await settle();
      expect(ids(cell('2028-02-28'))).toEqual(['b1']);
      expect(el('calendar-more', cell('2028-02-03') as HTMLElement)).not.toBeNull();
    });

    it('moves to the previous and next months and back to today, in the address', async () => {
      await open('/?view=calendar&month=2028-12&done=1');
      expectMonth('2028-12', 0, { includeDone: 'true' }).flush({ items: [], total: 0 });
      await settle();
      await click('calendar-next');
      expect(router.url).toBe('/?view=calendar&done=1&month=2029-01');
      expectMonth('2029-01', 0, { includeDone: 'true' }).flush({ items: [], total: 0 });
      await settle();
      await click('calendar-prev');
      await click('calendar-prev');
      // Two months asked for: only the last one's answer is shown, whatever the order.
      const [december, november] = backend.match(isList);
      expect(paramsOf(december)).toEqual(expect.objectContaining(monthRange('2028-12')));
      expect(paramsOf(november)).toEqual(expect.objectContaining(monthRange('2028-11')));
      november.flush({ items: [deadline('nov', { dueOn: '2028-11-05' })], total: 1 });
      await settle();
      december.flush({ items: [deadline('dec', { dueOn: '2028-12-05' })], total: 1 });
      await settle();
      expect(el('calendar-title')?.textContent?.trim()).toBe('November 2028');
      expect(ids(cell('2028-11-05'))).toEqual(['nov']);
      expect(all('deadline-item')).toHaveLength(1);

      await click('calendar-today');
      expect(router.url).toBe('/?view=calendar&done=1');
      expectMonth(monthOf(today), 0, { includeDone: 'true' }).flush({ items: [], total: 0 });
      await settle();
      expect((el('calendar-today') as HTMLButtonElement).disabled).toBe(true);
    });
  });
});

describe('deadlines state in the address', () => {
  it('round-trips and ignores bad values', () => {
    const state = deadlinesStateFromParams({
      view: 'calendar',
      kind: 'permit_expiry',
      lawyer: LAWYER,
      assignee: ME,
      done: '1',
      days: '180',
      month: '2028-02',
      opage: '2',
      page: '3',
      size: '50',
    });
    expect(state).toEqual({
      view: 'calendar',
      kind: 'permit_expiry',
      lawyer: LAWYER,
      assignee: ME,
      includeDone: true,
      days: 180,
      month: '2028-02',
      overduePage: 1,
      upcomingPage: 2,
      pageSize: 50,
    });
    expect(deadlinesStateFromParams(deadlinesStateToParams(state))).toEqual(state);
    expect(
      deadlinesStateFromParams({ view: 'board', kind: 'birthday', days: '7', month: '2028-13' }),
    ).toEqual(
      expect.objectContaining({ view: 'list', kind: null, days: 90, month: null, pageSize: 25 }),
    );
  });
});
