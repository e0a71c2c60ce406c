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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { type ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { LanguageService } from '@intake/dashboard/core';
import type { NocDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import {
  type Subscription,
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  firstValueFrom,
  map,
  of,
  switchMap,
} from 'rxjs';
import { ClientsApi } from '../data/clients-api';
import { clientFieldError } from '../util/form-errors';

export const NOC_SEARCH_DEBOUNCE_MS = 250;
const NOC_CODE = /^\d{5}$/;

/** TEER category of a NOC 2021 code: its second digit. */
export function teerOf(code: string): number | null {
  const teer = NOC_CODE.test(code) ? Number(code[1]) : null;
  return teer !== null && teer <= 5 ? teer : null;
}

export function nocTitle(noc: NocDto, language: string): string {
  return language === 'fr' ? noc.titleFr : noc.titleEn;
}

/**
 * NOC 2021 occupation: search by code or title (English or French) on /api/noc and pick; the
 * code goes to `code`, the unit group (titles, TEER) to `info`. The TEER category is shown under
 * the field with the Statistics Canada source credit.
 */
@Component({
  selector: 'intake-noc-field',
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
      <mat-label>{{ 'clients.work.fields.noc' | translate }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        required
        (blur)="touch()"
        autocomplete="off"
        [attr.data-testid]="testId()"
        [attr.aria-describedby]="creditId"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="display"
        autoActiveFirstOption
        (optionSelected)="select($event.option.value)"
      >
        @for (noc of options(); track noc.code) {
          <mat-option [value]="noc" [attr.data-testid]="'noc-option-' + noc.code">
            <span class="code">{{ noc.code }}</span>
            {{ language.current() === 'fr' ? noc.titleFr : noc.titleEn }}
            <span class="teer">{{ 'clients.work.teer' | translate: { teer: noc.teer } }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      @if (teer() !== null) {
        <mat-hint [attr.data-testid]="testId() + '-teer'">
          {{ 'clients.work.teer' | translate: { teer: teer() } }}
          @if (title(); as t) {
            · {{ t }}
          }
        </mat-hint>
      } @else {
        <mat-hint>{{ 'clients.work.nocHint' | translate }}</mat-hint>
      }
      @if (error(); as e) {
        <mat-error>{{ e.key | translate: e.params }}</mat-error>
      }
    </mat-form-field>
    <p class="credit" [id]="creditId">{{ 'clients.work.nocCredit' | translate }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .code {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
      margin-right: 8px;
    }
    .teer {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
    .credit {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
  `,
})
export class NocField {
  private static nextId = 0;
  private readonly api = inject(ClientsApi);
  protected readonly language = inject(LanguageService);

  readonly code = input.required<FormControl<string>>();
  readonly info = input.required<FormControl<NocDto | null>>();
  readonly testId = input<string>();

  protected readonly creditId = `noc-credit-${NocField.nextId++}`;
  protected readonly text = new FormControl<string | NocDto>('', { nonNullable: true });
  protected readonly options = signal<NocDto[]>([]);
  private readonly state = signal(0);

  protected readonly teer = computed(() => {
    this.state();
    const info = this.info().value;
    const code = this.code().value;
    return info && info.code === code ? info.teer : teerOf(code);
  });
  protected readonly title = computed(() => {
    this.state();
    const info = this.info().value;
    return info && info.code === this.code().value ? nocTitle(info, this.language.current()) : null;
  });
  protected readonly error = computed(() => {
    this.state();
    const control = this.code();
    return control.invalid && control.touched ? clientFieldError(control.errors) : null;
  });
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.code();
      return control.invalid && control.touched;
    },
  };
  protected readonly display = (value: string | NocDto | null): string =>
    value === null
      ? ''
      : typeof value === 'string'
        ? value
        : `${value.code} – ${nocTitle(value, this.language.current())}`;

  constructor() {
    let subscription: Subscription | null = null;
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
    effect(() => {
      const code = this.code();
      const info = this.info();
      untracked(() => {
        subscription?.unsubscribe();
        subscription = code.events.subscribe(() => {
          this.syncFromControls();
          this.state.update((n) => n + 1);
        });
        subscription.add(info.valueChanges.subscribe(() => this.state.update((n) => n + 1)));
        this.syncFromControls();
        this.state.update((n) => n + 1);
      });
    });

    const typed = this.text.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      takeUntilDestroyed(),
    );
    typed.subscribe((value) => this.onTyped(value));
    typed
      .pipe(
        debounceTime(NOC_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.api.searchNoc(q, 10).pipe(
                map((result) => result.items),
                catchError(() => of([])),
              ),
        ),
      )
      .subscribe((items) => this.options.set(items));

    // Titles follow the UI language.
    effect(() => {
      this.language.current();
      untracked(() => this.text.setValue(this.text.value, { emitEvent: false }));
    });
  }

  protected select(noc: NocDto): void {
    const code = this.code();
    // Dirty first: autosave listens to value changes of dirty forms.
    code.markAsDirty();
    this.info().setValue(noc);
    if (code.value !== noc.code) {
      code.setValue(noc.code);
    }
  }

  protected touch(): void {
    this.code().markAsTouched();
    this.state.update((n) => n + 1);
  }

  /** A typed code becomes the value at once; its title and TEER are looked up. */
  private onTyped(value: string): void {
    const code = untracked(this.code);
    const info = untracked(this.info);
    if (code.value !== value) {
      code.markAsDirty();
      code.setValue(value);
    }
    if (info.value && info.value.code !== value) {
      info.setValue(null);
    }
    if (NOC_CODE.test(value) && info.value?.code !== value) {
      void this.lookUp(value);
    }
  }

  private async lookUp(value: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.searchNoc(value, 5));
      const match = result.items.find((noc) => noc.code === value);
      if (match && untracked(this.code).value === value) {
        untracked(this.info).setValue(match);
      }
    } catch {
      // The title is a convenience; the API checks the code on save.
    }
  }

  private syncFromControls(): void {
    const code = untracked(this.code).value;
    const info = untracked(this.info).value;
    const current = this.text.value;
    const shown = typeof current === 'string' ? current.trim() : current.code;
    if (shown !== code || (info && typeof current === 'string' && info.code === code)) {
      this.text.setValue(info && info.code === code ? info : code, { emitEvent: false });
    }
  }
}
