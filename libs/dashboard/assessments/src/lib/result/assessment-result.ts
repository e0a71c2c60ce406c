import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import type { CecResult } from '@intake/shared/cec-rules';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalNumberPipe } from '../data/format';
import { OCCUPATION_GROUP_KEYS, RULE_SET_KEYS, STREAM_KEYS } from '../data/labels';
import { CriteriaTable } from './criteria-table';
import { CrsPanel } from './crs-panel';
import { HoursChart } from './hours-chart';
import { LanguageTable } from './language-table';
import { OutcomeBanner } from './outcome-banner';
import { WarningsList } from './warnings-list';

/**
 * Everything the engine answered, shown as is: the outcome, the criteria, the hours (numbers and
 * chart), the language levels, the CRS and the warnings. Used by the client's assessment page and
 * by the quick calculator.
 */
@Component({
  selector: 'intake-assessment-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    LocalNumberPipe,
    OutcomeBanner,
    CriteriaTable,
    HoursChart,
    LanguageTable,
    CrsPanel,
    WarningsList,
  ],
  templateUrl: './assessment-result.html',
  styleUrl: './assessment-result.scss',
})
export class AssessmentResult {
  protected readonly language = inject(LanguageService).current;
  readonly result = input.required<CecResult>();

  protected readonly ruleSetKeys = RULE_SET_KEYS;
  protected readonly streamKeys = STREAM_KEYS;
  protected readonly groupKeys = OCCUPATION_GROUP_KEYS;
}
