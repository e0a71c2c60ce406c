import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Icon } from '@intake/dashboard/ui';
import type { Ability, LanguageSummary } from '@intake/shared/cec-rules';
import { TranslatePipe } from '@ngx-translate/core';
import { ABILITY_LIST } from '../data/cec-constants';
import { ABILITY_KEYS, LANGUAGE_TEST_KEYS } from '../data/labels';

export interface AbilityRow {
  ability: Ability;
  level: number;
  required: number;
  met: boolean;
}

/** One row per ability: the level reached against the level required. */
export function abilityRows(language: LanguageSummary): AbilityRow[] {
  const clb = language.clb;
  if (!clb) {
    return [];
  }
  return ABILITY_LIST.map((ability) => ({
    ability,
    level: clb[ability],
    required: language.requiredClb,
    met: clb[ability] >= language.requiredClb,
  }));
}

@Component({
  selector: 'intake-language-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Icon],
  template: `
    @let summary = language();
    @if (summary.test) {
      <p class="test" data-testid="language-test">
        {{ testKeys[summary.test] | translate }}
        @if (summary.testDate) {
          — {{ 'assessments.language.testedOn' | translate: { date: summary.testDate } }}
        }
      </p>
    }
    @if (rows().length > 0) {
      <table class="table" data-testid="language-table">
        <caption class="cdk-visually-hidden">{{ 'assessments.language.title' | translate }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'assessments.language.ability' | translate }}</th>
            <th scope="col" class="num">{{ 'assessments.language.level' | translate }}</th>
            <th scope="col" class="num">{{ 'assessments.language.required' | translate }}</th>
            <th scope="col">{{ 'assessments.language.result' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.ability) {
            <tr data-testid="language-row" [attr.data-ability]="row.ability" [attr.data-met]="row.met">
              <th scope="row">{{ abilityKeys[row.ability] | translate }}</th>
              <td class="num">{{ row.level }}</td>
              <td class="num">{{ row.required }}</td>
              <td>
                <span [class]="row.met ? 'status status-met' : 'status status-not_met'">
                  <intake-icon [name]="row.met ? 'check' : 'error'" class="status-icon" />
                  {{ (row.met ? 'assessments.language.met' : 'assessments.language.notMet') | translate }}
                </span>
              </td>
            </tr>
          }
        </tbody>
      </table>
      <p class="note">{{ 'assessments.language.zeroNote' | translate }}</p>
    } @else {
      <p class="none" data-testid="language-none">
        {{ 'assessments.language.none' | translate: { required: summary.requiredClb } }}
      </p>
    }
  `,
  styleUrl: './result-tables.scss',
  styles: `
    .test {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .table {
      max-width: 640px;
    }
    .none {
      margin: 0;
    }
    .note {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class LanguageTable {
  readonly language = input.required<LanguageSummary>();

  protected readonly rows = computed(() => abilityRows(this.language()));
  protected readonly abilityKeys = ABILITY_KEYS;
  protected readonly testKeys = LANGUAGE_TEST_KEYS;
}
