import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import { Icon, type IconName } from '@intake/dashboard/ui';
import type { CriterionResult, CriterionStatus } from '@intake/shared/cec-rules';
import type { Language } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CRITERION_KEYS, CRITERION_STATUS_KEYS } from '../data/labels';

export const CRITERION_STATUS_ICONS: Readonly<Record<CriterionStatus, IconName | null>> = {
  met: 'check',
  not_met: 'error',
  needs_review: 'warning',
  not_assessed: null,
};

/** The engine's reason in the UI language. */
export function localizedDetail(item: { detail: string; detailFr: string }, language: Language): string {
  return language === 'fr' ? item.detailFr : item.detail;
}

/** The host of a source link, shown as the link text (`laws-lois.justice.gc.ca`). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

@Component({
  selector: 'intake-criteria-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Icon],
  template: `
    <table class="table" data-testid="criteria-table">
      <caption class="cdk-visually-hidden">{{ 'assessments.criteria.title' | translate }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'assessments.criteria.criterion' | translate }}</th>
          <th scope="col">{{ 'assessments.criteria.status' | translate }}</th>
          <th scope="col">{{ 'assessments.criteria.reason' | translate }}</th>
          <th scope="col">{{ 'assessments.criteria.source' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (criterion of criteria(); track criterion.id) {
          <tr data-testid="criteria-row" [attr.data-criterion]="criterion.id" [attr.data-status]="criterion.status">
            <th scope="row" class="name">{{ criterionKeys[criterion.id] | translate }}</th>
            <td>
              <span [class]="'status status-' + criterion.status">
                @if (statusIcons[criterion.status]; as icon) {
                  <intake-icon [name]="icon" class="status-icon" />
                }
                {{ statusKeys[criterion.status] | translate }}
              </span>
            </td>
            <td class="reason" data-testid="criterion-detail">{{ detailOf(criterion, language()) }}</td>
            <td>
              <a
                class="source"
                [href]="criterion.source"
                target="_blank"
                rel="noopener noreferrer"
                [attr.aria-label]="
                  'assessments.criteria.sourceFor' | translate: { criterion: (criterionKeys[criterion.id] | translate) }
                "
                >{{ hostOf(criterion.source) }}</a
              >
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './result-tables.scss',
})
export class CriteriaTable {
  protected readonly language = inject(LanguageService).current;
  readonly criteria = input.required<readonly CriterionResult[]>();

  protected readonly criterionKeys = CRITERION_KEYS;
  protected readonly statusKeys = CRITERION_STATUS_KEYS;
  protected readonly statusIcons = CRITERION_STATUS_ICONS;
  protected readonly detailOf = localizedDetail;
  protected readonly hostOf = sourceHost;
}
