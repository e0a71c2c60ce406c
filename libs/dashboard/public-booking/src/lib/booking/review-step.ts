import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LANGUAGE_LABEL_KEYS, parseProblem, toFormPath } from '@intake/dashboard/core';
import type { Problem } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PROGRAM_LABEL_KEYS, problemKind, visitorErrorKey } from '../data/booking-domain';
import { PublicBookingApi } from '../data/public-booking-api';
import { BookingSummary } from '../summary/booking-summary';
import { BookingDraft } from './booking-draft';
import { bookingRequest } from './booking-form';

/** Step 4: everything once more, then the booking itself. */
@Component({
  selector: 'intake-review-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe, BookingSummary],
  templateUrl: './review-step.html',
  styleUrl: './booking-steps.scss',
})
export class ReviewStep {
  private readonly api = inject(PublicBookingApi);
  protected readonly draft = inject(BookingDraft);
  protected readonly languageKeys = LANGUAGE_LABEL_KEYS;
  protected readonly submitting = signal(false);

  /** The step is created anew each time it is shown; the form does not change meanwhile. */
  protected readonly person = this.personSnapshot();
  protected readonly typeName = computed(
    () => this.draft.type()?.name ?? this.draft.picked()?.typeName ?? '',
  );

  /** What will be sent (trimmed). */
  private personSnapshot() {
    const value = this.draft.form.controls.preScreen.getRawValue();
    return {
      givenNames: value.givenNames.trim(),
      familyName: value.familyName.trim(),
      email: value.email.trim(),
      phone: value.phone.trim(),
      preferredLanguage: value.preferredLanguage,
      programKey: value.programOfInterest ? PROGRAM_LABEL_KEYS[value.programOfInterest] : null,
      otherParties: value.otherParties.map((p) => ({
        name: p.name.trim(),
        relation: p.relation.trim(),
      })),
    };
  }

  protected changeTime(): void {
    this.draft.goTo('consultation');
  }

  protected edit(): void {
    this.draft.goTo('about');
  }

  /**
   * Books once: the button is disabled while the request runs, and a retry after a network
   * failure carries the same Idempotency-Key, so the API answers it without booking again.
   */
  protected async confirm(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    const draft = this.draft;
    const picked = draft.picked();
    const mode = draft.mode();
    const acknowledgmentToken = draft.acknowledgmentToken();
    if (!acknowledgmentToken) {
      draft.goTo('disclaimer', 'booking.errors.acknowledgeAgain');
      return;
    }
    if (!picked || !mode) {
      draft.goTo('consultation');
      return;
    }
    if (draft.form.invalid) {
      draft.form.markAllAsTouched();
      draft.goTo('about', 'errors.checkFields');
      return;
    }
    const body = bookingRequest(draft.form, {
      slotId: picked.slot.slotId,
      mode,
      acknowledgmentToken,
      selfAssessmentToken: draft.selfAssessment()?.token,
    });
    const key = draft.idempotencyKeyFor(body);
    this.submitting.set(true);
    draft.errorKey.set(null);
    try {
      draft.completed(await firstValueFrom(this.api.book(body, key)));
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

  private handle(problem: Problem): void {
    const draft = this.draft;
    if (problem.status === 0 || problem.status >= 500) {
      // The booking may have gone through: keep the key so that trying again cannot book twice.
      draft.errorKey.set(
        problem.status === 0 ? 'booking.errors.networkRetry' : 'booking.errors.serverRetry',
      );
      return;
    }
    draft.forgetAttempt();
    const kind = problemKind(problem.type);
    if (problem.status === 428) {
      draft.acknowledgmentToken.set(null);
      draft.goTo('disclaimer', 'booking.errors.acknowledgeAgain');
    } else if (problem.status === 409 && kind === 'disclaimer-outdated') {
      draft.acknowledgmentToken.set(null);
      draft.goTo('disclaimer', 'booking.errors.disclaimerChanged');
    } else if (problem.status === 409 && kind === 'slot-taken') {
      draft.picked.set(null);
      draft.goTo('consultation', 'booking.errors.slotTaken');
    } else if (problem.status === 422) {
      draft.picked.set(null);
      draft.goTo('consultation', 'booking.errors.slotUnavailable');
    } else if (problem.status === 400) {
      this.showFieldErrors(problem);
    } else {
      draft.errorKey.set(visitorErrorKey(problem.status));
    }
  }

  private showFieldErrors(problem: Problem): void {
    const draft = this.draft;
    const fields = (problem.errors ?? []).map((e) => e.field);
    if (fields.includes('preScreen.selfAssessmentToken')) {
      // Nothing the visitor can fix: confirming again books without the link.
      draft.dropSelfAssessment();
      draft.errorKey.set('booking.errors.selfAssessmentNotLinked');
    } else if (fields.includes('slotId') || fields.includes('mode')) {
      draft.picked.set(null);
      draft.goTo('consultation', 'booking.errors.slotUnavailable');
    } else if (fields.some((field) => draft.form.get(toFormPath(field)) !== null)) {
      // Put on the fields once the pre-screen is shown again (binding the form revalidates it).
      draft.fieldProblem.set(problem);
      draft.goTo('about', 'errors.checkFields');
    } else {
      draft.errorKey.set('errors.generic');
    }
  }
}
