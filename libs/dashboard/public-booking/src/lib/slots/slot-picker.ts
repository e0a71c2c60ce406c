import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  model,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LanguageService } from '@intake/dashboard/core';
import { PageState, type PageStatus, addDays } from '@intake/dashboard/ui';
import type { PublicSlotDto, PublicSlotsDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PublicBookingApi } from '../data/public-booking-api';
import {
  BOOKING_CLOCK,
  VISITOR_TIME_ZONE,
  dayIn,
  formatDateTime,
  formatDay,
  formatShortDay,
  formatTime,
} from '../time/zoned-time';

/** Days shown at once (the API accepts at most 31 per call). */
export const PERIOD_DAYS = 7;

/** A slot the visitor chose, with what the slot list said about it. */
export interface PickedSlot {
  slot: PublicSlotDto;
  /** The firm's time zone. */
  timeZone: string;
  typeName: string;
  durationMinutes: number;
}

interface SlotEntry {
  slot: PublicSlotDto;
  time: string;
  label: string;
}

interface SlotDay {
  date: string;
  label: string;
  slots: SlotEntry[];
}

/**
 * Free times of one consultation type, a period at a time, grouped by day in the visitor's time
 * zone (which is named). Choosing a time emits it; `reload()` refreshes the list (e.g. after
 * someone else took the chosen time).
 */
@Component({
  selector: 'intake-slot-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, PageState, TranslatePipe],
  templateUrl: './slot-picker.html',
  styleUrl: './slot-picker.scss',
})
export class SlotPicker {
  private readonly api = inject(PublicBookingApi);
  private readonly language = inject(LanguageService).current;
  protected readonly zone = inject(VISITOR_TIME_ZONE);

  readonly typeCode = input.required<string>();
  readonly selectedSlotId = input<string | null>(null);
  /** First day of the period shown (the visitor's today when null or earlier). */
  readonly periodStart = model<string | null>(null);
  readonly picked = output<PickedSlot>();

  protected readonly today = dayIn(inject(BOOKING_CLOCK)(), this.zone);
  protected readonly from = computed(() => {
    const start = this.periodStart();
    return start && start > this.today ? start : this.today;
  });
  protected readonly to = computed(() => addDays(this.from(), PERIOD_DAYS - 1));
  protected readonly canGoBack = computed(() => this.from() > this.today);
  protected readonly periodLabel = computed(() => ({
    from: formatShortDay(this.from(), this.language()),
    to: formatShortDay(this.to(), this.language()),
  }));

  private readonly result = signal<PublicSlotsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private requestId = 0;

  protected readonly firmZone = computed(() => {
    const zone = this.result()?.timeZone;
    return zone && zone !== this.zone ? zone : null;
  });
  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    return this.result() ? 'ready' : 'loading';
  });
  protected readonly days = computed<SlotDay[]>(() => {
    const language = this.language();
    const byDay = new Map<string, SlotEntry[]>();
    for (const slot of this.result()?.slots ?? []) {
      const date = dayIn(slot.start, this.zone);
      const entry: SlotEntry = {
        slot,
        time: formatTime(slot.start, this.zone, language),
        label: formatDateTime(slot.start, this.zone, language),
      };
      byDay.set(date, [...(byDay.get(date) ?? []), entry]);
    }
    return [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, slots]) => ({
        date,
        label: formatDay(date, language),
        slots: slots.sort((a, b) => Date.parse(a.slot.start) - Date.parse(b.slot.start)),
      }));
  });

  constructor() {
    effect(() => {
      const type = this.typeCode();
      const from = this.from();
      untracked(() => void this.load(type, from));
    });
  }

  reload(): Promise<void> {
    return this.load(this.typeCode(), this.from());
  }

  protected next(): void {
    this.periodStart.set(addDays(this.from(), PERIOD_DAYS));
  }

  protected previous(): void {
    const start = addDays(this.from(), -PERIOD_DAYS);
    this.periodStart.set(start > this.today ? start : this.today);
  }

  protected pick(slot: PublicSlotDto): void {
    const result = this.result();
    if (!result) {
      return;
    }
    this.picked.emit({
      slot,
      timeZone: result.timeZone,
      typeName: result.type.name,
      durationMinutes: result.type.durationMinutes,
    });
  }

  private async load(type: string, from: string): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    this.result.set(null);
    try {
      const result = await firstValueFrom(
        this.api.slots({
          type,
          from,
          to: addDays(from, PERIOD_DAYS - 1),
          locale: this.language(),
        }),
      );
      if (id === this.requestId) {
        this.result.set(result);
      }
    } catch {
      if (id === this.requestId) {
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }
}
