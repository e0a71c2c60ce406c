import { ChangeDetectionStrategy, Component, computed, signal, viewChild } from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { parseProblem } from '@intake/dashboard/core';
import type {
  AddVerificationRequest,
  ClientDto,
  IdDocumentType,
  VerificationMethod,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  ID_DOCUMENT_TYPE_LABEL_KEYS,
  ID_DOCUMENT_TYPE_LIST,
  VERIFICATION_METHOD_LABEL_KEYS,
  VERIFICATION_METHOD_LIST,
} from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { IsoDatePipe, TimestampPipe, isoDateValidator, notInFutureValidator, todayIso } from '@intake/dashboard/ui';
import {
  ClientFieldErrorPipe,
  applySectionProblem,
  documentNumberValidator,
  phoneValidator,
} from '../../util/form-errors';
import { FormSection } from './form-section';
import { SectionFrame } from './section-frame';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function createRecordForm() {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    address: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [phoneValidator] }),
    occupation: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
}

function createVerificationForm() {
  return new FormGroup({
    documentType: new FormControl<IdDocumentType | null>(null, { validators: [Validators.required] }),
    issuingJurisdiction: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    documentNumber: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, documentNumberValidator],
    }),
    expiry: new FormControl('', { nonNullable: true, validators: [isoDateValidator] }),
    method: new FormControl<VerificationMethod | null>('in_person', {
      validators: [Validators.required],
    }),
    verifiedOn: new FormControl(todayIso(), {
      nonNullable: true,
      validators: [Validators.required, isoDateValidator, notInFutureValidator()],
    }),
  });
}

/** One line of a Canadian-style postal address from the profile's address fields. */
export function addressLine(client: ClientDto): string {
  const a = client.address;
  return [a.line1, a.line2, a.city, [a.region, a.postalCode].filter(Boolean).join(' '), a.country]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/**
 * Identification: the client identification record (Law Society rules) and the identity
 * documents verified, with numbers masked; lawyers and admins can reveal one (audited).
 */
@Component({
  selector: 'intake-identification-section',
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
    MatButton,
    TranslatePipe,
    ClientFieldErrorPipe,
    SectionFrame,
    ClientIcon,
    IsoDatePipe,
    TimestampPipe,
  ],
  templateUrl: './identification-section.html',
  styleUrl: './section.scss',
})
export class IdentificationSection extends FormSection<ReturnType<typeof createRecordForm>> {
  readonly section = 'identification' as const;
  readonly form = createRecordForm();
  protected readonly verification = createVerificationForm();
  private readonly verificationForm = viewChild('verificationForm', { read: FormGroupDirective });
  protected readonly documentTypes = ID_DOCUMENT_TYPE_LIST;
  protected readonly documentTypeLabelKeys = ID_DOCUMENT_TYPE_LABEL_KEYS;
  protected readonly methods = VERIFICATION_METHOD_LIST;
  protected readonly methodLabelKeys = VERIFICATION_METHOD_LABEL_KEYS;

  protected readonly record = computed(() => this.store.client()?.identification ?? null);
  protected readonly verifications = computed(() => this.store.client()?.verifications ?? []);
  protected readonly adding = signal(false);
  protected readonly addError = signal<string | null>(null);
  protected readonly revealed = signal<Readonly<Record<string, string>>>({});
  protected readonly revealing = signal<string | null>(null);
  protected readonly revealError = signal<string | null>(null);

  protected fill(client: ClientDto): void {
    const record = client.identification;
    this.form.setValue(
      record
        ? {
            name: record.name,
            address: record.address,
            phone: record.phone ?? '',
            occupation: record.occupation ?? '',
          }
        : {
            // Prefilled from the profile; the paralegal checks it against the documents.
            name: `${client.givenNames} ${client.familyName}`.trim(),
            address: addressLine(client),
            phone: client.phone ?? '',
            occupation: '',
          },
    );
  }

  protected fillFromDraft(data: Record<string, unknown>): boolean {
    const record = data['record'];
    if (!isRecord(record)) {
      return false;
    }
    this.form.patchValue(record);
    return true;
  }

  protected draftData(): Record<string, unknown> {
    return { record: this.form.getRawValue() };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    const value = this.form.getRawValue();
    return this.api.saveIdentification(client.id, {
      version,
      name: value.name.trim(),
      address: value.address.trim(),
      phone: value.phone.trim() || null,
      occupation: value.occupation.trim() || null,
    });
  }

  /** POST a verification (no version: it adds a record and edits nothing). */
  protected async addVerification(): Promise<void> {
    const client = this.store.client();
    if (!client || this.adding()) {
      return;
    }
    this.addError.set(null);
    this.verification.markAllAsTouched();
    if (this.verification.invalid) {
      this.addError.set('errors.checkFields');
      return;
    }
    const value = this.verification.getRawValue();
    const body: AddVerificationRequest = {
      documentType: value.documentType as IdDocumentType,
      issuingJurisdiction: value.issuingJurisdiction.trim(),
      documentNumber: value.documentNumber.trim(),
      expiry: value.expiry || null,
      method: value.method as VerificationMethod,
      verifiedOn: value.verifiedOn,
    };
    this.adding.set(true);
    try {
      const updated = await firstValueFrom(this.api.addVerification(client.id, body));
      this.store.apply(updated);
      // resetForm also forgets the submission, so the emptied required fields show no error.
      this.verificationForm()?.resetForm({
        documentType: null,
        issuingJurisdiction: '',
        documentNumber: '',
        expiry: '',
        method: 'in_person',
        verifiedOn: todayIso(),
      });
      this.toast('clients.toast.verificationAdded');
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (!problem) {
        throw error;
      }
      if (problem.status === 400) {
        applySectionProblem(this.verification, problem);
        this.addError.set('errors.checkFields');
      } else {
        this.addError.set(problem.status === 0 ? 'errors.network' : 'errors.generic');
      }
    } finally {
      this.adding.set(false);
    }
  }

  protected async reveal(verificationId: string): Promise<void> {
    const client = this.store.client();
    if (!client || this.revealing()) {
      return;
    }
    this.revealing.set(verificationId);
    this.revealError.set(null);
    try {
      const { documentNumber } = await firstValueFrom(
        this.api.revealDocumentNumber(client.id, verificationId),
      );
      this.revealed.update((all) => ({ ...all, [verificationId]: documentNumber }));
    } catch (error: unknown) {
      const problem = parseProblem(error);
      this.revealError.set(problem?.status === 403 ? 'clients.errors.forbidden' : 'errors.generic');
    } finally {
      this.revealing.set(null);
    }
  }

  protected hide(verificationId: string): void {
    this.revealed.update((all) => {
      const { [verificationId]: _hidden, ...rest } = all;
      return rest;
    });
  }
}
