import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { AuthService, LanguageService } from '@intake/dashboard/core';
import {
  expiryInfo,
  Icon,
  IsoDatePipe,
  PageState,
  type PageStatus,
  TimestampPipe,
  todayIso,
  TypedCellDef,
  TypedRowDef,
} from '@intake/dashboard/ui';
import type { ClientSort, ClientSummaryDto, Province } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { type ClientListQuery, ClientsApi } from '../data/clients-api';
import {
  EXPIRY_WARNING_DAYS,
  PROVINCE_LABEL_KEYS,
  PROVINCE_LIST,
  isProvince,
} from '../data/domain';
import { ConflictChip, ExpiryChip } from '../ui/status-chips';

export const DEFAULT_CLIENTS_PAGE_SIZE = 25;
export const CLIENT_SEARCH_DEBOUNCE_MS = 300;
export const EXPIRY_FILTERS = [30, 90, 180] as const;
const PAGE_SIZES = [10, 25, 50, 100];

/** Columns that sort on the server, by their `sort` value. */
const SORTABLE: Readonly<Record<string, ClientSort>> = {
  name: 'name',
  fileNumber: 'fileNumber',
  nextExpiry: 'nextExpiry',
  updatedAt: 'updatedAt',
};

type SortOrder = 'asc' | 'desc';

/** The list's state, as kept in the address bar (so Back returns to the same list). */
export interface ClientListState {
  q: string;
  province: Province | null;
  expiringWithinDays: number | null;
  mine: boolean;
  includeClosed: boolean;
  sort: ClientSort | null;
  order: SortOrder;
  pageIndex: number;
  pageSize: number;
}

export function listStateFromParams(params: Params): ClientListState {
  const text = (key: string): string => {
    const value: unknown = params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const int = (key: string): number | null => {
    const n = Number.parseInt(text(key), 10);
    return Number.isFinite(n) ? n : null;
  };
  const expiring = int('expiring');
  const sort = text('sort');
  const size = int('size');
  return {
    q: text('q').trim(),
    province: isProvince(text('province')) ? (text('province') as Province) : null,
    expiringWithinDays:
      expiring !== null && (EXPIRY_FILTERS as readonly number[]).includes(expiring)
        ? expiring
        : null,
    mine: text('mine') === '1',
    includeClosed: text('closed') === '1',
    sort: Object.values(SORTABLE).includes(sort as ClientSort) ? (sort as ClientSort) : null,
    order: text('order') === 'desc' ? 'desc' : 'asc',
    pageIndex: Math.max(0, (int('page') ?? 1) - 1),
    pageSize: size !== null && PAGE_SIZES.includes(size) ? size : DEFAULT_CLIENTS_PAGE_SIZE,
  };
}

export function listStateToParams(state: ClientListState): Params {
  return {
    q: state.q || null,
    province: state.province,
    expiring: state.expiringWithinDays,
    mine: state.mine ? '1' : null,
    closed: state.includeClosed ? '1' : null,
    sort: state.sort,
    order: state.sort && state.order === 'desc' ? 'desc' : null,
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
    size: state.pageSize !== DEFAULT_CLIENTS_PAGE_SIZE ? state.pageSize : null,
  };
}

/** Clients: one search box, filters, sortable columns, pages. */
@Component({
  selector: 'intake-clients-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    PageState,
    Icon,
    TypedCellDef,
    TypedRowDef,
    ExpiryChip,
    ConflictChip,
    IsoDatePipe,
    TimestampPipe,
  ],
  templateUrl: './clients-list-page.html',
  styleUrl: './clients-list-page.scss',
})
export class ClientsListPage {
  private readonly api = inject(ClientsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);
  private requestId = 0;

  protected readonly columns = [
    'fileNumber',
    'name',
    'dateOfBirth',
    'province',
    'nextExpiry',
    'conflict',
    'updatedAt',
  ] as const;
  protected readonly pageSizeOptions = PAGE_SIZES;
  protected readonly provinces = PROVINCE_LIST;
  protected readonly provinceLabelKeys = PROVINCE_LABEL_KEYS;
  protected readonly expiryFilters = EXPIRY_FILTERS;
  protected readonly today = todayIso();

