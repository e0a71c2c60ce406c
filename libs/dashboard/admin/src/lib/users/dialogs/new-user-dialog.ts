import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  FieldErrorPipe,
  LANGUAGE_LABEL_KEYS,
  LANGUAGE_LIST,
  LanguageService,
  MESSAGE_KEY_ERROR,
  MIN_PASSWORD_LENGTH,
  ROLE_LABEL_KEYS,
  ROLE_LIST,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import type { Language, Role, UserDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { UsersApi } from '../users-api';

/** "New user" form. Creates the user itself so API field errors show on the fields. */
@Component({
  selector: 'intake-new-user-dialog',
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
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './new-user-dialog.html',
  styleUrl: './dialog.scss',
})
export class NewUserDialog {
  private readonly api = inject(UsersApi);
  private readonly ref = inject<MatDialogRef<NewUserDialog, UserDto>>(MatDialogRef);

  protected readonly roles = ROLE_LIST;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly languages = LANGUAGE_LIST;
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['paralegal' as Role, [Validators.required]],
    password: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)],
    ],
    preferredLanguage: [inject(LanguageService).current() as Language, [Validators.required]],
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
    const value = this.form.getRawValue();
    try {
      const user = await firstValueFrom(
        this.api.create({ ...value, email: value.email.trim(), name: value.name.trim() }),
      );
      this.ref.close(user);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 409) {
        this.form.controls.email.setErrors({
          [MESSAGE_KEY_ERROR]: 'admin.users.errors.emailTaken',
        });
        this.form.controls.email.markAsTouched();
        this.errorKey.set('admin.users.errors.emailTaken');
      } else if (problem.status === 400) {
        applyProblemToForm(this.form, problem);
        this.errorKey.set('errors.checkFields');
      } else {
        this.errorKey.set(problem.status === 0 ? 'errors.network' : 'errors.generic');
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
