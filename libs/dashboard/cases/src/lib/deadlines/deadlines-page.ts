import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, type ParamMap, type Params, Router } from '@angular/router';
import { AuthService, LanguageService, parseProblem } from '@intake/dashboard/core';
import { Icon, PageState, type PageStatus, addDays, todayIso } from '@intake/dashboard/ui';
import type { DeadlineDto, DeadlineKind, Page, StaffMemberDto } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi, type DeadlineQuery } from '../data/cases-api';
import { isUuid } from '../list/case-types';
import { DeadlineCalendar } from './deadline-calendar';
import { DEADLINE_KIND_LABEL_KEYS, DEADLINE_KIND_LIST, isDeadlineKind } from './deadline-kinds';
import { DeadlineRows } from './deadline-rows';
import { isMonth, monthOf, monthRange } from './month-grid';

export type DeadlineView = 'list' | 'calendar';
export const DEFAULT_DEADLINES_PAGE_SIZE = 25;
export const UPCOMING_RANGES = [30, 90, 180, 365] as const;
export const DEFAULT_UPCOMING_DAYS = 90;
/** The calendar reads a month in pages of this size (the API's maximum). */
export const CALENDAR_PAGE_SIZE = 200;
const PAGE_SIZES = [10, 25, 50, 100];

/** Filters, view, month and pages, as kept in the address bar. */
export interface DeadlinesState {
  view: DeadlineView;
  kind: DeadlineKind | null;
  lawyer: string | null;
  assignee: string | null;
  includeDone: boolean;
  /** The upcoming list covers today and this many days after. */
  days: number;
  /** The calendar's month (`YYYY-MM`); null: the current month. */
  month: string | null;
  overduePage: number;
  upcomingPage: number;
  pageSize: number;
}

