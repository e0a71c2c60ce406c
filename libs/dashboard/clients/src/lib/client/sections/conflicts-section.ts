import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { AuthService, LanguageService, parseProblem } from '@intake/dashboard/core';
import { Icon, TimestampPipe } from '@intake/dashboard/ui';
import type { ConflictCheckDto, ConflictDecision } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ClientsApi } from '../../data/clients-api';
import {
  CONFLICT_DECISION_LABEL_KEYS,
  CONFLICT_DECISION_LIST,
  conflictRoleKey,
} from '../../data/domain';
import { ConflictChip } from '../../ui/status-chips';
import { SERVER_ERROR_KEY } from '@intake/dashboard/core';
import { ClientFieldErrorPipe } from '../../util/form-errors';
import { ClientStore } from '../client-store';
import { conflictPermissions, conflictReason, decisionError } from './conflict-rules';

/**
 * Conflicts: run a conflict-of-interest check over everyone on the file, compare each possible
 * match side by side, and (lawyers and admins) record the decision.
 */
@Component({
  selector: 'intake-conflicts-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    ClientFieldErrorPipe,
    ConflictChip,
    Icon,
    TimestampPipe,
  ],
  templateUrl: './conflicts-section.html',
  styleUrl: './conflicts-section.scss',
})
export class ConflictsSection implements OnInit {
  private readonly api = inject(ClientsApi);
  private readonly store = inject(ClientStore);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly checks = signal<ConflictCheckDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly running = signal(false);
  protected readonly deciding = signal<ConflictDecision | null>(null);
  protected readonly notice = signal<{ key: string; reload: boolean } | null>(null);
  protected readonly decisions = CONFLICT_DECISION_LIST;
  protected readonly decisionLabelKeys = CONFLICT_DECISION_LABEL_KEYS;
  protected readonly roleKey = conflictRoleKey;
  protected readonly reasonText = conflictReason;

  protected readonly latest = computed(() => this.checks()[0] ?? null);
  protected readonly earlier = computed(() => this.checks().slice(1));
  protected readonly permissions = computed(() =>
    conflictPermissions(this.auth.role(), this.latest()),
  );
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const client = this.store.client();
    if (!client) {
      return;
    }
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.checks.set(await firstValueFrom(this.api.conflictChecks(client.id)));
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected async reload(): Promise<void> {
    this.notice.set(null);
    await this.load();
  }

  protected async run(): Promise<void> {
    const client = this.store.client();
    if (!client || this.running()) {
      return;
    }
    this.running.set(true);
    this.notice.set(null);
    try {
      const check = await firstValueFrom(this.api.runConflictCheck(client.id));
      this.checks.update((all) => [check, ...all]);
      this.reason.reset('');
      this.syncClientStatus(check);
      this.toast('clients.conflicts.toast.ran', { count: check.matches.length });
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.running.set(false);
    }
  }

  protected async decide(decision: ConflictDecision): Promise<void> {
    const client = this.store.client();
    const check = this.latest();
    if (!client || !check || this.deciding()) {
      return;
    }
    this.notice.set(null);
    const local = decisionError(decision, this.reason.value);
    if (local) {
      this.reason.setErrors({ [local]: true });
      this.reason.markAsTouched();
      return;
    }
    this.deciding.set(decision);
    try {
      const decided = await firstValueFrom(
        this.api.decideConflict(client.id, check.id, {
          version: check.version,
          decision,
          reason: this.reason.value.trim() || null,
        }),
      );
      this.checks.update((all) => all.map((c) => (c.id === decided.id ? decided : c)));
      this.reason.reset('');
      this.syncClientStatus(decided);
      this.toast('clients.conflicts.toast.decided', {});
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.deciding.set(null);
    }
  }

  private showProblem(error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    if (problem.status === 409) {
      this.notice.set({ key: 'clients.conflicts.errors.stale', reload: true });
    } else if (problem.status === 400) {
      const reasonError = problem.errors?.find((e) => e.field === 'reason');
      if (reasonError) {
        this.reason.setErrors({ [SERVER_ERROR_KEY]: reasonError.message });
        this.reason.markAsTouched();
      }
      this.notice.set({ key: 'errors.checkFields', reload: false });
    } else if (problem.status === 403) {
      this.notice.set({ key: 'clients.errors.forbidden', reload: false });
    } else {
      this.notice.set({
        key: problem.status === 0 ? 'errors.network' : 'errors.generic',
        reload: false,
      });
    }
  }

  /** The client's conflict status is its latest check's. */
  private syncClientStatus(check: ConflictCheckDto): void {
    if (this.latest()?.id !== check.id) {
      return;
    }
    this.store.client.update((c) => (c ? { ...c, conflictStatus: check.status } : c));
  }

  private toast(key: string, params: Record<string, string | number>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
