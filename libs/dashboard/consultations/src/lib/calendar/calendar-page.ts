import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { AuthService, LanguageService } from '@intake/dashboard/core';
import {
  Icon,
  PageState,
  type PageStatus,
  addDays,
  formatIsoDate,
  isIsoDate,
  todayIso,
} from '@intake/dashboard/ui';
import type {
  ConsultationTypeDto,
  StaffBookingDto,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { BookingsApi } from '../data/bookings-api';
import { ConsultationTypesApi } from '../data/consultation-types-api';
import { MODE_LABEL_KEYS, typeName } from '../data/domain';
import { FirmTimePipe, dayNames, formatHour, mondayOf, weekDays } from '../data/firm-time';
import { cellKey, weekGrid } from './calendar-model';

/** `all`, a staff member's id, or null until the default (me if I have bookings) is decided. */
export type StaffFilter = string | null;

export interface CalendarState {
  /** The Monday of the week shown. */
  week: string;
  staff: StaffFilter;
}

export function calendarStateFromParams(params: Params, today: string): CalendarState {
  const week: unknown = params['week'];
  const staff: unknown = params['staff'];
  return {
    week: mondayOf(isIsoDate(week) ? week : today),
    staff: typeof staff === 'string' && staff !== '' ? staff : null,
  };
}

export function calendarStateToParams(state: CalendarState, today: string): Params {
  return {
    week: state.week === mondayOf(today) ? null : state.week,
    staff: state.staff,
  };
}

/** The bookings of a week, Monday to Sunday, by hour, for everyone or one staff member. */
@Component({
  selector: 'intake-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatProgressBar,
    TranslatePipe,
    Icon,
    PageState,
    FirmTimePipe,
  ],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
})
export class CalendarPage {
  private readonly api = inject(BookingsApi);
  private readonly typesApi = inject(ConsultationTypesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);
  private requestId = 0;

  protected readonly today = todayIso();
  protected readonly modeLabelKeys = MODE_LABEL_KEYS;
  protected readonly cellKey = cellKey;

  protected readonly state = signal<CalendarState>(
    calendarStateFromParams(this.route.snapshot.queryParams, this.today),
  );
  protected readonly bookings = signal<StaffBookingDto[]>([]);
  protected readonly staff = signal<readonly StaffMemberDto[]>([]);
  protected readonly staffFailed = signal(false);
  protected readonly types = signal<readonly ConsultationTypeDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly loadedOnce = signal(false);

  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    return this.loadedOnce() ? 'ready' : 'loading';
  });
  protected readonly me = computed(() => this.auth.user()?.id ?? null);
  protected readonly selectedStaff = computed(() => this.state().staff ?? 'all');
  protected readonly days = computed(() => {
    const language = this.language.current();
    return weekDays(this.state().week).map((date) => ({
      date,
      ...dayNames(date, language),
      today: date === this.today,
    }));
  });
  protected readonly title = computed(() => {
    const language = this.language.current();
    const week = this.state().week;
    return {
      from: formatIsoDate(week, language),
      to: formatIsoDate(addDays(week, 6), language),
    };
  });
  /** What the filter shows (the API filters too; this keeps the default decision consistent). */
  protected readonly visible = computed(() => {
    const staff = this.selectedStaff();
    const all = this.bookings();
    return staff === 'all' ? all : all.filter((b) => b.staffId === staff);
  });
  protected readonly grid = computed(() =>
    weekGrid(
      this.visible(),
      this.days().map((d) => d.date),
    ),
  );
  protected readonly hourLabels = computed(() => {
    const language = this.language.current();
    return new Map(this.grid().hours.map((h) => [h, formatHour(h, language)]));
  });
  protected readonly isCurrentWeek = computed(() => this.state().week === mondayOf(this.today));
  /** Staff members to pick, me first; a filter on someone not in the list still shows. */
  protected readonly staffOptions = computed(() => {
    const me = this.me();
    return [...this.staff()].sort((a, b) =>
      a.id === me ? -1 : b.id === me ? 1 : a.name.localeCompare(b.name),
    );
  });

  constructor() {
    void this.load();
    void this.loadStaff();
    void this.loadTypes();
  }

  /** GET /api/bookings for the week (and staff member); ignores superseded answers. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    const s = this.state();
    this.loading.set(true);
    this.failed.set(false);
    try {
      const list = await firstValueFrom(
        this.api.calendar({
          from: s.week,
          to: addDays(s.week, 6),
          staffId: s.staff === null || s.staff === 'all' ? null : s.staff,
        }),
      );
      if (id !== this.requestId) {
        return;
      }
      if (s.staff === null) {
        // First visit: my own calendar when I have bookings, else everyone's.
        const me = this.me();
        const mine = me !== null && list.some((b) => b.staffId === me);
        this.state.update((current) => ({ ...current, staff: mine && me ? me : 'all' }));
        this.syncUrl();
      }
      this.bookings.set(list);
      this.loadedOnce.set(true);
    } catch {
      if (id === this.requestId) {
        this.bookings.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected typeNameOf(booking: StaffBookingDto): string {
    return typeName(this.types(), booking.typeCode, this.language.current(), booking.typeName);
  }

  protected staffName(staffId: string): string {
    return this.staff().find((m) => m.id === staffId)?.name ?? '';
  }

  protected go(weeks: number): void {
    this.change({ week: addDays(this.state().week, weeks * 7) });
  }

  protected thisWeek(): void {
    this.change({ week: mondayOf(this.today) });
  }

  protected onStaff(staff: string): void {
    this.change({ staff });
  }

  protected retry(): void {
    void this.load();
  }

  private change(changes: Partial<CalendarState>): void {
    this.state.update((s) => ({ ...s, ...changes }));
    this.syncUrl();
    void this.load();
  }

  private syncUrl(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: calendarStateToParams(this.state(), this.today),
      replaceUrl: true,
    });
  }

  private async loadStaff(): Promise<void> {
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.staffFailed.set(true);
    }
  }

  private async loadTypes(): Promise<void> {
    try {
      this.types.set(await firstValueFrom(this.typesApi.list()));
    } catch {
      // Names fall back to the API's own; the calendar stays usable.
    }
  }
}
