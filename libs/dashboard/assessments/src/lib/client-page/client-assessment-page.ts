import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  AuthService,
  LANGUAGE_LABEL_KEYS,
  LANGUAGE_LIST,
  LanguageService,
  SERVER_ERROR_KEY,
  parseProblem,
} from '@intake/dashboard/core';
import { ConfirmService, Icon, PageState, type PageStatus } from '@intake/dashboard/ui';
import type {
  AssessmentDto,
  AssessmentSummaryDto,
  ClientDto,
  Language,
} from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssessmentsApi, reportUrl } from '../data/assessments-api';
import { ControlErrorPipe } from '../data/control-error';
import { DateTimePipe, LocalNumberPipe, SignedNumberPipe, isoDate } from '../data/format';
import { LANGUAGE_NAME_KEYS, OUTCOME_KEYS, RULE_SET_KEYS } from '../data/labels';
import { AssessmentResult } from '../result/assessment-result';
import { historyWithChanges } from './history';

export interface PageNotice {
  key: string;
  params?: Record<string, string>;
}

/** Intake fields the API may name when it cannot run an assessment. */
const INTAKE_FIELD_KEYS: Readonly<Record<string, string>> = {
  dateOfBirth: 'assessments.run.fields.dateOfBirth',
  intendedProvince: 'assessments.run.fields.intendedProvince',
};

/** Only lawyers and admins release a report to the client (the API answers 403 to others). */
export const RELEASE_ROLES = ['lawyer', 'admin'] as const;

/**
 * A client's CEC pre-assessment: run one for a date ("what if we apply on …"), read the stored
 * result exactly as the engine gave it, compare with earlier runs, download the PDF and (lawyers)
 * release it to the client.
 */
