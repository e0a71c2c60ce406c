import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import {
  AuthService,
  FieldErrorPipe,
  LANGUAGE_LABEL_KEYS,
  LanguageService,
  applyProblemToForm,
  parseProblem,
  safeReturnUrl,
} from '@intake/dashboard/core';
import type { Language } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** Translation key of the message shown for a failed sign-in, by HTTP status. */
export function loginErrorKey(status: number): string {
  switch (status) {
    case 401:
      return 'auth.login.errors.invalidCredentials';
    case 429:
      return 'auth.login.errors.tooManyAttempts';
    case 400:
      return 'errors.checkFields';
    case 0:
      return 'errors.network';
    default:
      return 'errors.generic';
  }
}

@Component({
  selector: 'intake-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  /** Query parameters, bound by the router (withComponentInputBinding). */
  readonly expired = input<string>();
  readonly returnUrl = input<string>();

  protected readonly sessionExpired = computed(
    () => this.expired() === '1' || this.expired() === 'true',
  );
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
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
    const { email, password } = this.form.getRawValue();
    try {
      await this.auth.login(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      applyProblemToForm(this.form, problem);
      this.errorKey.set(loginErrorKey(problem.status));
    } finally {
      this.submitting.set(false);
    }
  }

  protected switchLanguage(language: Language): void {
    void this.language.use(language);
  }
}
