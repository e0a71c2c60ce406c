import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AcknowledgmentDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { DisclaimerStep } from '../disclaimer/disclaimer-step';
import { BookingSummary } from '../summary/booking-summary';
import { AboutStep } from './about-step';
import { BOOKING_STEPS, BookingDraft, type BookingStep } from './booking-draft';
import { ConsultationStep } from './consultation-step';
import { ReviewStep } from './review-step';

const STEP_TITLE_KEYS: Readonly<Record<BookingStep, string>> = {
  disclaimer: 'booking.steps.disclaimer',
  consultation: 'booking.steps.consultation',
  about: 'booking.steps.about',
  review: 'booking.steps.review',
  done: 'booking.confirmation.title',
};

/**
 * /book: a visitor without an account acknowledges the disclaimer, picks a consultation and a
 * free time, answers the pre-screen, reviews and books. The steps share one draft, so going back
 * (or being sent back by the API) loses nothing.
 */
@Component({
  selector: 'intake-booking-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    TranslatePipe,
    DisclaimerStep,
    ConsultationStep,
    AboutStep,
    ReviewStep,
    BookingSummary,
  ],
  providers: [BookingDraft],
  templateUrl: './booking-page.html',
  styleUrl: './booking-page.scss',
})
export class BookingPage {
  protected readonly draft = inject(BookingDraft);
  private readonly injector = inject(Injector);
  private readonly stepTitle = viewChild.required<ElementRef<HTMLElement>>('stepTitle');

  protected readonly steps = BOOKING_STEPS;
  protected readonly stepKeys = STEP_TITLE_KEYS;
  protected readonly step = this.draft.step;
  protected readonly stepIndex = computed(() => {
    const step = this.step();
    return step === 'done' ? BOOKING_STEPS.length : BOOKING_STEPS.indexOf(step);
  });

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
    const draft = this.draft;
    draft.acknowledgmentToken.set(acknowledgment.token);
    if (!draft.picked() || !draft.mode()) {
      draft.goTo('consultation');
    } else {
      // Sent back by the API after choosing everything: straight back to the review.
      draft.goTo(draft.form.valid ? 'review' : 'about');
    }
  }

  protected showError(key: string): void {
    this.draft.errorKey.set(key);
  }

  protected bookAnother(): void {
    this.draft.startAnother();
  }
}
