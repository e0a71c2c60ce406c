import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LanguageService, parseProblem } from '@intake/dashboard/core';
import { PageState, type PageStatus } from '@intake/dashboard/ui';
import type {
  AcknowledgmentDto,
  AcknowledgmentPurpose,
  Language,
  PublicDisclaimerDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { problemKind, visitorErrorKey } from '../data/booking-domain';
import { PublicBookingApi } from '../data/public-booking-api';

/**
 * The firm's two statements in the page language, each with its own box to tick (neither ticked
 * at first). Continuing records the acknowledgment of that text, in that language; switching
 * the language shows the other text and asks again.
 */
@Component({
  selector: 'intake-disclaimer-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, PageState, TranslatePipe],
  templateUrl: './disclaimer-step.html',
  styleUrl: './disclaimer-step.scss',
})
export class DisclaimerStep {
  private readonly api = inject(PublicBookingApi);
  private readonly language = inject(LanguageService).current;

  readonly purpose = input<AcknowledgmentPurpose>('booking');
  readonly acknowledged = output<AcknowledgmentDto>();
  /** A translation key to show the visitor. */
  readonly failed = output<string>();

  protected readonly text = signal<PublicDisclaimerDto | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly acceptGeneral = signal(false);
  protected readonly acceptConfidentiality = signal(false);
  protected readonly submitting = signal(false);
  private requestId = 0;

  protected readonly status = computed<PageStatus>(() => {
    if (this.loadFailed()) {
      return 'error';
    }
    return this.text() ? 'ready' : 'loading';
  });
  protected readonly canContinue = computed(
    () =>
      this.text() !== null &&
      this.acceptGeneral() &&
      this.acceptConfidentiality() &&
      !this.submitting(),
  );

  constructor() {
    effect(() => {
      const language = this.language();
      untracked(() => void this.load(language));
    });
  }

  protected reload(): void {
    void this.load(this.language());
  }

  /** Another text (language, version) needs its own ticks. */
  private async load(language: Language): Promise<void> {
    const id = ++this.requestId;
    this.text.set(null);
    this.loadFailed.set(false);
    this.acceptGeneral.set(false);
    this.acceptConfidentiality.set(false);
    try {
      const text = await firstValueFrom(this.api.disclaimer(language));
      if (id === this.requestId) {
        this.text.set(text);
      }
    } catch {
      if (id === this.requestId) {
        this.loadFailed.set(true);
      }
    }
  }

  protected async continue(): Promise<void> {
    const text = this.text();
    if (!text || !this.canContinue()) {
      return;
    }
    this.submitting.set(true);
    try {
      const acknowledgment = await firstValueFrom(
        this.api.acknowledge({
          versionId: text.versionId,
          hash: text.hash,
          locale: text.locale,
          acceptsGeneralInformation: this.acceptGeneral(),
          acceptsNoConfidentiality: this.acceptConfidentiality(),
          purpose: this.purpose(),
        }),
      );
      this.acknowledged.emit(acknowledgment);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 409 && problemKind(problem.type) === 'disclaimer-outdated') {
        this.failed.emit('booking.errors.disclaimerChanged');
        await this.load(text.locale);
      } else {
        this.failed.emit(visitorErrorKey(problem.status));
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
