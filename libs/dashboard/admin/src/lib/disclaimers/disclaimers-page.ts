import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatExpansionPanel,
  MatExpansionPanelDescription,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  LanguageService,
  applyProblemToForm,
  parseProblem,
  serverErrorOf,
} from '@intake/dashboard/core';
import { ConfirmService, PageState, type PageStatus, TimestampPipe } from '@intake/dashboard/ui';
import type { DisclaimerVersionDto, PublishDisclaimerRequest } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DisclaimersApi } from './disclaimers-api';

/** The bounds the API enforces on each statement. */
export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 4000;

const statement = () =>
  new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.minLength(STATEMENT_MIN),
      Validators.maxLength(STATEMENT_MAX),
    ],
  });

const statements = () =>
  new FormGroup({ generalInformation: statement(), noConfidentiality: statement() });

/**
 * Admin → Disclaimer: the version in force (both statements, both languages, its SHA-256), the
 * earlier ones, and publishing a new version. A published version never changes; a new one
 * applies to every acknowledgment and released report from then on.
 */
@Component({
  selector: 'intake-disclaimers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    MatExpansionPanelDescription,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    PageState,
    TimestampPipe,
  ],
  templateUrl: './disclaimers-page.html',
  styleUrl: './disclaimers-page.scss',
})
export class DisclaimersPage {
  private readonly api = inject(DisclaimersApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  protected readonly serverError = serverErrorOf;
  protected readonly max = STATEMENT_MAX;

  protected readonly versions = signal<DisclaimerVersionDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly editing = signal(false);
  protected readonly publishing = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected readonly current = computed(() => this.versions().find((v) => v.current) ?? null);
  protected readonly earlier = computed(() => this.versions().filter((v) => !v.current));
  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    if (this.versions().length > 0) {
      return 'ready';
    }
    return this.loading() ? 'loading' : 'empty';
  });

  protected readonly form = new FormGroup({ en: statements(), fr: statements() });

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      this.versions.set(await firstValueFrom(this.api.list()));
    } catch {
      this.versions.set([]);
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  /** Opens the editor with the texts in force, to amend rather than retype. */
  protected startNewVersion(): void {
    const current = this.current();
    if (current) {
      this.form.reset({ en: { ...current.en }, fr: { ...current.fr } });
    }
    this.formError.set(null);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
  }

  /** Asks first: once published, a version is final and applies to everything new. */
  protected async publish(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.publishing()) {
      return;
    }
    const confirmed = await this.confirm.confirm({
      titleKey: 'admin.disclaimers.confirm.title',
      messageKey: 'admin.disclaimers.confirm.message',
      confirmKey: 'admin.disclaimers.confirm.publish',
      params: { number: (this.current()?.number ?? 0) + 1 },
    });
    if (!confirmed) {
      return;
    }
    this.publishing.set(true);
    this.formError.set(null);
    try {
      const body: PublishDisclaimerRequest = this.form.getRawValue();
      const published = await firstValueFrom(this.api.publish(body));
      this.editing.set(false);
      this.snackBar.open(
        this.translate.instant('admin.disclaimers.published', { number: published.number }),
        undefined,
        { duration: 5000 },
      );
      await this.load();
    } catch (error) {
      const problem = parseProblem(error);
      const unmatched = applyProblemToForm(this.form, problem);
      this.formError.set(
        unmatched.length > 0 || !problem?.errors?.length
          ? (problem?.detail ?? this.translate.instant('admin.disclaimers.publishError'))
          : null,
      );
    } finally {
      this.publishing.set(false);
    }
  }
}
