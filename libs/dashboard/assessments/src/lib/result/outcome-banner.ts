import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Icon, type IconName } from '@intake/dashboard/ui';
import type { IsoDate, Outcome } from '@intake/shared/cec-rules';
import { TranslatePipe } from '@ngx-translate/core';
import { OUTCOME_EXPLANATION_KEYS, OUTCOME_KEYS } from '../data/labels';

const OUTCOME_ICONS: Readonly<Record<Outcome, IconName>> = {
  eligible: 'check',
  not_eligible: 'error',
  needs_review: 'warning',
};

/** The decision in one line: colour, icon AND words (never colour alone). */
@Component({
  selector: 'intake-outcome-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Icon],
  template: `
    <div
      class="banner"
      [class]="'outcome-' + outcome()"
      role="status"
      data-testid="outcome-banner"
      [attr.data-outcome]="outcome()"
    >
      <intake-icon [name]="icon()" class="icon" />
      <div class="text">
        <p class="title">
          <span class="label">{{ 'assessments.outcome.label' | translate }}</span>
          <strong data-testid="outcome-text">{{ titleKey() | translate }}</strong>
        </p>
        <p class="explanation">{{ explanationKey() | translate }}</p>
        @if (earliestEligibleDate(); as date) {
          <p class="explanation" data-testid="earliest-eligible">
            {{ 'assessments.outcome.earliestEligible' | translate: { date: date } }}
          </p>
        }
      </div>
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      gap: 16px;
      align-items: flex-start;
      padding: 16px 20px;
      border-radius: 12px;
      border-left: 8px solid;
    }
    .icon {
      width: 32px;
      height: 32px;
      flex: none;
    }
    .text p {
      margin: 0;
    }
    .title {
      font: var(--mat-sys-title-large);
    }
    .label {
      margin-right: 8px;
      font: var(--mat-sys-title-medium);
    }
    .explanation {
      margin-top: 4px;
    }
    .outcome-eligible {
      background: #e6f4ea;
      border-color: #1b7f3b;
      color: #0d3f1d;
    }
    .outcome-not_eligible {
      background: #fce8e6;
      border-color: #b3261e;
      color: #5c1410;
    }
    .outcome-needs_review {
      background: #fff4e0;
      border-color: #b26a00;
      color: #4a2c00;
    }
  `,
})
export class OutcomeBanner {
  readonly outcome = input.required<Outcome>();
  readonly earliestEligibleDate = input<IsoDate | null>(null);

  protected readonly icon = computed(() => OUTCOME_ICONS[this.outcome()]);
  protected readonly titleKey = computed(() => OUTCOME_KEYS[this.outcome()]);
  protected readonly explanationKey = computed(() => OUTCOME_EXPLANATION_KEYS[this.outcome()]);
}
