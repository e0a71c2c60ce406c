import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { parseProblem } from '@intake/dashboard/core';
import { Icon } from '@intake/dashboard/ui';
import type { Ability, CecResult } from '@intake/shared/cec-rules';
import type { FieldError } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssessmentsApi } from '../data/assessments-api';
import {
  EDUCATION_LEVEL_LIST,
  LANGUAGE_TEST_LIST,
  PROVINCE_LIST,
  STATUS_TYPE_LIST,
} from '../data/cec-constants';
import { ControlErrorPipe } from '../data/control-error';
import { isoDate } from '../data/format';
import {
  EDUCATION_LEVEL_KEYS,
  LANGUAGE_TEST_KEYS,
  STATUS_TYPE_KEYS,
} from '../data/labels';
import { AssessmentResult } from '../result/assessment-result';
import {
  applyEvaluateErrors,
  calculatorForm,
  educationForm,
  languageTestForm,
  statusForm,
  syncSpouseControls,
  toCecProfile,
  workForm,
} from './calculator-form';

export interface CalculatorNotice {
  key: string;
  params?: Record<string, string>;
}

/** Education levels an applicant can be given (two_or_more is derived by the engine). */
const APPLICANT_EDUCATION_LEVELS = EDUCATION_LEVEL_LIST.filter((level) => level !== 'two_or_more');

/**
 * The quick calculator: a whole CEC profile typed in by staff, evaluated statelessly (nothing
 * is stored), shown with the same result components as a client's assessment.
 */
@Component({
  selector: 'intake-calculator-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    ControlErrorPipe,
    Icon,
    AssessmentResult,
  ],
  templateUrl: './calculator-page.html',
  styleUrl: './calculator-page.scss',
})
export class CalculatorPage {
  private readonly api = inject(AssessmentsApi);

  readonly form = calculatorForm(isoDate());
  protected readonly provinces = PROVINCE_LIST;
  protected readonly statusTypes = STATUS_TYPE_LIST;
  protected readonly testTypes = LANGUAGE_TEST_LIST;
  protected readonly applicantLevels = APPLICANT_EDUCATION_LEVELS;
  protected readonly spouseLevels = EDUCATION_LEVEL_LIST;
  protected readonly statusTypeKeys = STATUS_TYPE_KEYS;
  protected readonly testKeys = LANGUAGE_TEST_KEYS;
  protected readonly levelKeys = EDUCATION_LEVEL_KEYS;
  /** Short labels for the score inputs (the full names are in the result tables). */
  protected readonly scoreKeys: Readonly<Record<Ability, string>> = {
    reading: 'assessments.calculator.score.reading',
    writing: 'assessments.calculator.score.writing',
    listening: 'assessments.calculator.score.listening',
    speaking: 'assessments.calculator.score.speaking',
  };
  protected readonly abilities = ['reading', 'writing', 'listening', 'speaking'] as const;

  protected readonly evaluating = signal(false);
  protected readonly result = signal<CecResult | null>(null);
  /** The form changed after the result was computed. */
  protected readonly resultOutdated = signal(false);
  protected readonly notice = signal<CalculatorNotice | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);

  constructor() {
    syncSpouseControls(this.form);
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      syncSpouseControls(this.form);
      if (this.result()) {
        this.resultOutdated.set(true);
      }
    });
  }

  protected addStatus(): void {
    this.form.controls.statusHistory.push(statusForm());
  }

  protected addTest(): void {
    this.form.controls.languageTests.push(languageTestForm());
  }

  protected addEducation(): void {
    this.form.controls.education.push(educationForm());
  }

  protected addWork(): void {
    this.form.controls.work.push(workForm());
  }

  protected remove(
    list: 'statusHistory' | 'languageTests' | 'education' | 'work',
    index: number,
  ): void {
    this.form.controls[list].removeAt(index);
  }

  /** POST /api/assessments/cec/evaluate with the form as a CecProfile. */
  async evaluate(): Promise<void> {
    this.notice.set(null);
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.notice.set({ key: 'errors.checkFields' });
      return;
    }
    this.evaluating.set(true);
    try {
      const result = await firstValueFrom(this.api.evaluate(toCecProfile(this.form)));
      this.result.set(result);
      this.resultOutdated.set(false);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 400 && problem.errors?.length) {
        this.unmatchedErrors.set(applyEvaluateErrors(this.form, problem));
        this.notice.set({ key: 'errors.checkFields' });
      } else if (problem.status === 422) {
        this.notice.set({ key: 'assessments.errors.noRules' });
      } else {
        this.notice.set({ key: problem.status === 0 ? 'errors.network' : 'errors.generic' });
      }
    } finally {
      this.evaluating.set(false);
    }
  }

  protected reset(): void {
    this.form.reset();
    for (const list of ['statusHistory', 'languageTests', 'education', 'work'] as const) {
      this.form.controls[list].clear();
    }
    this.result.set(null);
    this.resultOutdated.set(false);
    this.notice.set(null);
    this.unmatchedErrors.set([]);
  }
}
