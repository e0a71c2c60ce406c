import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { LanguageService } from '@intake/dashboard/core';
import type {
  CreatePublicBookingRequest,
  Language,
  MeetingMode,
  Problem,
  PublicBookingDto,
} from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { newIdempotencyKey } from '../data/booking-domain';
import { PublicBookingApi, type PublicConsultationTypeDto } from '../data/public-booking-api';
import { SelfAssessmentLink } from '../data/self-assessment-link';
import type { PickedSlot } from '../slots/slot-picker';
import { type BookingForm, createBookingForm } from './booking-form';

export type BookingStep = 'disclaimer' | 'consultation' | 'about' | 'review' | 'done';
export const BOOKING_STEPS: readonly Exclude<BookingStep, 'done'>[] = [
  'disclaimer',
  'consultation',
  'about',
  'review',
];

/**
 * Everything the visitor has chosen and typed on the booking page, kept while they move between
 * steps (and when an answer of the API sends them back to one).
 */
@Injectable()
export class BookingDraft {
  private readonly api = inject(PublicBookingApi);
  private readonly language = inject(LanguageService).current;
  private readonly selfAssessmentLink = inject(SelfAssessmentLink);

  readonly step = signal<BookingStep>('disclaimer');
  /** A translation key shown above the current step (why the visitor is back, what failed). */
  readonly errorKey = signal<string | null>(null);
  readonly acknowledgmentToken = signal<string | null>(null);

  readonly types = signal<PublicConsultationTypeDto[] | null>(null);
  readonly typesFailed = signal(false);
  readonly typeCode = signal<string | null>(null);
  readonly mode = signal<MeetingMode | null>(null);
  readonly periodStart = signal<string | null>(null);
  readonly picked = signal<PickedSlot | null>(null);
  readonly booking = signal<PublicBookingDto | null>(null);
  /** Field errors of the API, for the pre-screen to show under its fields. */
  readonly fieldProblem = signal<Problem | null>(null);

  readonly form: BookingForm = createBookingForm(
    inject(NonNullableFormBuilder),
    untracked(this.language),
  );

  /** The self-assessment run just before coming here, linked to the request when booking. */
  readonly selfAssessment = this.selfAssessmentLink.current;

  readonly type = computed(
    () => this.types()?.find((type) => type.code === this.typeCode()) ?? null,
  );
  readonly modes = computed(() => this.type()?.modes ?? []);

  private typesRequest = 0;
  /** The submission in flight or of unknown outcome (network failure): retried with its key. */
  private attempt: { key: string; body: string } | null = null;

  constructor() {
    effect(() => {
      const program = this.form.controls.preScreen.controls.programOfInterest;
      // Came from the self-assessment, which is about the Canadian Experience Class.
      if (this.selfAssessment() && untracked(() => program.value === '')) {
        program.setValue('cec_express_entry');
      }
    });
    effect(() => {
      const language = this.language();
      untracked(() => {
        void this.loadTypes(language);
        this.followLanguage(language);
      });
    });
  }

  goTo(step: BookingStep, errorKey: string | null = null): void {
    this.errorKey.set(errorKey);
    this.step.set(step);
  }

  /**
   * The Idempotency-Key for this submission: the same as the previous attempt when that one's
   * outcome is unknown and nothing changed since, a new one otherwise.
   */
  idempotencyKeyFor(body: CreatePublicBookingRequest): string {
    const json = JSON.stringify(body);
    if (this.attempt?.body !== json) {
      this.attempt = { key: newIdempotencyKey(), body: json };
    }
    return this.attempt.key;
  }

  /** The API answered the attempt (it was refused): the next one is a new submission. */
  forgetAttempt(): void {
    this.attempt = null;
  }

  completed(booking: PublicBookingDto): void {
    this.attempt = null;
    // The API links a self-assessment to one request only.
    this.selfAssessmentLink.clear();
    this.booking.set(booking);
    this.goTo('done');
  }

  /** Another booking by the same visitor: the acknowledgment and the details stay. */
  startAnother(): void {
    this.attempt = null;
    this.booking.set(null);
    this.picked.set(null);
    this.goTo('consultation');
  }

  /** The API refused to link the self-assessment (already linked): book without it. */
  dropSelfAssessment(): void {
    this.selfAssessmentLink.clear();
  }

  /** Types are named in the page language: reloaded when it changes. */
  async loadTypes(language: Language = this.language()): Promise<void> {
    const id = ++this.typesRequest;
    this.typesFailed.set(false);
    try {
      const types = await firstValueFrom(this.api.consultationTypes(language));
      if (id !== this.typesRequest) {
        return;
      }
      this.types.set(types);
      const current = this.typeCode();
      if (current === null || !types.some((type) => type.code === current)) {
        this.selectType(types.length === 1 ? types[0].code : null);
      }
    } catch {
      if (id === this.typesRequest) {
        this.types.set(null);
        this.typesFailed.set(true);
      }
    }
  }

  selectType(code: string | null): void {
    if (code === this.typeCode() && code !== null) {
      return;
    }
    this.typeCode.set(code);
    this.picked.set(null);
    this.periodStart.set(null);
    const modes = this.modes();
    const mode = this.mode();
    if (mode === null || !modes.includes(mode)) {
      this.mode.set(modes.length === 1 ? modes[0] : null);
    }
  }

  /** The preferred language follows the page language until the visitor chooses one. */
  private followLanguage(language: Language): void {
    const control = this.form.controls.preScreen.controls.preferredLanguage;
    if (control.pristine && control.value !== language) {
      control.setValue(language);
    }
  }
}
