import { type Signal, computed, signal } from '@angular/core';
import type { PageEvent } from '@angular/material/paginator';
import type { PageStatus } from '@intake/dashboard/ui';
import { type Observable, firstValueFrom } from 'rxjs';

/**
 * The data of one section of the case page: the first load (spinner, error with retry), reloads
 * that keep what is shown, and answers to older requests ignored.
 */
export class SectionData<T> {
  private request = 0;
  private lastId: string | null = null;
  private readonly state = signal<T | null>(null);
  private readonly failed = signal(false);

  readonly value = this.state.asReadonly();
  /** Loading or failed before anything could be shown. */
  readonly status = computed<'loading' | 'error' | 'ready'>(() =>
    this.state() !== null ? 'ready' : this.failed() ? 'error' : 'loading',
  );
  /** A reload failed; the earlier data is still shown. */
  readonly reloadFailed = computed(() => this.failed() && this.state() !== null);

  constructor(private readonly fetch: (id: string) => Observable<T>) {}

  /** Loads the data of the case (or client) `id`, dropping what belonged to another one. */
  async load(id: string): Promise<void> {
    const request = ++this.request;
    if (this.lastId !== id) {
      this.lastId = id;
      this.state.set(null);
    }
    this.failed.set(false);
    try {
      const value = await firstValueFrom(this.fetch(id));
      if (request === this.request) {
        this.state.set(value);
      }
    } catch {
      if (request === this.request) {
        this.failed.set(true);
      }
    }
  }

  /** Fetches again what was last loaded. */
  async reload(): Promise<void> {
    if (this.lastId !== null) {
      await this.load(this.lastId);
    }
  }

  /** Shows a value the API answered in full (e.g. a regenerated checklist). */
  set(value: T): void {
    this.request++;
    this.failed.set(false);
    this.state.set(value);
  }

  /** Applies a change the API answered (a new row, a new version). */
  update(change: (value: T) => T): void {
    const value = this.state();
    if (value !== null) {
      this.state.set(change(value));
    }
  }
}

/** `PageState`'s status for a list section. */
export function listStatus<T>(data: SectionData<readonly T[]>): Signal<PageStatus> {
  return computed(() => {
    const status = data.status();
    return status === 'ready' && (data.value()?.length ?? 0) === 0 ? 'empty' : status;
  });
}

export const SECTION_PAGE_SIZE = 10;

/** Pages a list held in the browser (sections get every row from the API at once). */
export class LocalPager<T> {
  readonly index = signal(0);
  readonly length = computed(() => this.items().length);
  /** No paginator for a single page. */
  readonly needed = computed(() => this.length() > this.size);
  readonly rows = computed(() => {
    const last = Math.max(0, Math.ceil(this.length() / this.size) - 1);
    const index = Math.min(this.index(), last);
    return this.items().slice(index * this.size, (index + 1) * this.size);
  });
  readonly shownIndex = computed(() =>
    Math.min(this.index(), Math.max(0, Math.ceil(this.length() / this.size) - 1)),
  );

  constructor(
    private readonly items: Signal<readonly T[]>,
    readonly size = SECTION_PAGE_SIZE,
  ) {}

  onPage(event: PageEvent): void {
    this.index.set(event.pageIndex);
  }
}
