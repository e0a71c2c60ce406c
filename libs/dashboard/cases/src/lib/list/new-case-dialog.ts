import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  AuthService,
  FieldErrorPipe,
  MESSAGE_KEY_ERROR,
  ROLE_LABEL_KEYS,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import { Icon } from '@intake/dashboard/ui';
import type {
  CaseDto,
  CaseType,
  ClientSummaryDto,
  CreateCaseRequest,
  StaffMemberDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  firstValueFrom,
  map,
  of,
  switchMap,
} from 'rxjs';
import { CasesApi } from '../data/cases-api';
import {
  CASE_TYPE_LABEL_KEYS,
  CASE_TYPE_LIST,
  CONFLICT_STATUS_LABEL_KEYS,
  DEFAULT_CASE_TYPE,
  conflictCleared,
} from './case-types';

export const CLIENT_SEARCH_DEBOUNCE_MS = 250;
export const CLIENT_SEARCH_MIN_LENGTH = 2;
const SUMMARY_MAX_LENGTH = 2000;

/** What the dialog needs of a client (a search result or a loaded client file). */
export type PickedClient = Pick<
  ClientSummaryDto,
  'id' | 'fileNumber' | 'givenNames' | 'familyName' | 'conflictStatus'
>;

export interface NewCaseDialogData {
  /** Preselected (the client page's "Open a case"). */
  client: PickedClient | null;
  /** A preselection was asked for but that client could not be loaded. */
  clientNotLoaded: boolean;
}

/** Why the last submission failed, as shown above the actions. */
interface SubmitError {
  key: string;
  params?: Record<string, string>;
  /** Field errors that belong to no field of the form. */
  details: string[];
}

interface Hint {
  key: string;
  testId: string | null;
  error: boolean;
}

type SearchState = 'idle' | 'searching' | 'done' | 'failed';

function isPicked(value: unknown): value is PickedClient {
  return typeof value === 'object' && value !== null && 'id' in value;
}

/** A client must be picked from the suggestions; typed text alone is not a client. */
export function pickedClientValidator(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  if (isPicked(value)) {
    return null;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    return { [MESSAGE_KEY_ERROR]: 'caseList.newCase.errors.pickClient' };
  }
  return { required: true };
}

export function clientLabel(client: PickedClient): string {
  return `${client.givenNames} ${client.familyName} (${client.fileNumber})`;
}

/**
 * Opens a case: the client (searched as you type), the type, who works on it and a summary.
 * Closes with the created case; on an error it stays open with everything typed.
 */
@Component({
  selector: 'intake-new-case-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    Icon,
  ],
  templateUrl: './new-case-dialog.html',
  styleUrl: './new-case-dialog.scss',
})
export class NewCaseDialog {
  private readonly api = inject(CasesApi);
  private readonly ref = inject<MatDialogRef<NewCaseDialog, CaseDto>>(MatDialogRef);
  protected readonly data = inject<NewCaseDialogData>(MAT_DIALOG_DATA);
  private readonly user = inject(AuthService).user();

