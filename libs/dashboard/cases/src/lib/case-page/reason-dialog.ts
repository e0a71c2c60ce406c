import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
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
import { FieldErrorPipe } from '@intake/dashboard/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NoticeBox } from '@intake/dashboard/ui';
import type { CaseNotice } from './case-problems';

export interface ReasonDialogData {
  titleKey: string;
  messageKey: string;
  confirmKey: string;
  params: Record<string, string>;
  /** Saves with the reason; answers what went wrong, or null when done. */
  submit: (reason: string) => Promise<CaseNotice | null>;
}

/** Spaces only is no reason. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/** Asks why (rejecting or waiving a document) and saves; stays open, text kept, on an error. */
@Component({
  selector: 'intake-reason-dialog',
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
    NoticeBox,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.params }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <p class="intro">{{ data.messageKey | translate: data.params }}</p>
        @if (notice(); as n) {
          <intake-notice-box [notice]="n" testId="state-reason-error" />
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.item.reason' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            required
            data-testid="state-reason-input"
          ></textarea>
          <mat-hint>{{ 'cases.page.item.reasonHint' | translate }}</mat-hint>
          @let error = reason.errors | fieldError;
          <mat-error>{{ error?.key | translate: error?.params }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button
          mat-button
          type="button"
          (click)="ref.close(false)"
          data-testid="state-reason-cancel"
        >
          {{ 'common.cancel' | translate }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving()"
          data-testid="state-reason-confirm"
        >
          {{ data.confirmKey | translate }}
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
    .intro {
      margin-top: 0;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ReasonDialog {
  protected readonly ref = inject<MatDialogRef<ReasonDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(2000)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.notice.set(null);
    try {
      const notice = await this.data.submit(this.reason.value.trim());
      if (notice) {
        this.notice.set(notice);
      } else {
        this.ref.close(true);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
