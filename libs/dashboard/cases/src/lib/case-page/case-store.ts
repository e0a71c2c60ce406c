import { Injectable, type Signal, computed, inject, signal } from '@angular/core';
import { AuthService, parseProblem } from '@intake/dashboard/core';
import type { CaseDto, StaffMemberDto } from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';

export type CaseLoadState = 'loading' | 'ready' | 'notFound' | 'error';

/** Parts of the page the API changes as a side effect of another change (e.g. a stage move). */
export type CasePart = 'moves' | 'history' | 'deadlines' | 'checklist';

/**
 * The case shown on the case page, shared by its sections (provided by the page). Sections load
 * their own lists and reload them when `invalidate` names their part.
 */
@Injectable()
export class CaseStore {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private requestId = 0;
  private readonly revisions = signal<Readonly<Record<CasePart, number>>>({
    moves: 0,
    history: 0,
    deadlines: 0,
    checklist: 0,
  });
  private readonly revisionOf: Readonly<Record<CasePart, Signal<number>>> = {
    moves: computed(() => this.revisions().moves),
    history: computed(() => this.revisions().history),
    deadlines: computed(() => this.revisions().deadlines),
    checklist: computed(() => this.revisions().checklist),
  };

  readonly current = signal<CaseDto | null>(null);
  readonly loadState = signal<CaseLoadState>('loading');
  /** Changes only when another case is shown (not on every save), for the sections' loads. */
  readonly caseId = computed(() => this.current()?.id ?? null);
  readonly clientId = computed(() => this.current()?.clientId ?? null);

  readonly staff = signal<readonly StaffMemberDto[]>([]);
  readonly staffFailed = signal(false);
  /** Who may be the responsible lawyer (the API takes lawyers and admins). */
  readonly lawyers = computed(() =>
    this.staff().filter((member) => member.role === 'lawyer' || member.role === 'admin'),
  );
  /** Lawyers and admins review documents, record decisions and delete deadlines. */
  readonly isLawyer = computed(() => {
    const role = this.auth.role();
    return role === 'lawyer' || role === 'admin';
  });

  /** Bumps whenever one of the parts must be fetched again. */
  revision(part: CasePart): Signal<number> {
    return this.revisionOf[part];
  }

  invalidate(...parts: CasePart[]): void {
    this.revisions.update((current) => {
      const next = { ...current };
      for (const part of parts) {
        next[part] += 1;
      }
      return next;
    });
  }

  async load(id: string): Promise<void> {
    const request = ++this.requestId;
    if (this.current()?.id !== id) {
      this.current.set(null);
      this.loadState.set('loading');
    }
    try {
      const found = await firstValueFrom(this.api.get(id));
      if (request === this.requestId) {
        this.current.set(found);
        this.loadState.set('ready');
      }
    } catch (error: unknown) {
      if (request !== this.requestId) {
        return;
      }
      const problem = parseProblem(error);
      if (!problem || this.current()) {
        // Keep showing what we have; the caller reports the failure.
        throw error;
      }
      this.loadState.set(problem.status === 404 || problem.status === 400 ? 'notFound' : 'error');
    }
  }

  /** Fetches the latest version of the case shown (after a 409). */
  async reload(): Promise<void> {
    const shown = this.current();
    if (shown) {
      await this.load(shown.id);
    }
  }

  /** Makes a case answered by a save on this page the current one. */
  apply(updated: CaseDto): void {
    const shown = this.current();
    if (!shown || (shown.id === updated.id && updated.version >= shown.version)) {
      this.current.set(updated);
    }
  }

  async loadStaff(): Promise<void> {
    this.staffFailed.set(false);
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.staffFailed.set(true);
    }
  }
}