@Component({
  selector: 'intake-client-assessment-page',
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
    ControlErrorPipe,
    LocalNumberPipe,
    SignedNumberPipe,
    DateTimePipe,
    Icon,
    PageState,
    AssessmentResult,
  ],
  templateUrl: './client-assessment-page.html',
  styleUrl: './client-assessment-page.scss',
})
export class ClientAssessmentPage {
  private readonly api = inject(AssessmentsApi);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).current;

  /** Route parameters (bound by the router). */
  readonly clientId = input.required<string>();
  readonly assessmentId = input<string | undefined>(undefined);

  protected readonly client = signal<ClientDto | null>(null);
  protected readonly summaries = signal<AssessmentSummaryDto[]>([]);
  protected readonly current = signal<AssessmentDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingDetail = signal(false);
  protected readonly failed = signal<'client' | 'assessment' | null>(null);
  protected readonly running = signal(false);
  protected readonly releasing = signal(false);
  protected readonly notice = signal<PageNotice | null>(null);

  protected readonly runForm = new FormGroup({
    asOf: new FormControl(isoDate(), { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly asOf = this.runForm.controls.asOf;
  protected readonly reportLanguageControl = new FormControl<Language>('en', { nonNullable: true });
  protected readonly reportLanguage = toSignal(this.reportLanguageControl.valueChanges, {
    initialValue: this.reportLanguageControl.value,
  });

  protected readonly languages = LANGUAGE_LIST;
  protected readonly languageKeys = LANGUAGE_LABEL_KEYS;
  protected readonly languageNameKeys = LANGUAGE_NAME_KEYS;
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly ruleSetKeys = RULE_SET_KEYS;

  protected readonly canRelease = computed(() => this.auth.hasRole(RELEASE_ROLES));
  protected readonly history = computed(() => historyWithChanges(this.summaries()));
  protected readonly clientName = computed(() => {
    const client = this.client();
    return client ? `${client.givenNames} ${client.familyName}` : '';
  });
  protected readonly reportHref = computed(() => {
    const current = this.current();
    return current ? reportUrl(current.clientId, current.id, this.reportLanguage()) : null;
  });
  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    if (this.loading()) {
      return 'loading';
    }
    return this.current() ? 'ready' : 'empty';
  });
  protected readonly errorKey = computed(() =>
    this.failed() === 'assessment' ? 'assessments.page.assessmentLoadError' : 'assessments.page.loadError',
  );

  private requestId = 0;
  private loadedClientId: string | null = null;

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      const assessmentId = this.assessmentId();
      untracked(() => void this.load(clientId, assessmentId));
    });
  }

  /** Loads the client and the history once per client, then the assessment asked for (or the newest). */
  async load(clientId: string, assessmentId: string | undefined): Promise<void> {
    const id = ++this.requestId;
    this.failed.set(null);
    try {
      if (this.loadedClientId !== clientId) {
        this.loading.set(true);
        this.current.set(null);
        if (this.client()?.id !== clientId) {
          this.client.set(null);
          this.summaries.set([]);
        }
        const [client, summaries] = await Promise.all([
          firstValueFrom(this.api.client(clientId)),
          firstValueFrom(this.api.list(clientId)),
        ]);
        if (id !== this.requestId) {
          return;
        }
        this.client.set(client);
        this.summaries.set(summaries);
        this.reportLanguageControl.setValue(client.preferredLanguage);
        this.loadedClientId = clientId;
      }
      const target = assessmentId ?? this.summaries()[0]?.id;
      if (!target) {
        this.current.set(null);
      } else if (this.current()?.id !== target) {
        this.loadingDetail.set(true);
        try {
          const detail = await firstValueFrom(this.api.get(clientId, target));
          if (id === this.requestId) {
            this.current.set(detail);
          }
        } catch {
          if (id === this.requestId) {
            this.failed.set('assessment');
          }
        } finally {
          this.loadingDetail.set(false);
        }
      }
    } catch {
      if (id === this.requestId) {
        this.loadedClientId = null;
        this.failed.set('client');
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected retry(): void {
    if (this.failed() === 'client') {
      this.loadedClientId = null;
    }
    void this.load(this.clientId(), this.assessmentId());
  }

  /** Runs a new assessment for the chosen date; the new one is stored and shown, history kept. */
  async run(asOf: string = this.asOf.value): Promise<void> {
    if (this.asOf.invalid && asOf === this.asOf.value) {
      this.asOf.markAsTouched();
      return;
    }
    const clientId = this.clientId();
    this.running.set(true);
    this.notice.set(null);
    try {
      const created = await firstValueFrom(this.api.run(clientId, asOf || undefined));
      this.current.set(created);
      this.summaries.update((list) => [summaryOf(created), ...list.filter((s) => s.id !== created.id)]);
      await this.router.navigate(['/clients', clientId, 'assessments', created.id]);
      // Other assessments may have become stale or not: refresh the list quietly.
      const summaries = await firstValueFrom(this.api.list(clientId));
      if (this.clientId() === clientId) {
        this.summaries.set(summaries);
      }
    } catch (error: unknown) {
      this.notice.set(this.runProblem(error));
    } finally {
      this.running.set(false);
    }
  }

  /** "Re-run": the same application date as the assessment shown, on the intake as it is now. */
  protected rerun(): void {
    const current = this.current();
    if (current) {
      this.asOf.setValue(current.asOf);
      void this.run(current.asOf);
    }
  }

  /** Records the release to the client after a confirmation naming the report language. */
  async release(): Promise<void> {
    const current = this.current();
    if (!current || !this.canRelease()) {
      return;
    }
    const language = this.reportLanguage();
    const confirmed = await this.confirm.confirm({
      titleKey: 'assessments.release.confirmTitle',
      messageKey: 'assessments.release.confirmMessage',
      confirmKey: 'assessments.release.confirm',
      params: {
        language: String(this.translate.instant(LANGUAGE_NAME_KEYS[language])),
        name: this.clientName(),
        asOf: current.asOf,
      },
    });
    if (!confirmed) {
      return;
    }
    this.releasing.set(true);
    this.notice.set(null);
    try {
      const released = await firstValueFrom(this.api.release(current.clientId, current.id, language));
      if (this.current()?.id === released.id) {
        this.current.set(released);
      }
      this.summaries.update((list) => list.map((s) => (s.id === released.id ? summaryOf(released) : s)));
    } catch (error: unknown) {
      const problem = parseProblem(error);
      this.notice.set({
        key:
          problem?.status === 403
            ? 'assessments.release.errors.forbidden'
            : problem?.status === 0
              ? 'errors.network'
              : 'assessments.release.errors.failed',
      });
    } finally {
      this.releasing.set(false);
    }
  }

  private runProblem(error: unknown): PageNotice {
    const problem = parseProblem(error);
    if (!problem) {
      return { key: 'errors.generic' };
    }
    if (problem.status === 422) {
      return { key: 'assessments.errors.noRules' };
    }
    if (problem.status === 400 && problem.errors?.length) {
      const missing = problem.errors.filter((e) => e.field in INTAKE_FIELD_KEYS);
      if (missing.length > 0) {
        const fields = missing
          .map((e) => String(this.translate.instant(INTAKE_FIELD_KEYS[e.field])))
          .join(', ');
        return { key: 'assessments.run.errors.missingIntake', params: { fields } };
      }
      const asOfErrors = problem.errors.filter((e) => e.field === 'asOf');
      if (asOfErrors.length > 0) {
        this.asOf.setErrors({ ...(this.asOf.errors ?? {}), [SERVER_ERROR_KEY]: asOfErrors[0].message });
        this.asOf.markAsTouched();
      }
      if (asOfErrors.length === problem.errors.length) {
        return { key: 'assessments.run.errors.asOf' };
      }
      return {
        key: 'assessments.run.errors.rejected',
        params: { reason: problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ') },
      };
    }
    if (problem.status === 404) {
      return { key: 'assessments.run.errors.clientNotFound' };
    }
    return { key: problem.status === 0 ? 'errors.network' : 'errors.generic' };
  }
}

function summaryOf(dto: AssessmentDto): AssessmentSummaryDto {
  const { input: _input, result: _result, ...summary } = dto;
  return summary;
}
