import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LanguageService } from '@intake/dashboard/core';
import { IsoDatePipe } from '@intake/dashboard/ui';
import type { SelfAssessmentDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { ANSWER_EXPLANATION_KEYS, ANSWER_LABEL_KEYS } from './self-assessment-domain';

/**
 * The answer in one of three plain phrases, the engine's reasons, the disclaimer version the
 * visitor accepted, and the way to a consultation where a lawyer looks at it.
 */
@Component({
  selector: 'intake-self-assessment-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe, IsoDatePipe],
  templateUrl: './self-assessment-result.html',
  styleUrl: './self-assessment-result.scss',
})
export class SelfAssessmentResult {
  protected readonly language = inject(LanguageService).current;

  readonly result = input.required<SelfAssessmentDto>();
  readonly book = output<void>();
  readonly edit = output<void>();

  protected readonly answerKeys = ANSWER_LABEL_KEYS;
  protected readonly explanationKeys = ANSWER_EXPLANATION_KEYS;
}
