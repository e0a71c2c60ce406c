import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LanguageService } from '@intake/dashboard/core';
import {
  Icon,
  PageState,
  type PageStatus,
  TimestampPipe,
  TypedCellDef,
  TypedRowDef,
} from '@intake/dashboard/ui';
import type {
  ConsultationRequestStatus,
  ConsultationRequestSummaryDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { PROGRAM_LABEL_KEYS, REQUEST_STATUS_LIST, STATUS_LABEL_KEYS } from '../data/domain';
import { FirmDateTimePipe } from '../data/firm-time';
import { RequestsApi } from '../data/requests-api';
import {
  REQUEST_PAGE_SIZES,
  type RequestsState,
  type StatusFilter,
  requestsQuery,
  requestsStateFromParams,
  requestsStateToParams,
} from './requests-state';

export const REQUEST_SEARCH_DEBOUNCE_MS = 300;

const ALL_STATUS_KEY = 'consultations.statuses.all';

/** The consultation requests queue: status chips with counts, a search box and pages. */
@Component({
  selector: 'intake-requests-page',
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
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    TranslatePipe,
    PageState,
    Icon,
    TypedCellDef,
    TypedRowDef,
    TimestampPipe,
    FirmDateTimePipe,
  ],
  templateUrl: './requests-page.html',
  styleUrl: './requests-page.scss',
})
export class RequestsPage {
  private readonly api = inject(RequestsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);
  private requestId = 0;

  protected readonly columns = [
    'name',
    'email',
    'program',
    'nextBooking',
    'conflicts',
    'createdAt',
  ] as const;
  protected readonly pageSizeOptions = REQUEST_PAGE_SIZES;
  protected readonly statusFilters: readonly StatusFilter[] = [...REQUEST_STATUS_LIST, 'all'];
  protected readonly programLabelKeys = PROGRAM_LABEL_KEYS;

  protected readonly state = signal<RequestsState>(
    requestsStateFromParams(this.route.snapshot.queryParams),
  );
  protected readonly requests = signal<ConsultationRequestSummaryDto[]>([]);
  protected readonly total = signal(0);
  protected readonly counts = signal<Record<ConsultationRequestStatus, number> | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly loadedOnce = signal(false);

  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    return this.loadedOnce() ? 'ready' : 'loading';
  });
  protected readonly allCount = computed(() => {
    const counts = this.counts();
    return counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  });

  protected readonly search = new FormControl(this.state().q, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(REQUEST_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.change({ q }));
    void this.load();
  }

  /** GET /api/consultation-requests for the current state; ignores superseded answers. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(this.api.list(requestsQuery(this.state())));
      if (id !== this.requestId) {
        return;
      }
      this.requests.set(page.items);
      this.total.set(page.total);
      this.counts.set(page.counts);
      this.loadedOnce.set(true);
    } catch {
      if (id === this.requestId) {
        this.requests.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected statusLabelKey(filter: StatusFilter): string {
    return filter === 'all' ? ALL_STATUS_KEY : STATUS_LABEL_KEYS[filter];
  }

  protected countOf(filter: StatusFilter): number | null {
    if (filter === 'all') {
      return this.allCount();
    }
    return this.counts()?.[filter] ?? null;
  }

  protected selectStatus(status: StatusFilter): void {
    if (status !== this.state().status) {
      this.change({ status });
    }
  }

  protected onPage(event: PageEvent): void {
    this.change({ pageIndex: event.pageIndex, pageSize: event.pageSize }, false);
  }

  protected open(request: ConsultationRequestSummaryDto, event: MouseEvent): void {
    // The name is a real link (keyboard, middle click); a click elsewhere on the row opens too.
    if ((event.target as HTMLElement | null)?.closest('a')) {
      return;
    }
    void this.router.navigate(['requests', request.id], { relativeTo: this.route });
  }

  protected clearSearch(): void {
    this.search.setValue('', { emitEvent: false });
    this.change({ q: '' });
  }

  protected retry(): void {
    void this.load();
  }

  /** Applies a change of status, search or page, then reloads (from page 1 unless paging). */
  private change(changes: Partial<RequestsState>, firstPage = true): void {
    this.state.update((s) => ({ ...s, ...changes, ...(firstPage ? { pageIndex: 0 } : {}) }));
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: requestsStateToParams(this.state()),
      replaceUrl: true,
    });
    void this.load();
  }
}
