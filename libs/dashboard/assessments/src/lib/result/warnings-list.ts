import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import { Icon } from '@intake/dashboard/ui';
import type { CecWarning } from '@intake/shared/cec-rules';
import { TranslatePipe } from '@ngx-translate/core';
import { WARNING_KEYS } from '../data/labels';
import { localizedDetail } from './criteria-table';

@Component({
  selector: 'intake-warnings-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Icon],
  template: `
    @if (warnings().length > 0) {
      <ul class="warnings" data-testid="warnings-list">
        @for (warning of warnings(); track $index) {
          <li class="warning" data-testid="warning" [attr.data-code]="warning.code">
            <intake-icon name="warning" class="icon" />
            <div>
              <p class="head">
                <strong>{{ warningKeys[warning.code] | translate }}</strong>
                <span class="date">{{ warning.date }}</span>
              </p>
              <p class="detail">{{ detailOf(warning, language()) }}</p>
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="none" data-testid="warnings-none">{{ 'assessments.warnings.none' | translate }}</p>
    }
  `,
  styles: `
    .warnings {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .warning {
      display: flex;
      gap: 12px;
      padding: 12px 16px;
      border-radius: 8px;
      background: #fff4e0;
      color: #4a2c00;
    }
    .icon {
      flex: none;
      color: #b26a00;
    }
    .warning p {
      margin: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .date {
      font-variant-numeric: tabular-nums;
    }
    .detail {
      margin-top: 4px !important;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
})
export class WarningsList {
  protected readonly language = inject(LanguageService).current;
  readonly warnings = input.required<readonly CecWarning[]>();
  protected readonly warningKeys = WARNING_KEYS;
  protected readonly detailOf = localizedDetail;
}
