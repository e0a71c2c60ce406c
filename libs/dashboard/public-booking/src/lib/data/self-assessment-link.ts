import { Injectable, signal } from '@angular/core';
import type { SelfAssessmentAnswer } from '@intake/shared/contracts';

export interface LinkedSelfAssessment {
  /** Given once by the API; sent as `preScreen.selfAssessmentToken` to link the booking. */
  token: string;
  answer: SelfAssessmentAnswer;
}

/**
 * Carries the self-assessment a visitor just ran to the booking page, in memory only: its
 * token links the two, so it stays out of the URL (and of history and logs). Cleared once a
 * booking used it (the API links a self-assessment to one request only).
 */
@Injectable({ providedIn: 'root' })
export class SelfAssessmentLink {
  private readonly state = signal<LinkedSelfAssessment | null>(null);
  readonly current = this.state.asReadonly();

  set(linked: LinkedSelfAssessment): void {
    this.state.set(linked);
  }

  clear(): void {
    this.state.set(null);
  }
}
