import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  FieldErrorPipe,
  LANGUAGE_LABEL_KEYS,
  LANGUAGE_LIST,
  applyProblemToForm,
} from '@intake/dashboard/core';
import { TranslatePipe } from '@ngx-translate/core';
import { MAX_OTHER_PARTIES, PROGRAM_LABEL_KEYS, PROGRAM_LIST } from '../data/booking-domain';
import { BookingDraft } from './booking-draft';
import { createParty } from './booking-form';

/** Step 3: the short pre-screen (who, how to reach them, what about, who else is involved). */
@Component({
  selector: 'intake-about-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './about-step.html',
  styleUrl: './booking-steps.scss',
})
export class AboutStep {
  private readonly draft = inject(BookingDraft);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly cdr = inject(ChangeDetectorRef);

  protected readonly form = this.draft.form;
  protected readonly preScreen = this.form.controls.preScreen;
  protected readonly parties = this.preScreen.controls.otherParties;
  protected readonly languages = LANGUAGE_LIST;
  protected readonly languageKeys = LANGUAGE_LABEL_KEYS;
  protected readonly programs = PROGRAM_LIST;
  protected readonly programKeys = PROGRAM_LABEL_KEYS;
  protected readonly maxParties = MAX_OTHER_PARTIES;

  constructor() {
    // Back here because the API refused fields: once the form is bound, show them and where.
    afterNextRender(
      () => {
        const problem = this.draft.fieldProblem();
        if (problem) {
          this.draft.fieldProblem.set(null);
          applyProblemToForm(this.form, problem);
          this.cdr.markForCheck();
          this.focusFirstInvalid();
        }
      },
      { injector: this.injector },
    );
  }

  protected addParty(): void {
    if (this.parties.length >= MAX_OTHER_PARTIES) {
      return;
    }
    this.parties.push(createParty(this.fb));
    const index = this.parties.length - 1;
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelectorAll<HTMLInputElement>('[data-testid="prescreen-party-name"]')
          [index]?.focus(),
      { injector: this.injector },
    );
  }

  protected removeParty(index: number): void {
    this.parties.removeAt(index);
  }

  protected back(): void {
    this.draft.goTo('consultation');
  }

  protected continue(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.draft.errorKey.set('errors.checkFields');
      this.focusFirstInvalid();
      return;
    }
    this.draft.goTo('review');
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
