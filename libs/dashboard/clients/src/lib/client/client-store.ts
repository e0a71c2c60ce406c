import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService, parseProblem } from '@intake/dashboard/core';
import type { ClientDto } from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClientsApi } from '../data/clients-api';

export type ClientLoadState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * The client shown on the client page, shared by its sections (provided by the page). Every save
 * answers the whole client with its new version, which `apply` makes current for all sections.
 */
@Injectable()
export class ClientStore {
  private readonly api = inject(ClientsApi);
  private readonly auth = inject(AuthService);
  private requestId = 0;
  private readonly dirty = signal<ReadonlySet<string>>(new Set());
  /** Versions produced by saves made on this page. */
  private readonly own = new Set<number>();

  readonly client = signal<ClientDto | null>(null);
  readonly loadState = signal<ClientLoadState>('loading');
  /** Lawyers and admins see full numbers, decide conflicts and delete clients. */
  readonly isLawyerOrAdmin = computed(() => {
    const role = this.auth.role();
    return role === 'lawyer' || role === 'admin';
  });
  readonly userId = computed(() => this.auth.user()?.id ?? null);
  /** Sections holding unsaved edits. */
  readonly dirtySections = this.dirty.asReadonly();
  /** Bumped by `reload()`, so sections can tell a reload from their own save. */
  readonly reloads = signal(0);

  async load(id: string): Promise<void> {
    const request = ++this.requestId;
    if (this.client()?.id !== id) {
      this.client.set(null);
      this.loadState.set('loading');
    }
    try {
      const client = await firstValueFrom(this.api.get(id));
      if (request === this.requestId) {
        this.client.set(client);
        this.loadState.set('ready');
      }
    } catch (error: unknown) {
      if (request !== this.requestId) {
        return;
      }
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (this.client()) {
        // Keep showing what we have; the caller reports the failure.
        throw error;
      }
      this.loadState.set(problem.status === 404 || problem.status === 400 ? 'notFound' : 'error');
    }
  }

  /** Fetches the latest version (after a 409). */
  async reload(): Promise<void> {
    const client = this.client();
    if (client) {
      await this.load(client.id);
      this.reloads.update((n) => n + 1);
    }
  }

  /** Makes a client answered by a save on this page the current one. */
  apply(client: ClientDto): void {
    const current = this.client();
    if (current && current.id !== client.id) {
      this.own.clear();
    }
    if (!current || current.id !== client.id || client.version >= current.version) {
      this.own.add(client.version);
      this.client.set(client);
    }
  }

  /**
   * The version a section filled at `base` saves under: the current one when every change since
   * was a save made on this page (another section), else `base`, so that a change made by
   * someone else meanwhile is answered with 409 instead of being overwritten.
   */
  versionFor(base: number): number {
    const current = this.client()?.version ?? base;
    for (let version = base + 1; version <= current; version++) {
      if (!this.own.has(version)) {
        return base;
      }
    }
    return current;
  }

  setDirty(section: string, dirty: boolean): void {
    const current = this.dirty();
    if (current.has(section) === dirty) {
      return;
    }
    const next = new Set(current);
    if (dirty) {
      next.add(section);
    } else {
      next.delete(section);
    }
    this.dirty.set(next);
  }

  hasUnsavedChanges(): boolean {
    return this.dirty().size > 0;
  }
}
