import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthService, parseProblem } from '@intake/dashboard/core';
import { Icon } from '@intake/dashboard/ui';
import type { FieldError } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IdentityFields, type IdentityValue, createIdentityForm, identityToRequest } from '../client/sections/identity-form';
import { ClientsApi } from '../data/clients-api';
import { draftKey } from '../data/drafts-api';
import { ClientIcon } from '../ui/client-icon';
import { DraftAutosave } from '../util/draft-autosave';
import { applySectionProblem, intakeServerMessage } from '../util/form-errors';
import { type HasUnsavedChanges, warnBeforeUnload } from '../util/unsaved-changes';

export const NEW_CLIENT_DRAFT_KEY = draftKey('client', 'new');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * New client: the identity section. The input is kept as a draft while typing (restored after a
 * reload); once created, the client page opens.
 */
@Component({
  selector: 'intake-new-client-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  imports: [ReactiveFormsModule, RouterLink, MatButton, TranslatePipe, Icon, ClientIcon, IdentityFields],
  templateUrl: './new-client-page.html',
  styleUrl: './new-client-page.scss',
})
export class NewClientPage implements HasUnsavedChanges {
  private readonly api = inject(ClientsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly draft = new DraftAutosave(NEW_CLIENT_DRAFT_KEY);

  protected readonly userId = this.auth.user()?.id ?? null;
  protected readonly form = createIdentityForm();
  protected readonly saving = signal(false);
  protected readonly dirty = signal(false);
  protected readonly draftRestored = signal(false);
  protected readonly draftState = this.draft.state;
  protected readonly errorKey = signal<string | null>(null);
  protected readonly details = signal<(FieldError & { key: string; params?: Record<string, string | number> })[]>([]);
  private created = false;
  private quiet = false;

  constructor() {
    // New clients are assigned to whoever creates them, unless changed.
    this.form.controls.assignedTo.setValue(this.userId);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => this.dirty.set(this.form.dirty));
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (!this.quiet && this.form.dirty && !this.created) {
        this.draft.schedule({ identity: this.form.getRawValue() });
      }
    });
    void this.restoreDraft();
  }

  hasUnsavedChanges(): boolean {
    return !this.created && this.form.dirty;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnBeforeUnload(event, this.hasUnsavedChanges());
  }

  protected async save(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.errorKey.set(null);
    this.details.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.errorKey.set('errors.checkFields');
      return;
    }
    this.saving.set(true);
    try {
      const client = await firstValueFrom(
        this.api.create(identityToRequest(this.form.getRawValue() as IdentityValue)),
      );
      this.created = true;
      await this.draft.discard();
      this.toast('clients.toast.created', { fileNumber: client.fileNumber });
      await this.router.navigate(['/clients', client.id], { replaceUrl: true });
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 400) {
        const unmatched = applySectionProblem(this.form, problem);
        this.details.set(unmatched.map((e) => ({ ...e, ...intakeServerMessage(e.message) })));
        this.errorKey.set('errors.checkFields');
      } else {
        this.errorKey.set(problem.status === 0 ? 'errors.network' : 'errors.generic');
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async discardDraft(): Promise<void> {
    this.quiet = true;
    try {
      this.form.reset();
      this.form.controls.assignedTo.setValue(this.userId);
    } finally {
      this.quiet = false;
    }
    this.form.markAsPristine();
    this.dirty.set(false);
    this.draftRestored.set(false);
    await this.draft.discard();
    this.toast('clients.toast.draftDiscarded', {});
  }

  private async restoreDraft(): Promise<void> {
    const data = await this.draft.load();
    const identity = data?.['identity'];
    if (!isRecord(identity) || this.form.dirty) {
      return;
    }
    this.quiet = true;
    try {
      this.form.patchValue(identity as Partial<IdentityValue>);
    } finally {
      this.quiet = false;
    }
    this.form.markAsDirty();
    this.dirty.set(true);
    this.draftRestored.set(true);
  }

  private toast(key: string, params: Record<string, string>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
