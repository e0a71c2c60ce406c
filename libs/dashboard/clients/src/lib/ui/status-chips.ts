import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import { expiryInfo, formatIsoDate, Icon, todayIso } from '@intake/dashboard/ui';
import type { ConflictStatus } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CONFLICT_STATUS_LABEL_KEYS, EXPIRY_WARNING_DAYS } from '../data/domain';

/**
 * "Expires in 12 days" (warning colour, icon and text) for an end date within 90 days, the date
 * alone otherwise.
 */
@Component({
  selector: 'intake-expiry-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Icon],
  template: `
    @if (info(); as i) {
      @if (i.soon) {
        <span class="chip warn" data-testid="expiry-chip" [attr.data-days]="i.days">
          <intake-icon name="warning" />
          {{
            (i.days === 0 ? 'clients.expiry.today' : 'clients.expiry.inDays')
              | translate: { days: i.days }
          }}
        </span>
      } @else if (i.expired && showExpired()) {
        <span class="chip muted" data-testid="expiry-chip">{{
          'clients.expiry.expired' | translate
        }}</span>
      }
      @if (showDate()) {
        <span class="date">{{ dateText() }}</span>
      }
    } @else if (showDate()) {
      <span class="none">{{ 'clients.expiry.none' | translate }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .chip intake-icon {
      width: 18px;
      height: 18px;
    }
    .chip intake-icon ::ng-deep svg {
      width: 18px;
      height: 18px;
    }
    .warn {
      background: #ffe08a;
      color: #3d2e00;
    }
    .muted {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ExpiryChip {
  private readonly language = inject(LanguageService);
  readonly validTo = input<string | null>(null);
  readonly today = input<string>(todayIso());
  readonly showDate = input(true);
  readonly showExpired = input(false);

  protected readonly info = computed(() =>
    expiryInfo(this.validTo(), this.today(), EXPIRY_WARNING_DAYS),
  );
  protected readonly dateText = computed(() =>
    formatIsoDate(this.validTo(), this.language.current()),
  );
}

/** The latest conflict check's status as a labelled chip (text, not colour alone). */
@Component({
  selector: 'intake-conflict-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<span
    class="chip"
    [class]="'chip status-' + key()"
    [attr.data-testid]="testId()"
    [attr.data-status]="key()"
    >{{ labelKeys[key()] | translate }}</span
  >`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .status-none {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .status-pending {
      background: #ffe08a;
      color: #3d2e00;
    }
    .status-cleared {
      background: #c4eed0;
      color: #0a3818;
    }
    .status-waived {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-declined {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ConflictChip {
  readonly status = input<ConflictStatus | null>(null);
  readonly testId = input('conflict-status');
  protected readonly key = computed(() => this.status() ?? 'none');
  protected readonly labelKeys = CONFLICT_STATUS_LABEL_KEYS;
}
