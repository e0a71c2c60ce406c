import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe, applyProblemToForm, parseProblem } from '@intake/dashboard/core';
import { isoDateValidator, NoticeBox, notInFutureValidator, todayIso } from '@intake/dashboard/ui';
import type { AvailableMoveDto, CaseDto, TransitionCaseRequest } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { OUTCOME_KEYS, StageKeyPipe } from './case-labels';
import { DateErrorPipe } from './date-error';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';

export interface MoveDialogData {
  move: AvailableMoveDto;
}

/**
 * Confirms a move: an optional comment, the outcome when the move records a decision, and the
 * day it happened when not today. Posts the move itself so that a refusal is shown here, with
 * what was typed kept; closes with the moved case.
 */
@Component({
  selector: 'intake-move-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    DateErrorPipe,
    StageKeyPipe,
    NoticeBox,
  ],
  template: `
    @let move = data.move;
    <h2 mat-dialog-title>
      {{ 'cases.page.moves.title' | translate: { stage: (move.to | stageKey | translate) } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        @if (move.lawyerOnly) {
          <p class="hint">{{ 'cases.page.moves.lawyerOnly' | translate }}</p>
        }
        @if (notice(); as n) {
          <intake-notice-box [notice]="n" testId="case-move-error" />
        }
        @if (move.outcomes.length > 0) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'cases.page.moves.outcome' | translate }}</mat-label>
            <select
              matNativeControl
              formControlName="outcome"
              required
              data-testid="case-move-outcome"
            >
              <option value="">{{ 'cases.page.moves.chooseOutcome' | translate }}</option>
              @for (o of move.outcomes; track o) {
                <option [value]="o">{{ outcomeKeys[o] | translate }}</option>
              }
            </select>
            @let outcomeError = form.controls.outcome.errors | fieldError;
            <mat-error>{{ outcomeError?.key | translate: outcomeError?.params }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.moves.comment' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="comment"
            rows="3"
            data-testid="case-move-comment"
          ></textarea>
          <mat-hint>{{ 'cases.page.moves.commentHint' | translate }}</mat-hint>
          @let commentError = form.controls.comment.errors | fieldError;
          <mat-error>{{ commentError?.key | translate: commentError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.moves.effectiveOn' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="effectiveOn"
            [max]="today"
            data-testid="case-move-date"
          />
          <mat-hint>{{ 'cases.page.moves.effectiveOnHint' | translate }}</mat-hint>
          @let dateErrors = form.controls.effectiveOn.errors | dateError;
          <mat-error>{{ dateErrors?.key | translate: dateErrors?.params }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()" data-testid="case-move-cancel">
          {{ 'common.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="case-move-confirm">
          {{ (saving() ? 'cases.page.moves.moving' : 'cases.page.moves.confirm') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MoveDialog {
  protected readonly ref = inject<MatDialogRef<MoveDialog, CaseDto>>(MatDialogRef);
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);

  protected readonly today = todayIso();
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly saving = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: ['', this.data.move.outcomes.length > 0 ? [Validators.required] : []],
    comment: ['', [Validators.maxLength(2000)]],
    effectiveOn: ['', [isoDateValidator, notInFutureValidator()]],
  });

  protected async submit(): Promise<void> {
    const shown = this.store.current();
    const { move } = this.data;
    if (!shown || !move.allowed || this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { outcome, comment, effectiveOn } = this.form.getRawValue();
    const chosen = move.outcomes.find((o) => o === outcome);
    const body: TransitionCaseRequest = {
      version: shown.version,
      to: move.to,
      ...(chosen ? { outcome: chosen } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(effectiveOn ? { effectiveOn } : {}),
    };
    this.saving.set(true);
    this.notice.set(null);
    try {
      const moved = await firstValueFrom(this.api.transition(shown.id, body));
      this.store.apply(moved);
      this.store.invalidate('moves', 'history', 'deadlines', 'checklist');
      this.ref.close(moved);
    } catch (error: unknown) {
      const notice = noticeFor(error);
      this.notice.set(notice);
      applyProblemToForm(this.form, parseProblem(error));
      if (notice.stale) {
        await this.store.reload().catch(() => undefined);
      }
      // A refusal means the list of moves was out of date.
      this.store.invalidate('moves');
    } finally {
      this.saving.set(false);
    }
  }
}
