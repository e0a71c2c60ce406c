import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  AuthService,
  FieldErrorPipe,
  MESSAGE_KEY_ERROR,
  MIN_PASSWORD_LENGTH,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import { TranslatePipe } from '@ngx-translate/core';

/** Confirmation must equal the sibling `newPassword` control. */
export function matchesNewPassword(control: AbstractControl): ValidationErrors | null {
  const expected: unknown = control.parent?.get('newPassword')?.value;
  return control.value === expected ? null : { mismatch: true };
}

@Component({
  selector: 'intake-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly mustChange = this.auth.mustChangePassword;
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly done = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required, Validators.maxLength(200)]],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)],
    ],
    confirmPassword: ['', [Validators.required, matchesNewPassword]],
  });

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirmPassword.updateValueAndValidity());
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.errorKey.set(null);
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.auth.changePassword(currentPassword, newPassword);
      this.formDirective().resetForm();
      this.done.set(true);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      const unmatched = applyProblemToForm(this.form, problem);
      if (problem.errors?.length && unmatched.length === 0) {
        this.errorKey.set('errors.checkFields');
      } else if (problem.status === 400 || problem.status === 401) {
        // No usable field errors: the current password was wrong.
        this.form.controls.currentPassword.setErrors({
          [MESSAGE_KEY_ERROR]: 'auth.changePassword.errors.wrongCurrent',
        });
        this.errorKey.set('auth.changePassword.errors.wrongCurrent');
      } else if (problem.status === 429) {
        this.errorKey.set('auth.login.errors.tooManyAttempts');
      } else {
        this.errorKey.set(problem.status === 0 ? 'errors.network' : 'errors.generic');
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