  protected readonly state = signal<ClientListState>(
    listStateFromParams(this.route.snapshot.queryParams),
  );
  protected readonly clients = signal<ClientSummaryDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  /** Whether anything has been loaded yet (first load shows the spinner, later ones a bar). */
  private readonly loadedOnce = signal(false);

  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    return this.loadedOnce() ? 'ready' : 'loading';
  });
  protected readonly filtered = computed(() => {
    const s = this.state();
    return s.province !== null || s.expiringWithinDays !== null || s.mine || s.includeClosed;
  });
  /** Without a chosen sort the API sorts by name (or by relevance while searching). */
  protected readonly sortActive = computed(() => {
    const s = this.state();
    return s.sort ?? (s.q ? '' : 'name');
  });
  protected readonly sortDirection = computed(() => {
    const s = this.state();
    return s.sort ? s.order : s.q ? ('' as const) : ('asc' as const);
  });

  protected readonly search = new FormControl(this.state().q, { nonNullable: true });
  protected readonly province = new FormControl<Province | null>(this.state().province);
  protected readonly expiring = new FormControl<number | null>(this.state().expiringWithinDays);
  protected readonly mine = new FormControl(this.state().mine, { nonNullable: true });
  protected readonly includeClosed = new FormControl(this.state().includeClosed, {
    nonNullable: true,
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(CLIENT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.change({ q }));
    this.province.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((province) => this.change({ province }));
    this.expiring.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((expiringWithinDays) => this.change({ expiringWithinDays }));
    this.mine.valueChanges.pipe(takeUntilDestroyed()).subscribe((mine) => this.change({ mine }));
    this.includeClosed.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((includeClosed) => this.change({ includeClosed }));
    void this.load();
  }

  /** GET /api/clients for the current state; ignores answers to superseded requests. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(this.api.list(this.query()));
      if (id !== this.requestId) {
        return;
      }
      this.clients.set(page.items);
      const s = this.state();
      this.total.set(page.total ?? s.pageIndex * s.pageSize + page.items.length);
      this.loadedOnce.set(true);
    } catch {
      if (id === this.requestId) {
        this.clients.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected isExpiringSoon(client: ClientSummaryDto): boolean {
    return expiryInfo(client.nextStatusExpiry, this.today, EXPIRY_WARNING_DAYS)?.soon === true;
  }

  protected onSort(sort: Sort): void {
    const column = SORTABLE[sort.active];
    this.change({
      sort: sort.direction && column ? column : null,
      order: sort.direction === 'desc' ? 'desc' : 'asc',
    });
  }

  protected onPage(event: PageEvent): void {
    this.change({ pageIndex: event.pageIndex, pageSize: event.pageSize }, false);
  }

  protected open(client: ClientSummaryDto, event: MouseEvent): void {
    // The name is a real link (keyboard, middle click); a click elsewhere on the row opens too.
    if ((event.target as HTMLElement | null)?.closest('a')) {
      return;
    }
    void this.router.navigate([client.id], { relativeTo: this.route });
  }

  protected clearFilters(): void {
    this.province.setValue(null, { emitEvent: false });
    this.expiring.setValue(null, { emitEvent: false });
    this.mine.setValue(false, { emitEvent: false });
    this.includeClosed.setValue(false, { emitEvent: false });
    this.change({ province: null, expiringWithinDays: null, mine: false, includeClosed: false });
  }

  protected retry(): void {
    void this.load();
  }

  /** Applies a change of search, filter, sort or page, then reloads (from page 1 unless paging). */
  private change(changes: Partial<ClientListState>, firstPage = true): void {
    this.state.update((s) => ({ ...s, ...changes, ...(firstPage ? { pageIndex: 0 } : {}) }));
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: listStateToParams(this.state()),
      replaceUrl: true,
    });
    void this.load();
  }

  private query(): ClientListQuery {
    const s = this.state();
    const userId = this.auth.user()?.id;
    return {
      limit: s.pageSize,
      offset: s.pageIndex * s.pageSize,
      q: s.q || undefined,
      sort: s.sort ?? undefined,
      order: s.sort ? s.order : undefined,
      province: s.province ?? undefined,
      expiringWithinDays: s.expiringWithinDays ?? undefined,
      assignedTo: s.mine && userId ? userId : undefined,
      includeClosed: s.includeClosed || undefined,
    };
  }
}
