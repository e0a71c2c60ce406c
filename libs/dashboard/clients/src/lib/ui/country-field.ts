import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { type ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { type Subscription, map } from 'rxjs';
import { CountryNames, filterCountries, isCountryCode, resolveCountry } from '../util/countries';
import { clientFieldError } from '../util/form-errors';

const MAX_OPTIONS = 40;

/**
 * A country, stored as its ISO 3166-1 alpha-2 code in `control` and shown by its name in the
 * current language. Type a name (accents optional) or a code; pick from the list.
 */
@Component({
  selector: 'intake-country-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    TranslatePipe,
  ],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() | translate }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        [required]="required()"
        (blur)="touch()"
        autocomplete="off"
        [attr.data-testid]="testId()"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="display"
        autoActiveFirstOption
        (optionSelected)="select($event.option.value)"
      >
        @for (country of options(); track country.code) {
          <mat-option [value]="country.code" [attr.data-testid]="'country-option-' + country.code">
            {{ country.name }} <span class="code">{{ country.code }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      @if (hint(); as hintKey) {
        <mat-hint>{{ hintKey | translate }}</mat-hint>
      }
      @if (error(); as e) {
        <mat-error>{{ e.key | translate: e.params }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .code {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
  `,
})
export class CountryField {
  private readonly names = inject(CountryNames);

  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly testId = input<string>();
  readonly required = input(false);
  readonly hint = input<string>();

  /** What the input holds: a code (after a pick) or the text being typed. */
  protected readonly text = new FormControl('', { nonNullable: true });
  private readonly typed = toSignal(this.text.valueChanges, { initialValue: '' });
  /** Bumped on every state change of the bound control, so errors re-render (OnPush). */
  private readonly controlState = signal(0);

  protected readonly options = computed(() => {
    const value = this.typed();
    const list = this.names.list();
    // Right after a pick the input holds the code: show the whole list again.
    return filterCountries(list, isCountryCode(value) ? '' : value).slice(0, MAX_OPTIONS);
  });
  /** Stable function (the trigger calls it on each write); reads the names of the moment. */
  protected readonly display = (value: string | null): string =>
    value && isCountryCode(value) ? this.names.name(value) : (value ?? '');
  protected readonly error = computed(() => {
    this.controlState();
    const control = this.control();
    return control.invalid && control.touched ? clientFieldError(control.errors) : null;
  });
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.control();
      return control.invalid && control.touched;
    },
  };

  constructor() {
    let subscription: Subscription | null = null;
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
    // Bound control → input (initial value, reset, restored draft).
    effect(() => {
      const control = this.control();
      untracked(() => {
        subscription?.unsubscribe();
        subscription = control.events.subscribe(() => {
          this.syncFromControl(control);
          this.controlState.update((n) => n + 1);
        });
        this.syncFromControl(control);
      });
    });
    // Input → bound control: a code as soon as the text names a country, else the raw text
    // (which the control's validator reports).
    this.text.valueChanges
      .pipe(
        map((value) => value.trim()),
        takeUntilDestroyed(),
      )
      .subscribe((value) => {
        const control = untracked(this.control);
        const resolved = value === '' ? '' : (resolveCountry(this.names.list(), value) ?? value);
        if (control.value !== resolved) {
          // Dirty first: autosave listens to value changes of dirty forms.
          control.markAsDirty();
          control.setValue(resolved);
        }
      });
    // Names follow the UI language.
    effect(() => {
      this.names.list();
      untracked(() => this.text.setValue(this.text.value, { emitEvent: false }));
    });
  }

  protected select(code: string): void {
    const control = this.control();
    if (control.value !== code) {
      control.markAsDirty();
      control.setValue(code);
    }
  }

  protected touch(): void {
    this.control().markAsTouched();
    this.controlState.update((n) => n + 1);
  }

  private syncFromControl(control: AbstractControl<string>): void {
    const value = control.value ?? '';
    const current = this.text.value.trim();
    const currentResolved =
      current === '' ? '' : (resolveCountry(this.names.list(), current) ?? current);
    if (currentResolved !== value) {
      this.text.setValue(value, { emitEvent: false });
    }
  }
}
