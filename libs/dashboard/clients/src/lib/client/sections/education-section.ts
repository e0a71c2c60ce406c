import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { ClientDto, EducationInput, EducationLevelCode } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { EDUCATION_LEVEL_LABEL_KEYS, EDUCATION_LEVEL_LIST } from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { CountryField } from '../../ui/country-field';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe, countryValidator } from '../../util/form-errors';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

/** Organisations designated by IRCC for Educational Credential Assessments. */
export const ECA_ORGANIZATIONS = ['WES', 'ICAS', 'IQAS', 'CES', 'ICES', 'MCC', 'PEBC'] as const;

interface EducationRowValue {
  level: EducationLevelCode | null;
  institution: string;
  country: string;
  fullTime: boolean;
  durationYears: number | null;
  completedOn: string;
  ecaOrganization: string;
  ecaDate: string;
  ecaEquivalency: string;
  ecaValid: boolean;
}

function createEducationRow(value: Partial<EducationRowValue> = {}) {
  return new FormGroup({
    level: new FormControl<EducationLevelCode | null>(value.level ?? null, {
      validators: [Validators.required],
    }),
    institution: new FormControl(value.institution ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    country: new FormControl(value.country ?? '', {
      nonNullable: true,
      validators: [Validators.required, countryValidator],
    }),
    fullTime: new FormControl(value.fullTime ?? true, { nonNullable: true }),
    durationYears: new FormControl<number | null>(value.durationYears ?? null, {
      validators: [Validators.required, Validators.min(0), Validators.max(15)],
    }),
    completedOn: new FormControl(value.completedOn ?? '', {
      nonNullable: true,
      validators: [isoDateValidator],
    }),
    ecaOrganization: new FormControl(value.ecaOrganization ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(100)],
    }),
    ecaDate: new FormControl(value.ecaDate ?? '', {
      nonNullable: true,
      validators: [isoDateValidator, notInFutureValidator()],
    }),
    ecaEquivalency: new FormControl(value.ecaEquivalency ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(200)],
    }),
    ecaValid: new FormControl(value.ecaValid ?? false, { nonNullable: true }),
  });
}

type EducationRow = ReturnType<typeof createEducationRow>;

/** Education: credentials, with the Educational Credential Assessment of foreign ones. */
@Component({
  selector: 'intake-education-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    ClientFieldErrorPipe,
    SectionFrame,
    CountryField,
    ClientIcon,
  ],
  templateUrl: './education-section.html',
  styleUrl: './section.scss',
})
export class EducationSection extends ListSection<EducationRow, EducationInput> {
  readonly section = 'education' as const;
  readonly rowLabelKey = 'clients.education.row';
  protected readonly firstField = 'level';
  protected readonly levels = EDUCATION_LEVEL_LIST;
  protected readonly levelLabelKeys = EDUCATION_LEVEL_LABEL_KEYS;
  protected readonly ecaOrganizations = ECA_ORGANIZATIONS;

  protected createRow(value?: Partial<RowValue<EducationRow>>): EducationRow {
    return createEducationRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<EducationRow>>[] {
    return client.education.map((e) => ({
      level: e.level,
      institution: e.institution,
      country: e.country,
      fullTime: e.fullTime,
      durationYears: e.durationYears,
      completedOn: e.completedOn ?? '',
      ecaOrganization: e.ecaOrganization ?? '',
      ecaDate: e.ecaDate ?? '',
      ecaEquivalency: e.ecaEquivalency ?? '',
      ecaValid: e.ecaValid,
    }));
  }

  protected toItem(row: RowValue<EducationRow>): EducationInput {
    return {
      level: row.level as EducationLevelCode,
      institution: row.institution.trim(),
      country: row.country,
      fullTime: row.fullTime,
      durationYears: Number(row.durationYears),
      completedOn: row.completedOn || null,
      ecaOrganization: row.ecaOrganization.trim() || null,
      ecaDate: row.ecaDate || null,
      ecaEquivalency: row.ecaEquivalency.trim() || null,
      ecaValid: row.ecaValid,
    };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'education', version, this.itemsToSend());
  }
}
