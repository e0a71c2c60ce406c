import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { CaseOutcome } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export const OUTCOME_COMMENT_MAX = 2000;

export interface OutcomeDialogData {
  clientName: string;
  fileNumber: string;
  /** Translated name of the stage the case moves into. */
  stageName: string;
  outcomes: CaseOutcome[];
}

export interface OutcomeChoice {
  outcome: CaseOutcome;
  comment: string | null;
}

/** Asks which decision a move records (and an optional comment); closes with the choice. */
@Component({
  selector: 'intake-outcome-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'pipeline.outcome.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <p data-testid="pipeline-outcome-intro">
          {{
            'pipeline.outcome.intro'
              | translate: { client: data.clientName, file: data.fileNumber, stage: data.stageName }
          }}
        </p>
        <fieldset class="outcomes">
          <legend id="pipeline-outcome-legend">{{ 'pipeline.outcome.label' | translate }}</legend>
          <mat-radio-group
            formControlName="outcome"
            aria-labelledby="pipeline-outcome-legend"
            [attr.aria-invalid]="showRequired()"
            [attr.aria-describedby]="showRequired() ? 'pipeline-outcome-error' : null"
            required
          >
            @for (outcome of data.outcomes; track outcome) {
              <mat-radio-button
                [value]="outcome"
                data-testid="pipeline-outcome-option"
                [attr.data-outcome]="outcome"
              >
                {{ 'cases.outcomes.' + outcome | translate }}
              </mat-radio-button>
            }
          </mat-radio-group>
          @if (showRequired()) {
            <p
              id="pipeline-outcome-error"
              class="error"
              role="alert"
              data-testid="pipeline-outcome-error"
            >
              {{ 'pipeline.outcome.required' | translate }}
            </p>
          }
        </fieldset>
        <mat-form-field appearance="outline" class="comment">
          <mat-label>{{ 'pipeline.outcome.comment' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="comment"
            rows="3"
            [maxlength]="commentMax"
            data-testid="pipeline-outcome-comment"
          ></textarea>
          <mat-hint align="end"
            >{{ form.controls.comment.value.length }} / {{ commentMax }}</mat-hint
          >
          @if (form.controls.comment.hasError('maxlength')) {
            <mat-error>{{ 'errors.maxLength' | translate: { max: commentMax } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="pipeline-outcome-cancel">
          {{ 'common.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" data-testid="pipeline-outcome-confirm">
          {{ 'pipeline.outcome.confirm' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .outcomes {
      display: flex;
      flex-direction: column;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    .error {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .comment {
      width: 100%;
    }
  `,
})
export class OutcomeDialog {
  private readonly ref = inject<MatDialogRef<OutcomeDialog, OutcomeChoice>>(MatDialogRef);
  protected readonly data = inject<OutcomeDialogData>(MAT_DIALOG_DATA);
  protected readonly commentMax = OUTCOME_COMMENT_MAX;
  protected readonly submitted = signal(false);
  protected readonly form = new FormGroup({
    // A move that can record one decision only has it chosen already.
    outcome: new FormControl<CaseOutcome | null>(
      this.data.outcomes.length === 1 ? this.data.outcomes[0] : null,
      Validators.required,
    ),
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(OUTCOME_COMMENT_MAX)],
    }),
  });

  protected showRequired(): boolean {
    return this.submitted() && this.form.controls.outcome.value === null;
  }

  protected submit(): void {
    this.submitted.set(true);
    const { outcome, comment } = this.form.getRawValue();
    if (outcome === null || this.form.invalid) {
      return;
    }
    this.ref.close({ outcome, comment: comment.trim() || null });
  }
}
