import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LanguageService, parseProblem } from '@intake/dashboard/core';
import { ConfirmService, PageState, type PageStatus } from '@intake/dashboard/ui';
import type { Problem, PublicBookingDto } from '@intake/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { TranslatePipe } from '@ngx-translate/core';
import { problemKind, visitorErrorKey } from '../data/booking-domain';
import { PublicBookingApi } from '../data/public-booking-api';
import { type PickedSlot, SlotPicker } from '../slots/slot-picker';
import { BookingSummary } from '../summary/booking-summary';
import { VISITOR_TIME_ZONE, formatDateTime } from '../time/zoned-time';

/**
 * /booking/manage?token=…, the private link of the confirmation e-mail: the booking, and
 * cancelling it (after a confirmation) or moving it to another free time of the same type.
 */
@Component({
  selector: 'intake-manage-booking-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink, TranslatePipe, PageState, BookingSummary, SlotPicker],
  templateUrl: './manage-booking-page.html',
  styleUrl: './manage-booking-page.scss',
})
export class ManageBookingPage {
  private readonly api = inject(PublicBookingApi);
  private readonly confirmService = inject(ConfirmService);
  private readonly language = inject(LanguageService).current;
  private readonly zone = inject(VISITOR_TIME_ZONE);
  private readonly picker = viewChild(SlotPicker);

  /** The `token` query parameter of the e-mailed link. */
  readonly token = input<string | undefined>();

  protected readonly booking = signal<PublicBookingDto | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly rescheduling = signal(false);
  protected readonly periodStart = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly messageKey = signal<string | null>(null);
  private requestId = 0;

  protected readonly status = computed<PageStatus>(() => {
    if (this.loadFailed()) {
      return 'error';
    }
    return this.booking() || this.invalid() ? 'ready' : 'loading';
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected retry(): void {
    void this.load(this.token());
  }

  protected startReschedule(): void {
    this.errorKey.set(null);
    this.messageKey.set(null);
    this.rescheduling.set(true);
  }

  protected stopReschedule(): void {
    this.rescheduling.set(false);
  }

  protected async cancel(): Promise<void> {
    const token = this.token();
    const booking = this.booking();
    if (!token || !booking || this.busy()) {
      return;
    }
    const confirmed = await this.confirmService.confirm({
      titleKey: 'booking.manage.cancelConfirm.title',
      messageKey: 'booking.manage.cancelConfirm.message',
      confirmKey: 'booking.manage.cancelConfirm.confirm',
      cancelKey: 'booking.manage.cancelConfirm.keep',
      params: { when: this.when(booking.start) },
      destructive: true,
    });
    if (confirmed) {
      await this.change(this.api.cancel(token), 'booking.manage.cancelled');
    }
  }

  protected async reschedule(picked: PickedSlot): Promise<void> {
    const token = this.token();
    if (!token || this.busy()) {
      return;
    }
    const confirmed = await this.confirmService.confirm({
      titleKey: 'booking.manage.rescheduleConfirm.title',
      messageKey: 'booking.manage.rescheduleConfirm.message',
      confirmKey: 'booking.manage.rescheduleConfirm.confirm',
      params: { when: this.when(picked.slot.start) },
    });
    if (confirmed) {
      await this.change(
        this.api.reschedule(token, picked.slot.slotId),
        'booking.manage.rescheduled',
      );
    }
  }

  private when(start: string): string {
    return formatDateTime(start, this.zone, this.language());
  }

  private async load(token: string | undefined): Promise<void> {
    const id = ++this.requestId;
    this.booking.set(null);
    this.invalid.set(false);
    this.loadFailed.set(false);
    if (!token) {
      this.invalid.set(true);
      return;
    }
    try {
      const booking = await firstValueFrom(this.api.booking(token));
      if (id === this.requestId) {
        this.booking.set(booking);
      }
    } catch (error: unknown) {
      if (id === this.requestId) {
        if (parseProblem(error)?.status === 404) {
          this.invalid.set(true);
        } else {
          this.loadFailed.set(true);
        }
      }
    }
  }

  private async change(request: Observable<PublicBookingDto>, doneKey: string): Promise<void> {
    this.busy.set(true);
    this.errorKey.set(null);
    this.messageKey.set(null);
    try {
      this.booking.set(await firstValueFrom(request));
      this.rescheduling.set(false);
      this.messageKey.set(doneKey);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      this.handle(problem);
    } finally {
      this.busy.set(false);
    }
  }

  private handle(problem: Problem): void {
    const kind = problemKind(problem.type);
    if (problem.status === 404) {
      this.booking.set(null);
      this.invalid.set(true);
    } else if (problem.status === 409 && kind === 'slot-taken') {
      this.errorKey.set('booking.errors.slotTaken');
      void this.picker()?.reload();
    } else if (problem.status === 422) {
      this.errorKey.set('booking.errors.slotUnavailable');
      void this.picker()?.reload();
    } else if (problem.status === 409) {
      this.errorKey.set('booking.manage.errors.tooLate');
      this.rescheduling.set(false);
      void this.load(this.token());
    } else {
      this.errorKey.set(visitorErrorKey(problem.status));
    }
  }
}
