import { DestroyRef, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { DraftsApi } from '../data/drafts-api';

/** Unsaved input is sent to the server this long after the last keystroke. */
export const DRAFT_DEBOUNCE_MS = 1000;

export type DraftState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Keeps one form's unsaved input as a server-side draft: `schedule()` on every change (debounced),
 * `discard()` after a successful save or when the user throws the draft away. A save still in
 * flight is awaited before the delete, so a late autosave cannot bring a discarded draft back.
 * Create it in an injection context.
 */
export class DraftAutosave {
  private readonly api = inject(DraftsApi);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Record<string, unknown> | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private generation = 0;

  readonly state = signal<DraftState>('idle');
  /** When the last draft was stored (ISO timestamp). */
  readonly savedAt = signal<string | null>(null);

  constructor(
    readonly key: string,
    private readonly debounceMs = DRAFT_DEBOUNCE_MS,
  ) {
    inject(DestroyRef).onDestroy(() => {
      // Leaving the page: store what is still waiting instead of losing it.
      if (this.timer !== null) {
        clearTimeout(this.timer);
        this.timer = null;
        void this.flush();
      }
    });
  }

  /** The draft stored under the key, or null (also when it cannot be read). */
  async load(): Promise<Record<string, unknown> | null> {
    try {
      return await firstValueFrom(this.api.get(this.key));
    } catch {
      return null;
    }
  }

  schedule(data: Record<string, unknown>): void {
    this.pending = data;
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.debounceMs);
  }

  /** Stores the scheduled data now. */
  async flush(): Promise<void> {
    const data = this.pending;
    this.pending = null;
    if (!data) {
      return this.inFlight;
    }
    const generation = this.generation;
    this.state.set('saving');
    this.inFlight = this.inFlight.then(async () => {
      if (generation !== this.generation) {
        return;
      }
      try {
        await firstValueFrom(this.api.save(this.key, data));
        if (generation === this.generation) {
          this.state.set('saved');
          this.savedAt.set(new Date().toISOString());
        }
      } catch {
        if (generation === this.generation) {
          this.state.set('failed');
        }
      }
    });
    return this.inFlight;
  }

  /** Drops anything scheduled and deletes the stored draft (errors are ignored). */
  async discard(): Promise<void> {
    this.generation++;
    this.pending = null;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.state.set('idle');
    this.savedAt.set(null);
    const previous = this.inFlight;
    this.inFlight = previous.then(async () => {
      try {
        await firstValueFrom(this.api.remove(this.key));
      } catch {
        // A draft left behind is harmless: it is offered again, and can be discarded then.
      }
    });
    return this.inFlight;
  }
}
