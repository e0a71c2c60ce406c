import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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
import {
  FieldErrorPipe,
  MIN_PASSWORD_LENGTH,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import type { UserDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { UsersApi } from '../users-api';

export interface ResetPasswordDialogData {
  user: UserDto;
}

/** An admin sets a new password for a user. Closes with true once saved. */
@Component({
  selector: 'intake-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ 'admin.users.resetPassword.title' | translate: { name: data.user.name } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <p class="intro">
          {{ 'admin.users.resetPassword.intro' | translate: { name: data.user.name } }}
        </p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.users.fields.newPassword' | translate }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="new-password"
            required
            data-testid="reset-password-input"
          />
          <mat-hint>{{
            'admin.users.fields.passwordHint' | translate: { min: minLength }
          }}</mat-hint>
          @let passwordError = form.controls.password.errors | fieldError;
          <mat-error>{{ passwordError?.key | translate: passwordError?.params }}</mat-error>
        </mat-form-field>
        @if (errorKey(); as key) {
          <p class="form-error" role="alert" data-testid="reset-password-error">
            {{ key | translate }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="reset-password-cancel">
          {{ 'common.cancel' | translate }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="submitting()"
          data-testid="reset-password-submit"
        >
          {{ 'admin.users.resetPassword.submit' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class ResetPasswordDialog {
  private readonly api = inject(UsersApi);
  private readonly ref = inject<MatDialogRef<ResetPasswordDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ResetPasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)],
    ],
  });

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.errorKey.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      await firstValueFrom(
        this.api.resetPassword(this.data.user.id, this.form.getRawValue().password),
      );
      this.ref.close(true);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      applyProblemToForm(this.form, problem);
      this.errorKey.set(
        problem.status === 400
          ? 'errors.checkFields'
          : problem.status === 0
            ? 'errors.network'
            : 'errors.generic',
      );
    } finally {
      this.submitting.set(false);
    }
  }
}
