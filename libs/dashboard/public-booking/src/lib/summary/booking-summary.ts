import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import type { MeetingMode } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { MODE_LABEL_KEYS } from '../data/booking-domain';
import { VISITOR_TIME_ZONE, formatDateTime } from '../time/zoned-time';

/** What, when (the visitor’s time and the firm’s) and how: review, confirmation, manage page. */
@Component({
  selector: 'intake-booking-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dl class="summary">
      <div>
        <dt>{{ 'booking.summary.type' | translate }}</dt>
        <dd data-testid="summary-type">{{ typeName() }}</dd>
      </div>
      <div>
        <dt>{{ 'booking.summary.when' | translate }}</dt>
        <dd data-testid="summary-when">
          {{ when() }}
          <span class="zone">{{
            'booking.summary.yourZone' | translate: { zone: visitorZone }
          }}</span>
        </dd>
      </div>
      <div>
        <dt>{{ 'booking.summary.firmTime' | translate }}</dt>
        <dd data-testid="summary-firm-when">
          {{ firmWhen() }}
          <span class="zone">{{
            'booking.summary.firmZone' | translate: { zone: firmTimeZone() }
          }}</span>
        </dd>
      </div>
      <div>
        <dt>{{ 'booking.summary.duration' | translate }}</dt>
        <dd>{{ 'booking.summary.minutes' | translate: { minutes: durationMinutes() } }}</dd>
      </div>
      <div>
        <dt>{{ 'booking.summary.mode' | translate }}</dt>
        <dd data-testid="summary-mode">{{ modeKeys[mode()] | translate }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      gap: 12px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-body-large);
    }
    .zone {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BookingSummary {
  readonly start = input.required<string>();
  readonly firmTimeZone = input.required<string>();
  readonly typeName = input.required<string>();
  readonly durationMinutes = input.required<number>();
  readonly mode = input.required<MeetingMode>();

  protected readonly visitorZone = inject(VISITOR_TIME_ZONE);
  protected readonly modeKeys = MODE_LABEL_KEYS;
  private readonly language = inject(LanguageService).current;

  protected readonly when = computed(() =>
    formatDateTime(this.start(), this.visitorZone, this.language()),
  );
  protected readonly firmWhen = computed(() =>
    formatDateTime(this.start(), this.firmTimeZone(), this.language()),
  );
}
