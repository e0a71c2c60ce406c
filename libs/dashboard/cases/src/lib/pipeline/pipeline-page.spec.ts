import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { CdkDrag, CdkDropList } from '@angular/cdk/drag-drop';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type {
  AvailableMoveDto,
  CaseDto,
  PipelineCardDto,
  PipelineColumnDto,
  PipelineDto,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { CASES_API } from '../data/cases-api';
import { type CardDrop, PipelineColumn } from './pipeline-column';
import { PipelinePage } from './pipeline-page';

const LAWYER = {
  id: '0b4c9a3e-8d57-4c35-9a53-7c1f0a6e1d01',
  name: 'Louise Tremblay',
  role: 'lawyer',
};
const ADMIN = { id: '0b4c9a3e-8d57-4c35-9a53-7c1f0a6e1d02', name: 'Alain Roy', role: 'admin' };
const PARALEGAL = {
  id: '0b4c9a3e-8d57-4c35-9a53-7c1f0a6e1d03',
  name: 'Paula Gagnon',
  role: 'paralegal',
};
const STAFF: StaffMemberDto[] = [
  LAWYER as StaffMemberDto,
  ADMIN as StaffMemberDto,
  PARALEGAL as StaffMemberDto,
];

function card(n: number, overrides: Partial<PipelineCardDto> = {}): PipelineCardDto {
  return {
    caseId: `case-${n}`,
    fileNumber: `K-2025-${String(n).padStart(4, '0')}`,
    type: 'cec_express_entry',
    clientId: `client-${n}`,
    clientName: `Client ${n}`,
    responsibleLawyerId: LAWYER.id,
    paralegalId: null,
    daysInStage: n,
    nextDeadline: null,
    overdue: false,
    version: 3,
    ...overrides,
  };
}

function cards(from: number, count: number): PipelineCardDto[] {
  return Array.from({ length: count }, (_, i) => card(from + i));
}

function column(
  stage: string,
  items: PipelineCardDto[],
  overrides: Partial<PipelineColumnDto> = {},
): PipelineColumnDto {
  return {
    stage,
    label: `Label of ${stage}`,
    count: items.length,
    overdueCount: items.filter((c) => c.overdue).length,
    cards: items,
    ...overrides,
  };
}

function move(to: string, overrides: Partial<AvailableMoveDto> = {}): AvailableMoveDto {
  return {
    to,
    label: `Label of ${to}`,
    lawyerOnly: false,
    outcomes: [],
    allowed: true,
    reason: null,
    refusal: null,
    ...overrides,
  };
}

/** The case as the API returns it after a move. */
function caseAfterMove(
  c: PipelineCardDto,
  stage: string,
  overrides: Partial<CaseDto> = {},
): CaseDto {
  return {
    id: c.caseId,
    fileNumber: c.fileNumber,
    type: c.type,
    clientId: c.clientId,
    clientFileNumber: 'C-2025-00001',
    clientName: c.clientName,
    responsibleLawyerId: c.responsibleLawyerId,
    responsibleLawyerName: null,
    paralegalId: c.paralegalId,
    paralegalName: null,
    stage,
    stageLabel: stage,
    stageEnteredAt: '2025-06-02T14:00:00.000Z',
    daysInStage: 0,
    outcome: null,
    openedOn: '2025-01-10',
    closedOn: null,
    itaReceivedOn: null,
    summary: null,
    nextDeadline: c.nextDeadline,
    overdue: c.overdue,
    createdAt: '2025-01-10T10:00:00.000Z',
    updatedAt: '2025-06-02T14:00:00.000Z',
    version: c.version + 1,
    ...overrides,
  };
}

describe('PipelinePage', () => {
  let fixture: ComponentFixture<PipelinePage>;
  let backend: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function create(url = '/'): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(PipelinePage);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'en' }),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // Messages with parameters are spelled out, so a test can see what they say; other keys render as-is.
    TestBed.inject(TranslateService).setTranslation('en', {
      cases: { refusals: { checklist_incomplete_count: 'MISSING {{count}} DOCUMENTS' } },
      pipeline: {
        column: { overdue: '{{count}} overdue' },
        card: { days: '{{count}} days' },
        move: {
          refused: 'REFUSED {{client}} | {{stage}} | {{reason}}',
          notAMove: 'NOT A MOVE {{client}} | {{from}} | {{to}}',
          stale: 'STALE {{client}}',
          done: 'DONE {{client}} | {{stage}}',
        },
      },
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string, scope: ParentNode = root()): HTMLElement[] =>
    Array.from(scope.querySelectorAll(`[data-testid="${testId}"]`));
  const columnEl = (stage: string): HTMLElement | null =>
    root().querySelector(`[data-testid="pipeline-column"][data-stage="${stage}"]`);
  const cardEl = (caseId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="pipeline-card"][data-case-id="${caseId}"]`);
  const caseIdsIn = (stage: string): string[] =>
    all('pipeline-card', columnEl(stage) ?? root()).map(
      (c) => c.getAttribute('data-case-id') ?? '',
    );
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const overlayAll = (testId: string): HTMLElement[] =>
    Array.from(document.body.querySelectorAll(`.cdk-overlay-container [data-testid="${testId}"]`));

  function params(req: TestRequest): Record<string, string> {
    const result: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      result[key] = req.request.params.get(key) ?? '';
    }
    return result;
  }

  function flushStaff(): void {
    backend.expectOne(CASES_API.staff).flush(STAFF);
  }

  function expectBoard(expected: Record<string, string> = {}): TestRequest {
    const req = backend.expectOne((r) => r.url === CASES_API.pipeline && r.method === 'GET');
    expect(params(req)).toEqual({ type: 'cec_express_entry', limit: '50', ...expected });
    return req;
  }

  async function showBoard(
    columns: PipelineColumnDto[],
    expected: Record<string, string> = {},
  ): Promise<void> {
    const board: PipelineDto = { today: '2025-06-02', columns };
    expectBoard(expected).flush(board);
    await settle();
  }

  const BOARD = (): PipelineColumnDto[] => [
    column('retainer', [
      card(1, {
        nextDeadline: {
          id: 'd-1',
          kind: 'permit_expiry',
          title: 'Work permit',
          dueOn: '2025-05-30',
        },
        overdue: true,
      }),
      card(2),
    ]),
    column('document_collection', [card(3)], { count: 7 }),
    column('decision', []),
  ];

  it('shows a loading state, then a column per stage with its count, overdue count and cards', async () => {
    await create();
    flushStaff();
    expect(el('page-state-loading')).not.toBeNull();
    await showBoard(BOARD());

    expect(el('page-state-loading')).toBeNull();
    expect(all('pipeline-column').map((c) => c.getAttribute('data-stage'))).toEqual([
      'retainer',
      'document_collection',
      'decision',
    ]);
    const retainer = columnEl('retainer') as HTMLElement;
    expect(retainer.getAttribute('role')).toBe('region');
    const heading = retainer.querySelector('h2');
    expect(heading?.textContent?.trim()).toBe('cases.stages.retainer');
    expect(retainer.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(el('pipeline-column-count', retainer)?.textContent?.trim()).toBe('2');
    expect(el('pipeline-column-overdue', retainer)?.textContent?.trim()).toBe('1 overdue');
    // The total of the column, not the cards loaded so far.
    const documents = columnEl('document_collection') as HTMLElement;
    expect(el('pipeline-column-count', documents)?.textContent?.trim()).toBe('7');
    expect(el('pipeline-column-overdue', documents)).toBeNull();
    expect(el('pipeline-column-empty', columnEl('decision') as HTMLElement)).not.toBeNull();

    expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
    const first = cardEl('case-1') as HTMLElement;
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.textContent).toContain('Client 1');
    expect(first.textContent).toContain('K-2025-0001');
    expect(el('pipeline-card-days', first)?.textContent?.trim()).toBe('1 days');
    expect(el('pipeline-card-deadline', first)?.textContent).toContain(
      'cases.deadlineKinds.permit_expiry',
    );
    expect(el('pipeline-card-deadline', first)?.textContent).toContain('May 30, 2025');
    expect(el('pipeline-card-overdue', first)).not.toBeNull();
    expect(el('pipeline-card-link', first)?.getAttribute('href')).toBe('/cases/case-1');
    const second = cardEl('case-2') as HTMLElement;
    expect(el('pipeline-card-overdue', second)).toBeNull();
    expect(el('pipeline-card-deadline', second)?.textContent).toContain('pipeline.card.noDeadline');

    // Only 1 of its 7 cards came with the board and all of them fit: the next page is asked for.
    const more = backend.expectOne((r) => r.url === `${CASES_API.pipeline}/document_collection`);
    expect(params(more)).toEqual({ type: 'cec_express_entry', offset: '1', limit: '50' });
    more.flush({ items: cards(4, 6), total: 7 });
    await settle();
    // All 7 are loaded; the virtual scroll renders the first window of them.
    expect(caseIdsIn('document_collection')).toEqual([
      'case-3',
      'case-4',
      'case-5',
      'case-6',
      'case-7',
      'case-8',
    ]);
    expect(el('pipeline-column-shown', documents)).toBeNull();
    const slots = Array.from(documents.querySelectorAll('[role="listitem"]'));
    expect(slots.map((s) => s.getAttribute('aria-setsize'))).toEqual(Array(6).fill('7'));
  });

  it('renders only a window of a column holding thousands of cards, loading more near its end', async () => {
    await create();
    flushStaff();
    await showBoard([column('retainer', cards(1, 50), { count: 2000 })]);
    const retainer = columnEl('retainer') as HTMLElement;
    expect(all('pipeline-card', retainer).length).toBeLessThan(12);
    expect(el('pipeline-column-shown', retainer)?.textContent?.trim()).toBe(
      'pipeline.column.shown',
    );
    backend.expectNone((r) => r.url.startsWith(`${CASES_API.pipeline}/`));

    // jsdom does not scroll: tell the column what the viewport renders, as scrolling would.
    const handler = fixture.debugElement.query(By.directive(PipelineColumn))
      .componentInstance as PipelineColumn;
    handler.onRenderedRange({ start: 20, end: 30 });
    backend.expectNone((r) => r.url.startsWith(`${CASES_API.pipeline}/`));
    handler.onRenderedRange({ start: 32, end: 42 });
    await settle();
    expect(el('pipeline-column-loading', retainer)).not.toBeNull();
    // Scrolling on while the page loads does not ask twice.
    handler.onRenderedRange({ start: 35, end: 45 });
    const req = backend.expectOne((r) => r.url === `${CASES_API.pipeline}/retainer`);
    expect(params(req)).toEqual({ type: 'cec_express_entry', offset: '50', limit: '50' });
    req.flush({ items: cards(51, 50), total: 2000 });
    await settle();
    expect(el('pipeline-column-loading', retainer)).toBeNull();
    expect(el('pipeline-column-count', retainer)?.textContent?.trim()).toBe('2000');

    handler.onRenderedRange({ start: 85, end: 95 });
    const next = backend.expectOne((r) => r.url === `${CASES_API.pipeline}/retainer`);
    expect(params(next)).toMatchObject({ offset: '100' });
    next.flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('pipeline-column-more-error', retainer)).not.toBeNull();
    el('pipeline-column-retry', retainer)?.click();
    await settle();
    const retried = backend.expectOne((r) => r.url === `${CASES_API.pipeline}/retainer`);
    expect(params(retried)).toMatchObject({ offset: '100' });
    retried.flush({ items: cards(101, 50), total: 2000 });
    await settle();
    expect(el('pipeline-column-more-error', retainer)).toBeNull();
  });

  it('reads its filters from the address and sends them with the board and its pages', async () => {
    await create(`/?lawyer=${LAWYER.id}&paralegal=${PARALEGAL.id}&type=consultation`);
    flushStaff();
    await showBoard([column('consultation_scheduled', [card(1)], { count: 80 })], {
      lawyer: LAWYER.id,
      paralegal: PARALEGAL.id,
      type: 'consultation',
    });
    const page = backend.expectOne((r) => r.url === `${CASES_API.pipeline}/consultation_scheduled`);
    expect(params(page)).toEqual({
      lawyer: LAWYER.id,
      paralegal: PARALEGAL.id,
      type: 'consultation',
      offset: '1',
      limit: '50',
    });
    page.flush({ items: [], total: 1 });
    await settle();
    expect(el('pipeline-filter-type')?.textContent).toContain('cases.types.consultation');
    expect(el('pipeline-filter-lawyer')?.textContent).toContain('Louise Tremblay');
    expect(el('pipeline-filter-paralegal')?.textContent).toContain('Paula Gagnon');
  });

  it('sends a chosen filter to the API and keeps it in the address', async () => {
    await create();
    flushStaff();
    await showBoard(BOARD().slice(0, 1));

    (el('pipeline-filter-lawyer')?.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await settle();
    // Lawyers and admins are offered as responsible lawyers, paralegals are not.
    expect(overlayAll('pipeline-lawyer-option-' + PARALEGAL.id)).toEqual([]);
    expect(overlay('pipeline-lawyer-option-' + ADMIN.id)).not.toBeNull();
    overlay('pipeline-lawyer-option-' + LAWYER.id)?.click();
    await settle();
    await showBoard(BOARD().slice(0, 1), { lawyer: LAWYER.id });
    expect(TestBed.inject(Router).url).toBe(`/?lawyer=${LAWYER.id}`);

    (el('pipeline-filter-type')?.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await settle();
    overlay('pipeline-type-option-other')?.click();
    await settle();
    await showBoard([column('in_progress', [])], { lawyer: LAWYER.id, type: 'other' });
    expect(TestBed.inject(Router).url).toBe(`/?lawyer=${LAWYER.id}&type=other`);

    // Nothing matches: the empty state offers to clear the filters, which keeps the type.
    expect(el('page-state-empty')?.querySelector('p')?.textContent?.trim()).toBe(
      'pipeline.emptyFiltered',
    );
    el('pipeline-clear-filters')?.click();
    await settle();
    await showBoard([column('in_progress', [card(9)])], { type: 'other' });
    expect(TestBed.inject(Router).url).toBe('/?type=other');
    expect(caseIdsIn('in_progress')).toEqual(['case-9']);
  });

  it('says when there is no open case at all', async () => {
    await create();
    flushStaff();
    await showBoard([column('intake', []), column('retainer', [])]);
    expect(el('page-state-empty')?.querySelector('p')?.textContent?.trim()).toBe('pipeline.empty');
    expect(el('pipeline-board')).toBeNull();
  });

  it('shows an error with retry when the board cannot be loaded', async () => {
    await create();
    flushStaff();
    expectBoard().flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('pipeline.loadError');
    el('page-state-retry')?.click();
    await settle();
    await showBoard(BOARD().slice(0, 1));
    expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
  });

  it('still shows the board when the staff list fails, saying the people filters are unavailable', async () => {
    await create();
    backend.expectOne(CASES_API.staff).flush(null, { status: 500, statusText: 'Error' });
    await showBoard(BOARD().slice(0, 1));
    expect(el('pipeline-staff-error')?.textContent?.trim()).toBe('pipeline.filters.staffError');
    expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
  });

  describe('moving cases', () => {
    const REASON = 'The conflict check of this client is not cleared.';
    const MOVE_BOARD = (): PipelineColumnDto[] => [
      column('conflict_check', []),
      column('retainer', [
        card(1, {
          nextDeadline: { id: 'd-1', kind: 'manual', title: 'Call back', dueOn: '2025-05-30' },
          overdue: true,
        }),
        card(2),
      ]),
      column('document_collection', [card(3)]),
      column('decision', []),
    ];
    const MOVES = (): AvailableMoveDto[] => [
      move('conflict_check'),
      move('document_collection', { allowed: false, reason: REASON }),
    ];
    const movesUrl = (caseId: string): string => `${CASES_API.cases}/${caseId}/moves`;
    const transitionUrl = (caseId: string): string => `${CASES_API.cases}/${caseId}/transitions`;

    function dragOf(caseId: string): CdkDrag<PipelineCardDto> {
      const drags = fixture.debugElement
        .queryAll(By.directive(CdkDrag))
        .map((d) => d.injector.get<CdkDrag<PipelineCardDto>>(CdkDrag));
      const drag = drags.find((d) => d.data.caseId === caseId);
      if (!drag) {
        throw new Error(`no card ${caseId} on the board`);
      }
      return drag;
    }

    function listOf(stage: string): CdkDropList<string> {
      const lists = fixture.debugElement
        .queryAll(By.directive(CdkDropList))
        .map((d) => d.injector.get<CdkDropList<string>>(CdkDropList));
      const list = lists.find((l) => l.data === stage);
      if (!list) {
        throw new Error(`no column ${stage} on the board`);
      }
      return list;
    }

    /** Lays the columns out side by side, 300 px apart, as a browser would. */
    function layOutColumns(): void {
      all('pipeline-column').forEach((element, i) => {
        jest
          .spyOn(element, 'getBoundingClientRect')
          .mockReturnValue(new DOMRect(i * 300, 100, 288, 600));
      });
    }

    function startDrag(caseId: string): void {
      const drag = dragOf(caseId);
      drag.started.emit({ source: drag, event: new MouseEvent('mousedown') });
    }

    /** The drop CDK reports: into the column the card entered, or back into its own. */
    function drop(caseId: string, from: string, into: string, point = { x: 0, y: 0 }): void {
      const event: CardDrop = {
        previousIndex: 0,
        currentIndex: 0,
        item: dragOf(caseId),
        container: listOf(into),
        previousContainer: listOf(from),
        isPointerOverContainer: true,
        distance: { x: point.x, y: 0 },
        dropPoint: point,
        event: new MouseEvent('mouseup'),
      };
      fixture.componentInstance.onDrop(event);
    }

    async function openMenu(caseId: string): Promise<void> {
      el('pipeline-card-move', cardEl(caseId) as HTMLElement)?.click();
      await settle();
    }

    function option(stage: string): HTMLButtonElement | null {
      return document.body.querySelector(
        `.cdk-overlay-container [data-testid="pipeline-move-option"][data-stage="${stage}"]`,
      );
    }

    const dropStates = (): Record<string, string | null> =>
      Object.fromEntries(
        all('pipeline-column').map((c) => [
          c.getAttribute('data-stage'),
          c.getAttribute('data-drop'),
        ]),
      );
    const count = (stage: string): string | undefined =>
      el('pipeline-column-count', columnEl(stage) as HTMLElement)?.textContent?.trim();
    const overdue = (stage: string): string | undefined =>
      el('pipeline-column-overdue', columnEl(stage) as HTMLElement)?.textContent?.trim();
    const snackText = (): string | undefined =>
      document.body
        .querySelector('.mat-mdc-simple-snack-bar .mat-mdc-snack-bar-label')
        ?.textContent?.trim();

    beforeEach(async () => {
      await create();
      flushStaff();
      await showBoard(MOVE_BOARD());
    });

    it('highlights the columns a dragged case may enter and lets only those take it', async () => {
      startDrag('case-1');
      await settle();
      expect(dropStates()).toEqual({
        conflict_check: 'pending',
        retainer: 'source',
        document_collection: 'pending',
        decision: 'pending',
      });
      const drag = dragOf('case-1');
      // Until the moves arrive any column may take the card (the drop is checked against them).
      expect(listOf('decision').enterPredicate(drag, listOf('decision'))).toBe(true);

      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      expect(dropStates()).toEqual({
        conflict_check: 'allowed',
        retainer: 'source',
        document_collection: 'refused',
        decision: 'refused',
      });
      expect(
        el(
          'pipeline-column-drop-hint',
          columnEl('conflict_check') as HTMLElement,
        )?.textContent?.trim(),
      ).toBe('pipeline.column.dropAllowed');
      expect(
        el('pipeline-column-drop-hint', columnEl('decision') as HTMLElement)?.textContent?.trim(),
      ).toBe('pipeline.column.dropRefused');
      expect(listOf('conflict_check').enterPredicate(drag, listOf('conflict_check'))).toBe(true);
      expect(
        listOf('document_collection').enterPredicate(drag, listOf('document_collection')),
      ).toBe(false);
      expect(listOf('decision').enterPredicate(drag, listOf('decision'))).toBe(false);
      // Another card is not let in on the strength of this one's moves.
      expect(
        listOf('conflict_check').enterPredicate(dragOf('case-2'), listOf('conflict_check')),
      ).toBe(false);

      drag.ended.emit({
        source: drag,
        distance: { x: 0, y: 0 },
        dropPoint: { x: 0, y: 0 },
        event: new MouseEvent('mouseup'),
      });
      await settle();
      expect(dropStates()).toEqual({
        conflict_check: null,
        retainer: null,
        document_collection: null,
        decision: null,
      });
    });

    it('asks for the moves as soon as a card is pressed, so a drag knows them from its start', async () => {
      const slot = cardEl('case-2')?.closest('.slot') as HTMLElement;
      slot.dispatchEvent(new Event('pointerdown'));
      backend.expectOne(movesUrl('case-2')).flush(MOVES());
      await settle();
      startDrag('case-2');
      await settle();
      expect(dropStates()).toEqual({
        conflict_check: 'allowed',
        retainer: 'source',
        document_collection: 'refused',
        decision: 'refused',
      });
      backend.expectNone(movesUrl('case-2'));
    });

    describe('with the mouse', () => {
      const rects = new Map<Element, DOMRect>();
      const original = document.elementFromPoint;

      /** Columns 300 px apart; each viewport and its content wrapper fill the column under its header. */
      beforeEach(() => {
        all('pipeline-column').forEach((columnElement, i) => {
          const left = i * 300;
          rects.set(columnElement, new DOMRect(left, 100, 288, 600));
          const viewport = columnElement.querySelector('cdk-virtual-scroll-viewport') as Element;
          const wrapper = columnElement.querySelector(
            '.cdk-virtual-scroll-content-wrapper',
          ) as Element;
          rects.set(viewport, new DOMRect(left, 160, 288, 540));
          rects.set(wrapper, new DOMRect(left, 160, 288, 540));
          columnElement.querySelectorAll('.slot').forEach((slot, row) => {
            rects.set(slot, new DOMRect(left + 8, 160 + row * 120, 272, 112));
          });
        });
        jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
          this: Element,
        ) {
          return rects.get(this) ?? new DOMRect(0, 0, 0, 0);
        });
        // What the browser finds under the pointer: the content wrapper of the column there.
        document.elementFromPoint = (x: number, y: number): Element | null => {
          const hit = all('pipeline-column').find((c) => {
            const r = rects.get(c) as DOMRect;
            return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
          });
          return hit?.querySelector('.cdk-virtual-scroll-content-wrapper') ?? null;
        };
      });

      afterEach(() => {
        document.elementFromPoint = original;
        rects.clear();
      });

      function mouse(type: string, target: EventTarget, x: number, y: number): void {
        target.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            clientX: x,
            clientY: y,
            button: 0,
            buttons: 1,
            detail: 1,
          }),
        );
      }

      async function pickUpCase1(): Promise<void> {
        mouse('mousedown', cardEl('case-1') as HTMLElement, 400, 200);
        mouse('mousemove', document, 412, 204);
        await settle();
        expect(columnEl('retainer')?.getAttribute('data-drop')).toBe('source');
        backend.expectOne(movesUrl('case-1')).flush(MOVES());
        await settle();
      }

      const placeholderIn = (stage: string): Element | null =>
        columnEl(stage)?.querySelector(
          '.cdk-virtual-scroll-content-wrapper > .cdk-drag-placeholder',
        ) ?? null;

      it('drags a card into a column that accepts it and moves the case there', async () => {
        await pickUpCase1();
        // Over the refused column: it does not take the card.
        mouse('mousemove', document, 700, 300);
        await settle();
        expect(placeholderIn('document_collection')).toBeNull();
        // Over the accepting column: the card's placeholder goes into its content wrapper.
        mouse('mousemove', document, 100, 300);
        await settle();
        expect(placeholderIn('conflict_check')).not.toBeNull();

        mouse('mouseup', document, 100, 300);
        await settle();
        const req = backend.expectOne(transitionUrl('case-1'));
        expect(req.request.body).toEqual({ version: 3, to: 'conflict_check' });
        req.flush(caseAfterMove(MOVE_BOARD()[1].cards[0], 'conflict_check'));
        await settle();
        expect(caseIdsIn('conflict_check')).toEqual(['case-1']);
        expect(caseIdsIn('retainer')).toEqual(['case-2']);
        expect(count('conflict_check')).toBe('1');
      });

      it('puts a card dropped on a refused column back, with the reason', async () => {
        await pickUpCase1();
        mouse('mousemove', document, 700, 300);
        await settle();
        mouse('mouseup', document, 700, 300);
        await settle();

        expect(el('pipeline-move-error')?.textContent).toContain(
          `REFUSED Client 1 | Label of document_collection | ${REASON}`,
        );
        backend.expectNone((r) => r.method === 'POST');
        expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
        expect(cardEl('case-1', columnEl('retainer') as HTMLElement)).not.toBeNull();
        expect(columnEl('document_collection')?.querySelector('.cdk-drag-placeholder')).toBeNull();
      });
    });

    it("refuses a drop on a column the case may not enter, with the guard's reason, and calls nothing", async () => {
      layOutColumns();
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      // Not let into the refused column, CDK reports the drop on the card's own column.
      drop('case-1', 'retainer', 'retainer', { x: 700, y: 300 });
      await settle();

      expect(el('pipeline-move-error')?.getAttribute('role')).toBe('alert');
      expect(el('pipeline-move-error')?.textContent).toContain(
        `REFUSED Client 1 | Label of document_collection | ${REASON}`,
      );
      backend.expectNone((r) => r.method === 'POST');
      expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
      expect(count('retainer')).toBe('2');
      expect(count('document_collection')).toBe('1');
      expect(dropStates()['document_collection']).toBeNull();

      // A stage that is no move from here at all is refused too, without asking the API again.
      startDrag('case-1');
      drop('case-1', 'retainer', 'retainer', { x: 1000, y: 300 });
      await settle();
      expect(el('pipeline-move-error')?.textContent).toContain(
        'NOT A MOVE Client 1 | Label of retainer | Label of decision',
      );
      backend.expectNone((r) => r.method === 'POST');

      el('pipeline-move-error-dismiss')?.click();
      await settle();
      expect(el('pipeline-move-error')).toBeNull();
    });

    it('moves a dropped case with the version it read, then moves the card and the counts', async () => {
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      drop('case-1', 'retainer', 'conflict_check');
      await settle();

      const req = backend.expectOne(transitionUrl('case-1'));
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ version: 3, to: 'conflict_check' });
      expect(
        el('pipeline-card-move', cardEl('case-1') as HTMLElement)?.hasAttribute('disabled'),
      ).toBe(true);
      req.flush(caseAfterMove(MOVE_BOARD()[1].cards[0], 'conflict_check'));
      await settle();

      expect(caseIdsIn('retainer')).toEqual(['case-2']);
      expect(caseIdsIn('conflict_check')).toEqual(['case-1']);
      expect(count('retainer')).toBe('1');
      expect(overdue('retainer')).toBeUndefined();
      expect(count('conflict_check')).toBe('1');
      expect(overdue('conflict_check')).toBe('1 overdue');
      expect(el('pipeline-move-error')).toBeNull();
      expect(snackText()).toBe('DONE Client 1 | Label of conflict_check');

      // The card now carries the new version for its next move.
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush([move('retainer')]);
      await settle();
      drop('case-1', 'conflict_check', 'retainer');
      await settle();
      expect(backend.expectOne(transitionUrl('case-1')).request.body).toEqual({
        version: 4,
        to: 'retainer',
      });
    });

    it('moves a case from its "Move to…" menu, listing refused moves disabled with their reason', async () => {
      await openMenu('case-2');
      expect(overlay('pipeline-move-loading')).not.toBeNull();
      backend.expectOne(movesUrl('case-2')).flush(MOVES());
      await settle();

      const refused = option('document_collection') as HTMLButtonElement;
      expect(refused.getAttribute('data-allowed')).toBe('false');
      expect(refused.disabled).toBe(true);
      expect(el('pipeline-move-reason', refused)?.textContent?.trim()).toBe(REASON);
      const allowed = option('conflict_check') as HTMLButtonElement;
      expect(allowed.getAttribute('data-allowed')).toBe('true');
      expect(allowed.disabled).toBe(false);

      allowed.click();
      await settle();
      const req = backend.expectOne(transitionUrl('case-2'));
      expect(req.request.body).toEqual({ version: 3, to: 'conflict_check' });
      req.flush(caseAfterMove(card(2), 'conflict_check'));
      await settle();
      expect(caseIdsIn('conflict_check')).toEqual(['case-2']);
      expect(caseIdsIn('retainer')).toEqual(['case-1']);
      expect(count('retainer')).toBe('1');
      // The keyboard focus follows the case to its new column.
      expect(document.activeElement).toBe(
        cardEl('case-2', columnEl('conflict_check') as HTMLElement),
      );
      // The overdue case stayed: so did the column's overdue count.
      expect(overdue('retainer')).toBe('1 overdue');
    });

    it('asks for the decision before a move that records one', async () => {
      await openMenu('case-3');
      backend
        .expectOne(movesUrl('case-3'))
        .flush([
          move('decision', { lawyerOnly: true, outcomes: ['approved', 'refused', 'withdrawn'] }),
        ]);
      await settle();
      option('decision')?.click();
      await settle();
      backend.expectNone((r) => r.method === 'POST');
      expect(
        overlayAll('pipeline-outcome-option').map((o) => o.getAttribute('data-outcome')),
      ).toEqual(['approved', 'refused', 'withdrawn']);

      // Nothing chosen: the dialog says so and sends nothing.
      overlay('pipeline-outcome-confirm')?.click();
      await settle();
      expect(overlay('pipeline-outcome-error')?.textContent?.trim()).toBe(
        'pipeline.outcome.required',
      );
      backend.expectNone((r) => r.method === 'POST');

      (document.body.querySelector('[data-outcome="approved"] input') as HTMLInputElement).click();
      const comment = overlay('pipeline-outcome-comment') as HTMLTextAreaElement;
      comment.value = '  Approval letter received on June 2  ';
      comment.dispatchEvent(new Event('input'));
      overlay('pipeline-outcome-confirm')?.click();
      await settle();

      const req = backend.expectOne(transitionUrl('case-3'));
      expect(req.request.body).toEqual({
        version: 3,
        to: 'decision',
        outcome: 'approved',
        comment: 'Approval letter received on June 2',
      });
      req.flush(caseAfterMove(card(3), 'decision', { outcome: 'approved' }));
      await settle();
      expect(caseIdsIn('decision')).toEqual(['case-3']);
      expect(count('document_collection')).toBe('0');
    });

    it('sends nothing when the decision dialog is cancelled', async () => {
      await openMenu('case-3');
      backend.expectOne(movesUrl('case-3')).flush([move('decision', { outcomes: ['withdrawn'] })]);
      await settle();
      option('decision')?.click();
      await settle();
      overlay('pipeline-outcome-cancel')?.click();
      await settle();
      backend.expectNone((r) => r.method === 'POST');
      expect(caseIdsIn('document_collection')).toEqual(['case-3']);
    });

    it('puts the card back and shows the detail when the API refuses the move', async () => {
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      drop('case-1', 'retainer', 'conflict_check');
      await settle();
      const detail = '2 required documents are neither accepted nor waived by a lawyer.';
      backend.expectOne(transitionUrl('case-1')).flush(
        {
          type: 'https://intake.example/problems/transition-refused',
          title: 'This change is not allowed now',
          status: 409,
          detail,
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      expect(el('pipeline-move-error')?.textContent).toContain(
        `REFUSED Client 1 | Label of conflict_check | ${detail}`,
      );
      expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
      expect(caseIdsIn('conflict_check')).toEqual([]);
      expect(count('retainer')).toBe('2');
      expect(count('conflict_check')).toBe('0');
      expect(
        el('pipeline-card-move', cardEl('case-1') as HTMLElement)?.hasAttribute('disabled'),
      ).toBe(false);

      // A lawyer-only move answered 403 is shown the same way.
      await openMenu('case-2');
      backend.expectOne(movesUrl('case-2')).flush([move('conflict_check')]);
      await settle();
      option('conflict_check')?.click();
      await settle();
      backend.expectOne(transitionUrl('case-2')).flush(
        {
          type: 'https://intake.example/problems/forbidden',
          title: 'Not allowed',
          status: 403,
          detail: 'Only a lawyer can.',
        },
        { status: 403, statusText: 'Forbidden' },
      );
      await settle();
      expect(el('pipeline-move-error')?.textContent).toContain(
        'REFUSED Client 2 | Label of conflict_check | Only a lawyer can.',
      );
      expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
    });

    it("says a refused move's rule in the user's language when the API names it", async () => {
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      drop('case-1', 'retainer', 'conflict_check');
      await settle();
      backend.expectOne(transitionUrl('case-1')).flush(
        {
          type: 'https://intake.example/problems/transition-refused',
          title: 'This change is not allowed now',
          status: 409,
          detail: '3 required documents are neither accepted nor waived by a lawyer.',
          refusal: { code: 'checklist_incomplete', count: 3 },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();
      expect(el('pipeline-move-error')?.textContent).toContain(
        'REFUSED Client 1 | Label of conflict_check | MISSING 3 DOCUMENTS',
      );
      expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);
    });

    it('tells the user and reloads the board when someone else changed the case', async () => {
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      drop('case-1', 'retainer', 'conflict_check');
      await settle();
      backend.expectOne(transitionUrl('case-1')).flush(
        {
          type: 'https://intake.example/problems/stale-version',
          title: 'Someone else changed this record',
          status: 409,
          detail: 'The record was changed since you loaded it.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();
      expect(el('pipeline-move-error')?.textContent).toContain('STALE Client 1');
      expect(caseIdsIn('retainer')).toEqual(['case-1', 'case-2']);

      const reloaded = MOVE_BOARD();
      reloaded[1].cards[0] = { ...reloaded[1].cards[0], version: 5 };
      await showBoard(reloaded);
      expect(el('pipeline-move-error')?.textContent).toContain('STALE Client 1');
      startDrag('case-1');
      backend.expectOne(movesUrl('case-1')).flush(MOVES());
      await settle();
      drop('case-1', 'retainer', 'conflict_check');
      await settle();
      expect(backend.expectOne(transitionUrl('case-1')).request.body).toEqual({
        version: 5,
        to: 'conflict_check',
      });
    });

    it('asks before a move that takes the case off the board', async () => {
      await openMenu('case-2');
      backend.expectOne(movesUrl('case-2')).flush([move('closed', { lawyerOnly: true })]);
      await settle();
      option('closed')?.click();
      await settle();
      expect(overlay('confirm-message')?.textContent?.trim()).toBe('pipeline.move.leave.message');
      overlay('confirm-cancel')?.click();
      await settle();
      backend.expectNone((r) => r.method === 'POST');

      await openMenu('case-2');
      option('closed')?.click();
      await settle();
      overlay('confirm-submit')?.click();
      await settle();
      const req = backend.expectOne(transitionUrl('case-2'));
      expect(req.request.body).toEqual({ version: 3, to: 'closed' });
      req.flush(caseAfterMove(card(2), 'closed', { closedOn: '2025-06-02' }));
      await settle();
      expect(caseIdsIn('retainer')).toEqual(['case-1']);
      expect(count('retainer')).toBe('1');
      expect(cardEl('case-2')).toBeNull();
    });

    it("says why a move is refused in the user's language when the API names the rule", async () => {
      const refused = move('document_collection', {
        allowed: false,
        reason: '2 required documents are neither accepted nor waived by a lawyer.',
        refusal: { code: 'checklist_incomplete', count: 2 },
      });
      await openMenu('case-1');
      backend.expectOne(movesUrl('case-1')).flush([move('conflict_check'), refused]);
      await settle();
      expect(
        el(
          'pipeline-move-reason',
          option('document_collection') as HTMLElement,
        )?.textContent?.trim(),
      ).toBe('MISSING 2 DOCUMENTS');
      document.body.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
      await settle();

      layOutColumns();
      startDrag('case-1');
      drop('case-1', 'retainer', 'retainer', { x: 700, y: 300 });
      await settle();
      expect(el('pipeline-move-error')?.textContent).toContain(
        'REFUSED Client 1 | Label of document_collection | MISSING 2 DOCUMENTS',
      );
      backend.expectNone((r) => r.method === 'POST');
    });

    it('says so when the moves of a card cannot be loaded', async () => {
      await openMenu('case-2');
      backend.expectOne(movesUrl('case-2')).flush(null, { status: 500, statusText: 'Error' });
      await settle();
      expect(overlay('pipeline-move-menu-error')).not.toBeNull();
      expect(overlayAll('pipeline-move-option')).toEqual([]);
    });
  });
});