  protected readonly types = CASE_TYPE_LIST;
  protected readonly typeLabelKeys = CASE_TYPE_LABEL_KEYS;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly conflictLabelKeys = CONFLICT_STATUS_LABEL_KEYS;
  protected readonly minSearchLength = CLIENT_SEARCH_MIN_LENGTH;
  protected readonly summaryMaxLength = SUMMARY_MAX_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    client: new FormControl<PickedClient | string | null>(this.data.client, {
      validators: [pickedClientValidator],
    }),
    type: [DEFAULT_CASE_TYPE as CaseType, [Validators.required]],
    responsibleLawyerId: new FormControl<string | null>(
      this.user?.role === 'lawyer' ? this.user.id : null,
    ),
    paralegalId: new FormControl<string | null>(
      this.user?.role === 'paralegal' ? this.user.id : null,
    ),
    summary: ['', [Validators.maxLength(SUMMARY_MAX_LENGTH)]],
  });

  protected readonly options = signal<ClientSummaryDto[]>([]);
  protected readonly search = signal<SearchState>('idle');
  protected readonly picked = signal<PickedClient | null>(this.data.client);
  protected readonly staff = signal<StaffMemberDto[]>([]);
  protected readonly staffFailed = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<SubmitError | null>(null);

  protected readonly lawyers = computed(() =>
    this.staff().filter((member) => member.role === 'lawyer' || member.role === 'admin'),
  );
  /** Opening is allowed, but the case cannot pass the conflict-check stage before clearance. */
  protected readonly conflictWarning = computed(() => {
    const client = this.picked();
    if (!client || conflictCleared(client.conflictStatus)) {
      return null;
    }
    const key =
      client.conflictStatus === 'declined'
        ? 'caseList.newCase.conflictDeclined'
        : 'caseList.newCase.conflictNotCleared';
    return { client, key };
  });
  protected readonly hint = computed((): Hint | null => {
    switch (this.search()) {
      case 'searching':
        return { key: 'caseList.newCase.searching', testId: null, error: false };
      case 'failed':
        return {
          key: 'caseList.newCase.searchFailed',
          testId: 'new-case-client-search-failed',
          error: true,
        };
      case 'done':
        return this.options().length === 0
          ? { key: 'caseList.newCase.noMatch', testId: 'new-case-client-no-match', error: false }
          : null;
      case 'idle':
        return this.picked()
          ? null
          : { key: 'caseList.newCase.clientHint', testId: null, error: false };
    }
  });
  protected readonly display = (value: PickedClient | string | null): string =>
    value === null ? '' : typeof value === 'string' ? value : clientLabel(value);

  constructor() {
    const client = this.form.controls.client;
    client.valueChanges
      .pipe(
        map((value) => {
          this.picked.set(isPicked(value) ? value : null);
          // Null after a pick, so that typing the same text again searches again.
          return typeof value === 'string' ? value.trim() : null;
        }),
        distinctUntilChanged(),
        debounceTime(CLIENT_SEARCH_DEBOUNCE_MS),
        switchMap((q) => {
          if (q === null || q.length < CLIENT_SEARCH_MIN_LENGTH) {
            return of({ state: 'idle' as const, items: [] });
          }
          this.search.set('searching');
          return this.api.searchClients(q).pipe(
            map((page) => ({ state: 'done' as const, items: page.items })),
            catchError(() => of({ state: 'failed' as const, items: [] })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ state, items }) => {
        this.search.set(state);
        this.options.set(items);
      });
    void this.loadStaff();
  }

  protected async loadStaff(): Promise<void> {
    this.staffFailed.set(false);
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.staffFailed.set(true);
    }
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.error.set(null);
    const client = this.form.controls.client.value;
    if (this.form.invalid || !isPicked(client)) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const value = this.form.getRawValue();
    const body: CreateCaseRequest = {
      clientId: client.id,
      type: value.type,
      responsibleLawyerId: value.responsibleLawyerId,
      paralegalId: value.paralegalId,
      summary: value.summary.trim() || null,
    };
    try {
      const created = await firstValueFrom(this.api.create(body));
      // Stays "submitting" while the dialog closes: a late second click creates nothing.
      this.ref.close(created);
    } catch (error: unknown) {
      this.submitting.set(false);
      this.showProblem(error);
    }
  }

  private showProblem(error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    const failure = (key: string, more: Partial<SubmitError> = {}): SubmitError => ({
      key,
      details: [],
      ...more,
    });
    if (problem.status === 400) {
      const unmatched = applyProblemToForm(this.form, problem, { clientId: 'client' });
      this.error.set(
        failure('errors.checkFields', {
          details: unmatched.map((e) => `${e.field}: ${e.message}`),
        }),
      );
    } else if (problem.status === 409 || problem.status === 422) {
      this.error.set(
        failure('caseList.newCase.errors.refused', {
          params: { reason: problem.detail ?? problem.title },
        }),
      );
    } else if (problem.status === 403) {
      this.error.set(failure('caseList.newCase.errors.forbidden'));
    } else {
      this.error.set(failure(problem.status === 0 ? 'errors.network' : 'errors.generic'));
    }
  }
}
