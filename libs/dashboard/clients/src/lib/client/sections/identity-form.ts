import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { LANGUAGE_LABEL_KEYS, LANGUAGE_LIST } from '@intake/dashboard/core';
import type {
  ClientDto,
  CreateClientRequest,
  Language,
  MaritalStatus,
  Province,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Subscription } from 'rxjs';
import {
  MARITAL_STATUS_LABEL_KEYS,
  MARITAL_STATUS_LIST,
  PROVINCE_LABEL_KEYS,
  PROVINCE_LIST,
} from '../../data/domain';
import { CountryField } from '../../ui/country-field';
import { CountryNames } from '../../util/countries';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe, countryValidator, phoneValidator } from '../../util/form-errors';

const MAX_OTHER_NAMES = 10;
const MAX_CITIZENSHIPS = 5;

function text(max: number): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
}

export function createIdentityForm() {
  return new FormGroup({
    givenNames: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    familyName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    /** One name per line. */
    otherNames: text(2200),
    dateOfBirth: new FormControl('', {
      nonNullable: true,
      validators: [isoDateValidator, notInFutureValidator()],
    }),
    citizenships: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [Validators.maxLength(MAX_CITIZENSHIPS)],
    }),
    countryOfResidence: new FormControl('', { nonNullable: true, validators: [countryValidator] }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(254)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [phoneValidator] }),
    address: new FormGroup({
      line1: text(200),
      line2: text(200),
      city: text(100),
      region: text(100),
      postalCode: text(20),
      country: new FormControl('', { nonNullable: true, validators: [countryValidator] }),
    }),
    preferredLanguage: new FormControl<Language>('en', { nonNullable: true }),
    intendedProvince: new FormControl<Province | null>(null),
    maritalStatus: new FormControl<MaritalStatus | null>(null),
    notes: text(5000),
    /** A staff member's id; null = nobody. */
    assignedTo: new FormControl<string | null>(null),
  });
}

export type IdentityForm = ReturnType<typeof createIdentityForm>;
export type IdentityValue = ReturnType<IdentityForm['getRawValue']>;

export function identityFromClient(client: ClientDto): IdentityValue {
  return {
    givenNames: client.givenNames,
    familyName: client.familyName,
    otherNames: client.otherNames.join('\n'),
    dateOfBirth: client.dateOfBirth ?? '',
    citizenships: [...client.citizenships],
    countryOfResidence: client.countryOfResidence ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    address: {
      line1: client.address.line1 ?? '',
      line2: client.address.line2 ?? '',
      city: client.address.city ?? '',
      region: client.address.region ?? '',
      postalCode: client.address.postalCode ?? '',
      country: client.address.country ?? '',
    },
    preferredLanguage: client.preferredLanguage,
    intendedProvince: client.intendedProvince,
    maritalStatus: client.maritalStatus,
    notes: client.notes ?? '',
    assignedTo: client.assignedTo,
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The identity fields as the API takes them (create and update). */
export function identityToRequest(value: IdentityValue): CreateClientRequest {
  return {
    givenNames: value.givenNames.trim(),
    familyName: value.familyName.trim(),
    otherNames: value.otherNames
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .slice(0, MAX_OTHER_NAMES),
    dateOfBirth: orNull(value.dateOfBirth),
    citizenships: value.citizenships,
    countryOfResidence: orNull(value.countryOfResidence),
    email: orNull(value.email),
    phone: orNull(value.phone),
    address: {
      line1: orNull(value.address.line1),
      line2: orNull(value.address.line2),
      city: orNull(value.address.city),
      region: orNull(value.address.region),
      postalCode: orNull(value.address.postalCode),
      country: orNull(value.address.country),
    },
    preferredLanguage: value.preferredLanguage,
    intendedProvince: value.intendedProvince,
    maritalStatus: value.maritalStatus,
    notes: orNull(value.notes),
    assignedTo: value.assignedTo,
  };
}

/** The identity section's fields (new client and Overview). */
@Component({
  selector: 'intake-identity-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
    ClientFieldErrorPipe,
    CountryField,
  ],
  templateUrl: './identity-form.html',
  styleUrl: './section.scss',
})
export class IdentityFields {
  private readonly cdr = inject(ChangeDetectorRef);
  protected readonly countries = inject(CountryNames);
  readonly form = input.required<IdentityForm>();
  /** The signed-in staff member, offered as assignee. */
  readonly userId = input<string | null>(null);
  /** The assignee when the form was filled, if someone else (kept as an option). */
  readonly otherAssignee = input<string | null>(null);

  protected readonly provinces = PROVINCE_LIST;
  protected readonly provinceLabelKeys = PROVINCE_LABEL_KEYS;
  protected readonly maritalStatuses = MARITAL_STATUS_LIST;
  protected readonly maritalStatusLabelKeys = MARITAL_STATUS_LABEL_KEYS;
  protected readonly languages = LANGUAGE_LIST;
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;
  protected readonly maxCitizenships = MAX_CITIZENSHIPS;
  protected readonly address = computed(() => this.form().controls.address.controls);

  constructor() {
    // Errors set from outside (API answers) must re-render this OnPush view.
    let subscription: Subscription | null = null;
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
    effect(() => {
      const form = this.form();
      untracked(() => {
        subscription?.unsubscribe();
        subscription = form.events.subscribe(() => this.cdr.markForCheck());
      });
    });
  }
}
