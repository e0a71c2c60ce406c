import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { Router } from '@angular/router';
import { LanguageService, parseProblem } from '@intake/dashboard/core';
import { todayIso } from '@intake/dashboard/ui';
import type {
  AcknowledgmentDto,
  FieldError,
  Problem,
  SelfAssessmentDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { problemKind, visitorErrorKey } from '../data/booking-domain';
import { PublicBookingApi } from '../data/public-booking-api';
import { SelfAssessmentLink } from '../data/self-assessment-link';
import { DisclaimerStep } from '../disclaimer/disclaimer-step';
import { BOOKING_CLOCK } from '../time/zoned-time';
import {
  applyQuestionErrors,
  createSelfAssessmentForm,
  selfAssessmentRequest,
} from './self-assessment-form';
import { SelfAssessmentQuestions } from './self-assessment-questions';
import { SelfAssessmentResult } from './self-assessment-result';

export type SelfAssessmentStep = 'disclaimer' | 'questions' | 'result';
const STEPS: readonly Exclude<SelfAssessmentStep, 'result'>[] = ['disclaimer', 'questions'];

const STEP_TITLE_KEYS: Readonly<Record<SelfAssessmentStep, string>> = {
  disclaimer: 'booking.selfAssessment.steps.disclaimer',
  questions: 'booking.selfAssessment.steps.questions',
  result: 'booking.selfAssessment.steps.result',
};

/**
 * /self-assessment: a visitor without an account accepts the disclaimer, answers a short
 * questionnaire and reads the likely answer with its reasons, then may book a consultation
 * that carries it (the booking asks for its own acknowledgment).
 */
@Component({
  selector: 'intake-self-assessment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DisclaimerStep, SelfAssessmentQuestions, SelfAssessmentResult],
  templateUrl: './self-assessment-page.html',
  styleUrl: '../booking/booking-page.scss',
})
export class SelfAssessmentPage {
  private readonly api = inject(PublicBookingApi);
  private readonly router = inject(Router);
  private readonly link = inject(SelfAssessmentLink);
  private readonly language = inject(LanguageService).current;
  private readonly clock = inject(BOOKING_CLOCK);
  private readonly injector = inject(Injector);
  private readonly stepTitle = viewChild.required<ElementRef<HTMLElement>>('stepTitle');
  private readonly questions = viewChild(SelfAssessmentQuestions);

  protected readonly steps = STEPS;
  protected readonly stepKeys = STEP_TITLE_KEYS;
  protected readonly step = signal<SelfAssessmentStep>('disclaimer');
  protected readonly stepIndex = computed(() => {
    const step = this.step();
    return step === 'result' ? STEPS.length : STEPS.indexOf(step);
  });
  /** A translation key shown above the current step (why the visitor is back, what failed). */
  protected readonly errorKey = signal<string | null>(null);
  protected readonly otherErrors = signal<FieldError[]>([]);
  protected readonly submitting = signal(false);
  protected readonly result = signal<SelfAssessmentDto | null>(null);
  private readonly acknowledgmentToken = signal<string | null>(null);

  /** Kept while the visitor moves between steps, and when the API sends them back. */
  protected readonly form = createSelfAssessmentForm(inject(NonNullableFormBuilder), () =>
    todayIso(this.clock()),
  );

  constructor() {
    let first = true;
    effect(() => {
      this.step();
      if (first) {
        first = false;
        return;
      }
      // Screen readers and keyboards start at the new step, not at the button just pressed.
      afterNextRender(() => this.stepTitle().nativeElement.focus(), { injector: this.injector });
    });
  }

  protected acknowledged(acknowledgment: AcknowledgmentDto): void {
    this.acknowledgmentToken.set(acknowledgment.token);
    this.goTo('questions');
  }

  protected showError(key: string): void {
    this.errorKey.set(key);
  }

  protected questionsIncomplete(): void {
    this.errorKey.set('errors.checkFields');
  }

  /** Sent once at a time; the answers stay whatever the API says. */
  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    const token = this.acknowledgmentToken();
    if (!token) {
      this.goTo('disclaimer', 'booking.selfAssessment.errors.acknowledgeAgain');
      return;
    }
    const body = selfAssessmentRequest(this.form, token, this.language());
    this.submitting.set(true);
    this.errorKey.set(null);
    this.otherErrors.set([]);
    try {
      const result = await firstValueFrom(this.api.selfAssessment(body));
      this.result.set(result);
      this.goTo('result');
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      this.handle(problem);
    } finally {
      this.submitting.set(false);
    }
  }

  protected edit(): void {
    this.goTo('questions');
  }

  /** To /book with the token in memory (not in the URL): the booking then links this answer. */
  protected book(): void {
    const result = this.result();
    if (!result) {
      return;
    }
    this.link.set({ token: result.token, answer: result.answer });
    void this.router.navigateByUrl('/book');
  }

  private goTo(step: SelfAssessmentStep, errorKey: string | null = null): void {
    this.errorKey.set(errorKey);
    this.step.set(step);
  }

  private handle(problem: Problem): void {
    const kind = problemKind(problem.type);
    if (problem.status === 428) {
      this.acknowledgmentToken.set(null);
      this.goTo('disclaimer', 'booking.selfAssessment.errors.acknowledgeAgain');
    } else if (problem.status === 409 && kind === 'disclaimer-outdated') {
      this.acknowledgmentToken.set(null);
      this.goTo('disclaimer', 'booking.errors.disclaimerChanged');
    } else if (problem.status === 400 && (problem.errors ?? []).length > 0) {
      this.otherErrors.set(applyQuestionErrors(this.form, problem));
      this.errorKey.set('errors.checkFields');
      this.questions()?.showErrors();
    } else if (problem.status === 422) {
      this.errorKey.set('booking.selfAssessment.errors.unavailable');
    } else {
      this.errorKey.set(visitorErrorKey(problem.status));
    }
  }
}
