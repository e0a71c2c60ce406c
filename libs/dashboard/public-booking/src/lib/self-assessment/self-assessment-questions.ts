import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  Pipe,
  type PipeTransform,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { type ValidationErrors, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { FieldErrorMessage } from '@intake/dashboard/core';
import type { FieldError } from '@intake/shared/contracts';
import { todayIso } from '@intake/dashboard/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { BOOKING_CLOCK } from '../time/zoned-time';
import {
  ABILITY_LABEL_KEYS,
  ABILITY_LIST,
  EDUCATION_LABEL_KEYS,
  EDUCATION_LEVEL_LIST,
  LANGUAGE_TEST_LIST,
  MAX_WORK_PERIODS,
  PARTNER_CHOICES,
  PARTNER_LABEL_KEYS,
  PROVINCE_LABEL_KEYS,
  PROVINCE_LIST,
  TEER_LABEL_KEYS,
  TEER_LIST,
  TEST_LABEL_KEYS,
} from './self-assessment-domain';
import {
  type SelfAssessmentForm,
  createWorkPeriod,
  questionError,
  scaleOf,
} from './self-assessment-form';

/** `@let error = control.errors | questionError;` — the field's message, a score's scale included. */
@Pipe({ name: 'questionError' })
export class QuestionErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return questionError(errors);
  }
}

/**
 * The questionnaire in plain words: birth, work in Canada, a language test, education, where
 * the visitor means to live, a partner. Checks what the API checks before sending.
 */
@Component({
  selector: 'intake-self-assessment-questions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    QuestionErrorPipe,
  ],
  templateUrl: './self-assessment-questions.html',
  styleUrls: ['../booking/booking-steps.scss', './self-assessment-questions.scss'],
})
export class SelfAssessmentQuestions {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly clock = inject(BOOKING_CLOCK);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly form = input.required<SelfAssessmentForm>();
  readonly submitting = input(false);
  /** Errors of the API that name no field of the questionnaire. */
  readonly otherErrors = input<FieldError[]>([]);
  /** The answers pass the checks: send them. */
  readonly submitted = output<void>();
  /** They do not: the page says so above the form. */
  readonly incomplete = output<void>();

  protected readonly tests = LANGUAGE_TEST_LIST;
  protected readonly testKeys = TEST_LABEL_KEYS;
  protected readonly abilities = ABILITY_LIST;
  protected readonly abilityKeys = ABILITY_LABEL_KEYS;
  protected readonly educationLevels = EDUCATION_LEVEL_LIST;
  protected readonly educationKeys = EDUCATION_LABEL_KEYS;
  protected readonly provinces = PROVINCE_LIST;
  protected readonly provinceKeys = PROVINCE_LABEL_KEYS;
  protected readonly teers = TEER_LIST;
  protected readonly teerKeys = TEER_LABEL_KEYS;
  protected readonly partnerChoices = PARTNER_CHOICES;
  protected readonly partnerKeys = PARTNER_LABEL_KEYS;
  protected readonly maxWork = MAX_WORK_PERIODS;
  protected readonly scaleOf = scaleOf;
  protected readonly today = (): string => todayIso(this.clock());

  protected addWork(): void {
    const work = this.form().controls.canadianWork;
    if (work.length >= MAX_WORK_PERIODS) {
      return;
    }
    work.push(createWorkPeriod(this.fb, this.today));
    const index = work.length - 1;
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelectorAll<HTMLInputElement>('[data-testid="sa-work-start"]')
          [index]?.focus(),
      { injector: this.injector },
    );
  }

  protected removeWork(index: number): void {
    this.form().controls.canadianWork.removeAt(index);
  }

  protected submit(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      this.incomplete.emit();
      this.focusFirstInvalid();
      return;
    }
    this.submitted.emit();
  }

  /** After the API refused fields: show them, and go to the first. */
  showErrors(): void {
    this.cdr.markForCheck();
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
