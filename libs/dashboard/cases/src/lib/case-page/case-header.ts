import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  FieldErrorPipe,
  LanguageService,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import {
  daysBetween,
  IsoDatePipe,
  isoDateValidator,
  NoticeBox,
  notInFutureValidator,
  todayIso,
} from '@intake/dashboard/ui';
import type { CaseDto, StaffMemberDto, UpdateCaseRequest } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import {
  DEADLINE_KIND_KEYS,
  DaysLeftPipe,
  OUTCOME_KEYS,
  StageKeyPipe,
  TYPE_KEYS,
} from './case-labels';
import { CaseMoves } from './case-moves';
import { DateErrorPipe } from './date-error';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';

type Editable = Pick<CaseDto, 'responsibleLawyerId' | 'paralegalId' | 'summary' | 'itaReceivedOn'>;

/** The options of a staff select: active staff, plus the person assigned now if no longer listed. */
export function staffOptions(
  staff: readonly StaffMemberDto[],
  assignedId: string | null,
  assignedName: string | null,
): { id: string; name: string }[] {
  const options = staff.map(({ id, name }) => ({ id, name }));
  if (assignedId && !options.some((option) => option.id === assignedId)) {
    options.push({ id: assignedId, name: assignedName ?? assignedId });
  }
  return options;
}

/** The fields of `UpdateCaseRequest` that differ from the case (empty → null). */
export function caseChanges(
  shown: Editable,
  form: Record<keyof Editable, string>,
): Partial<Editable> {
  const changes: Partial<Editable> = {};
  const value = (text: string): string | null => (text.trim() === '' ? null : text.trim());
  for (const field of ['responsibleLawyerId', 'paralegalId', 'summary', 'itaReceivedOn'] as const) {
    const next = value(form[field]);
    if (next !== shown[field]) {
      changes[field] = next;
    }
  }
  return changes;
}

/**
 * File number, client, type, people, dates, the stage and the next deadline; the move button;
 * and the form to change the assignment, the summary and the day the ITA arrived.
 */
@Component({
  selector: 'intake-case-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
    DateErrorPipe,
    IsoDatePipe,
    StageKeyPipe,
    DaysLeftPipe,
    CaseMoves,
    NoticeBox,
  ],
  templateUrl: './case-header.html',
  styleUrl: './case-header.scss',
})
export class CaseHeader {
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CasesApi);
  protected readonly language = inject(LanguageService);

  protected readonly today = todayIso();
  protected readonly typeKeys = TYPE_KEYS;
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly kindKeys = DEADLINE_KIND_KEYS;
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);

  protected readonly nextDeadlineDays = computed(() => {
    const next = this.store.current()?.nextDeadline;
    return next ? daysBetween(this.today, next.dueOn) : null;
  });
  protected readonly lawyerOptions = computed(() => {
    const shown = this.store.current();
    return staffOptions(
      this.store.lawyers(),
      shown?.responsibleLawyerId ?? null,
      shown?.responsibleLawyerName ?? null,
    );
  });
  protected readonly paralegalOptions = computed(() => {
    const shown = this.store.current();
    return staffOptions(
      this.store.staff(),
      shown?.paralegalId ?? null,
      shown?.paralegalName ?? null,
    );
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    responsibleLawyerId: [''],
    paralegalId: [''],
    summary: ['', [Validators.maxLength(2000)]],
    itaReceivedOn: ['', [isoDateValidator, notInFutureValidator()]],
  });

  protected startEditing(): void {
    const shown = this.store.current();
    if (!shown) {
      return;
    }
    this.form.reset({
      responsibleLawyerId: shown.responsibleLawyerId ?? '',
      paralegalId: shown.paralegalId ?? '',
      summary: shown.summary ?? '',
      itaReceivedOn: shown.itaReceivedOn ?? '',
    });
    this.notice.set(null);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
    this.notice.set(null);
  }

  protected async save(): Promise<void> {
    const shown = this.store.current();
    if (!shown || this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const changes = caseChanges(shown, this.form.getRawValue());
    if (Object.keys(changes).length === 0) {
      this.editing.set(false);
      return;
    }
    const body: UpdateCaseRequest = { version: shown.version, ...changes };
    this.saving.set(true);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(this.api.update(shown.id, body));
      this.store.apply(updated);
      // The ITA date derives the PR application deadline.
      this.store.invalidate('deadlines');
      this.editing.set(false);
    } catch (error: unknown) {
      const notice = noticeFor(error);
      this.notice.set(notice);
      applyProblemToForm(this.form, parseProblem(error));
      if (notice.stale) {
        // The edits stay in the form; the header shows what the other person saved.
        await this.store.reload().catch(() => undefined);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