export function deadlinesStateFromParams(params: Params): DeadlinesState {
  const text = (key: string): string => {
    const value: unknown = params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const int = (key: string): number | null => {
    const n = Number.parseInt(text(key), 10);
    return Number.isFinite(n) ? n : null;
  };
  const page = (key: string): number => Math.max(0, (int(key) ?? 1) - 1);
  const days = int('days');
  const size = int('size');
  return {
    view: text('view') === 'calendar' ? 'calendar' : 'list',
    kind: isDeadlineKind(text('kind')) ? (text('kind') as DeadlineKind) : null,
    lawyer: isUuid(text('lawyer')) ? text('lawyer') : null,
    assignee: isUuid(text('assignee')) ? text('assignee') : null,
    includeDone: text('done') === '1',
    days:
      days !== null && (UPCOMING_RANGES as readonly number[]).includes(days)
        ? days
        : DEFAULT_UPCOMING_DAYS,
    month: isMonth(text('month')) ? text('month') : null,
    overduePage: page('opage'),
    upcomingPage: page('page'),
    pageSize: size !== null && PAGE_SIZES.includes(size) ? size : DEFAULT_DEADLINES_PAGE_SIZE,
  };
}

export function deadlinesStateToParams(state: DeadlinesState): Params {
  return {
    view: state.view === 'calendar' ? 'calendar' : null,
    kind: state.kind,
    lawyer: state.lawyer,
    assignee: state.assignee,
    done: state.includeDone ? '1' : null,
    days: state.days !== DEFAULT_UPCOMING_DAYS ? state.days : null,
    month: state.view === 'calendar' ? state.month : null,
    opage: state.overduePage > 0 ? state.overduePage + 1 : null,
    page: state.upcomingPage > 0 ? state.upcomingPage + 1 : null,
    size: state.pageSize !== DEFAULT_DEADLINES_PAGE_SIZE ? state.pageSize : null,
  };
}

function paramsOf(map: ParamMap): Params {
  return Object.fromEntries(map.keys.map((key) => [key, map.get(key)]));
}

/** One list or month loaded from the API, with its own loading and error state. */
class Loaded {
  readonly items = signal<DeadlineDto[]>([]);
  readonly total = signal(0);
  readonly loading = signal(false);
  readonly failed = signal(false);
  readonly loadedOnce = signal(false);
  /** The query last asked for, to skip reloading the same thing. */
  key: string | null = null;
  private requestId = 0;

  async load(key: string, fetch: () => Promise<Page<DeadlineDto>>): Promise<void> {
    const id = ++this.requestId;
    this.key = key;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await fetch();
      if (id !== this.requestId) {
        return;
      }
      this.items.set(page.items);
      this.total.set(page.total ?? page.items.length);
      this.loadedOnce.set(true);
    } catch {
      if (id === this.requestId) {
        this.key = null;
        this.items.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }
}

/**
 * Deadlines across the firm: a list (overdue first, then the coming days) or a month calendar,
 * filtered by kind, lawyer and assignee; any deadline can be marked done from here.
 */
@Component({
  selector: 'intake-deadlines-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    TranslatePipe,
    PageState,
    Icon,
    DeadlineRows,
    DeadlineCalendar,
  ],
  templateUrl: './deadlines-page.html',
  styleUrl: './deadlines-page.scss',
})
export class DeadlinesPage {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly kinds = DEADLINE_KIND_LIST;
  protected readonly kindLabelKeys = DEADLINE_KIND_LABEL_KEYS;
  protected readonly ranges = UPCOMING_RANGES;
  protected readonly pageSizeOptions = PAGE_SIZES;
  protected readonly today = todayIso();

  protected readonly state = signal<DeadlinesState>(deadlinesStateFromParams({}));
  protected readonly overdue = new Loaded();
  protected readonly upcoming = new Loaded();
  protected readonly calendar = new Loaded();
  protected readonly staff = signal<StaffMemberDto[]>([]);
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<{ key: string; params?: Record<string, string> } | null>(null);

  protected readonly me = computed(() => this.auth.user()?.id ?? null);
  protected readonly mine = computed(() => {
    const me = this.me();
    return me !== null && this.state().assignee === me;
  });
  protected readonly lawyers = computed(() =>
    this.staff().filter((member) => member.role === 'lawyer' || member.role === 'admin'),
  );
  protected readonly month = computed(() => this.state().month ?? monthOf(this.today));
  protected readonly filtered = computed(() => {
    const s = this.state();
    return s.kind !== null || s.lawyer !== null || s.assignee !== null;
  });
  protected readonly listStatus = computed<PageStatus>(() => {
    if (this.overdue.failed() || this.upcoming.failed()) {
      return 'error';
    }
    if (!this.overdue.loadedOnce() || !this.upcoming.loadedOnce()) {
      return 'loading';
    }
    return this.overdue.total() === 0 && this.upcoming.total() === 0 ? 'empty' : 'ready';
  });
  protected readonly listBusy = computed(() => this.overdue.loading() || this.upcoming.loading());
  protected readonly calendarStatus = computed<PageStatus>(() => {
    if (this.calendar.failed()) {
      return 'error';
    }
    return this.calendar.loadedOnce() ? 'ready' : 'loading';
  });

  constructor() {
    this.route.queryParamMap
      .pipe(takeUntilDestroyed())
      .subscribe((params) => this.onState(deadlinesStateFromParams(paramsOf(params))));
    void this.loadStaff();
  }

  protected setView(view: DeadlineView): void {
    this.change({ view }, false);
  }

  protected onKind(kind: DeadlineKind | null): void {
    this.change({ kind });
  }

  protected onLawyer(lawyer: string | null): void {
    this.change({ lawyer });
  }

  protected onAssignee(assignee: string | null): void {
    this.change({ assignee });
  }

  protected onMine(mine: boolean): void {
    this.change({ assignee: mine ? this.me() : null });
  }

  protected onIncludeDone(includeDone: boolean): void {
    this.change({ includeDone });
  }

  protected onRange(days: number): void {
    this.change({ days });
  }

  protected onMonth(month: string): void {
    this.change({ month: month === monthOf(this.today) ? null : month }, false);
  }

  protected onOverduePage(event: PageEvent): void {
    this.change({ overduePage: event.pageIndex, pageSize: event.pageSize }, false);
  }

  protected onUpcomingPage(event: PageEvent): void {
    this.change({ upcomingPage: event.pageIndex, pageSize: event.pageSize }, false);
  }

  protected clearFilters(): void {
    this.change({ kind: null, lawyer: null, assignee: null, includeDone: false });
  }

  protected retry(): void {
    this.reload();
  }

  /** PATCH done=true with the version read; a stale version reloads with a word of why. */
  protected async markDone(deadline: DeadlineDto): Promise<void> {
    if (this.pending().has(deadline.id)) {
      return;
    }
    this.pending.set(new Set([...this.pending(), deadline.id]));
    this.notice.set(null);
    try {
      await firstValueFrom(
        this.api.updateDeadline(deadline.id, { version: deadline.version, done: true }),
      );
      this.toast('deadlines.toast.done', { title: deadline.title });
      this.reload();
    } catch (error: unknown) {
      this.showProblem(error, deadline);
    } finally {
      const next = new Set(this.pending());
      next.delete(deadline.id);
      this.pending.set(next);
    }
  }

  private showProblem(error: unknown, deadline: DeadlineDto): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    const title = deadline.title;
    if (problem.status === 409) {
      this.notice.set({ key: 'deadlines.errors.stale', params: { title } });
      this.reload();
    } else if (problem.status === 404) {
      this.notice.set({ key: 'deadlines.errors.notFound', params: { title } });
      this.reload();
    } else if (problem.status === 403) {
      this.notice.set({ key: 'deadlines.errors.forbidden' });
    } else if (problem.status === 400 || problem.status === 422) {
      this.notice.set({
        key: 'deadlines.errors.rejected',
        params: { reason: problem.detail ?? problem.title },
      });
    } else {
      this.notice.set({ key: problem.status === 0 ? 'errors.network' : 'errors.generic' });
    }
  }

  /** Loads what the state shows and is not loaded yet (a page change reloads only its list). */
  private onState(state: DeadlinesState): void {
    const viewChanged = state.view !== this.state().view;
    this.state.set(state);
    if (viewChanged) {
      this.forget();
    }
    this.refresh();
  }

  private reload(): void {
    this.forget();
    this.refresh();
  }

  private forget(): void {
    this.overdue.key = null;
    this.upcoming.key = null;
    this.calendar.key = null;
  }

  private refresh(): void {
    const s = this.state();
    const filters = { kind: s.kind, lawyer: s.lawyer, assignee: s.assignee };
    if (s.view === 'calendar') {
      const query = {
        ...filters,
        ...monthRange(this.month()),
        includeDone: s.includeDone || undefined,
      };
      this.fetch(this.calendar, query, () => this.allOf(query));
      return;
    }
    const overdue: DeadlineQuery = {
      ...filters,
      overdue: true,
      limit: s.pageSize,
      offset: s.overduePage * s.pageSize,
    };
    const upcoming: DeadlineQuery = {
      ...filters,
      from: this.today,
      to: addDays(this.today, s.days),
      includeDone: s.includeDone || undefined,
      limit: s.pageSize,
      offset: s.upcomingPage * s.pageSize,
    };
    this.fetch(this.overdue, overdue, () => firstValueFrom(this.api.deadlines(overdue)));
    this.fetch(this.upcoming, upcoming, () => firstValueFrom(this.api.deadlines(upcoming)));
  }

  private fetch(target: Loaded, query: object, fetch: () => Promise<Page<DeadlineDto>>): void {
    const key = JSON.stringify(query);
    if (target.key !== key) {
      void target.load(key, fetch);
    }
  }

  /** Every deadline of the month's range, page after page. */
  private async allOf(query: Omit<DeadlineQuery, 'limit' | 'offset'>): Promise<Page<DeadlineDto>> {
    const items: DeadlineDto[] = [];
    for (;;) {
      const page = await firstValueFrom(
        this.api.deadlines({ ...query, limit: CALENDAR_PAGE_SIZE, offset: items.length }),
      );
      items.push(...page.items);
      const done =
        page.items.length < CALENDAR_PAGE_SIZE ||
        (page.total !== undefined && items.length >= page.total);
      if (done) {
        return { items, total: items.length };
      }
    }
  }

  private async loadStaff(): Promise<void> {
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.notice.set({ key: 'deadlines.errors.staff' });
    }
  }

  private change(changes: Partial<DeadlinesState>, firstPage = true): void {
    const next = {
      ...this.state(),
      ...changes,
      ...(firstPage ? { overduePage: 0, upcomingPage: 0 } : {}),
    };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: deadlinesStateToParams(next),
      replaceUrl: true,
    });
  }

  private toast(key: string, params: Record<string, string>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 4000 });
  }
}
