import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type {
  ClientDto,
  EducationLevelCode,
  FamilyMemberInput,
  FamilyPermitType,
  FamilyRelationship,
  LanguageTestKind,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, merge } from 'rxjs';
import {
  ABILITIES,
  type Ability,
  EDUCATION_LEVEL_LABEL_KEYS,
  EDUCATION_LEVEL_LIST,
  FAMILY_RELATIONSHIP_LABEL_KEYS,
  FAMILY_RELATIONSHIP_LIST,
  LANGUAGE_TEST_LABEL_KEYS,
  LANGUAGE_TEST_LIST,
  STATUS_TYPE_LABEL_KEYS,
} from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe } from '../../util/form-errors';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

const PARTNERS: readonly FamilyRelationship[] = ['spouse', 'common_law_partner'];

export function isPartner(relationship: FamilyRelationship | null): boolean {
  return relationship !== null && PARTNERS.includes(relationship);
}

interface SpouseTestValue {
  test: LanguageTestKind | null;
  testDate: string;
  reading: number | null;
  writing: number | null;
  listening: number | null;
  speaking: number | null;
}

interface FamilyRowValue {
  relationship: FamilyRelationship | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  email: string;
  accompanying: boolean;
  canadianCitizenOrPR: boolean;
  educationLevel: EducationLevelCode | null;
  canadianWorkYears: number | null;
  permitType: FamilyPermitType | null;
  permitValidTo: string;
  hasLanguageTest: boolean;
  languageTest: Partial<SpouseTestValue>;
}

const score = (value: number | null | undefined) =>
  new FormControl<number | null>(value ?? null, { validators: [Validators.required] });

function createFamilyRow(value: Partial<FamilyRowValue> = {}) {
  const test = value.languageTest ?? {};
  const row = new FormGroup({
    relationship: new FormControl<FamilyRelationship | null>(value.relationship ?? null, {
      validators: [Validators.required],
    }),
    givenNames: new FormControl(value.givenNames ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    familyName: new FormControl(value.familyName ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    dateOfBirth: new FormControl(value.dateOfBirth ?? '', {
      nonNullable: true,
      validators: [isoDateValidator, notInFutureValidator()],
    }),
    email: new FormControl(value.email ?? '', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(254)],
    }),
    accompanying: new FormControl(value.accompanying ?? false, { nonNullable: true }),
    canadianCitizenOrPR: new FormControl(value.canadianCitizenOrPR ?? false, { nonNullable: true }),
    educationLevel: new FormControl<EducationLevelCode | null>(value.educationLevel ?? null),
    canadianWorkYears: new FormControl<number | null>(value.canadianWorkYears ?? null, {
      validators: [Validators.min(0), Validators.max(5)],
    }),
    /** A temporary status in Canada: its last day becomes a deadline of the client's cases. */
    permitType: new FormControl<FamilyPermitType | null>(value.permitType ?? null),
    permitValidTo: new FormControl(value.permitValidTo ?? '', {
      nonNullable: true,
      validators: [isoDateValidator],
    }),
    /** Whether the partner has a language test (the test's fields are enabled only then). */
    hasLanguageTest: new FormControl(value.hasLanguageTest ?? false, { nonNullable: true }),
    languageTest: new FormGroup({
      test: new FormControl<LanguageTestKind | null>(test.test ?? null, {
        validators: [Validators.required],
      }),
      testDate: new FormControl(test.testDate ?? '', {
        nonNullable: true,
        validators: [Validators.required, isoDateValidator, notInFutureValidator()],
      }),
      reading: score(test.reading),
      writing: score(test.writing),
      listening: score(test.listening),
      speaking: score(test.speaking),
    }),
  });
  // The test's fields count (and are validated) only for a partner who has a test.
  const syncTest = () => {
    const group = row.controls.languageTest;
    const enabled = isPartner(row.controls.relationship.value) && row.controls.hasLanguageTest.value;
    if (enabled && group.disabled) {
      group.enable({ emitEvent: false });
    } else if (!enabled && group.enabled) {
      group.disable({ emitEvent: false });
    }
  };
  syncTest();
  merge(row.controls.hasLanguageTest.valueChanges, row.controls.relationship.valueChanges).subscribe(
    () => {
      syncTest();
      row.updateValueAndValidity();
    },
  );
  return row;
}

type FamilyRow = ReturnType<typeof createFamilyRow>;

/** The request item of a family row; partner-only fields are sent for partners only. */
export function familyItem(row: RowValue<FamilyRow>): FamilyMemberInput {
  const relationship = row.relationship as FamilyRelationship;
  const partner = isPartner(relationship);
  const test = row.languageTest;
  return {
    relationship,
    givenNames: row.givenNames.trim(),
    familyName: row.familyName.trim(),
    dateOfBirth: row.dateOfBirth || null,
    email: row.email.trim() || null,
    accompanying: row.accompanying,
    canadianCitizenOrPR: partner ? row.canadianCitizenOrPR : false,
    educationLevel: partner ? row.educationLevel : null,
    canadianWorkYears: partner && row.canadianWorkYears !== null ? Number(row.canadianWorkYears) : null,
    permitType: row.permitType,
    permitValidTo: row.permitValidTo || null,
    languageTest:
      partner && row.hasLanguageTest
        ? {
            test: test.test as LanguageTestKind,
            testDate: test.testDate,
            reading: Number(test.reading),
            writing: Number(test.writing),
            listening: Number(test.listening),
            speaking: Number(test.speaking),
          }
        : null,
  };
}

/** Family: spouse or partner (accompanying, status, education, language test), dependants, others. */
@Component({
  selector: 'intake-family-section',
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
    MatCheckbox,
    MatButton,
    TranslatePipe,
    ClientFieldErrorPipe,
    SectionFrame,
    ClientIcon,
  ],
  templateUrl: './family-section.html',
  styleUrl: './section.scss',
})
export class FamilySection extends ListSection<FamilyRow, FamilyMemberInput> {
  readonly section = 'family' as const;
  readonly rowLabelKey = 'clients.family.row';
  protected readonly firstField = 'relationship';
  protected readonly relationships = FAMILY_RELATIONSHIP_LIST;
  protected readonly relationshipLabelKeys = FAMILY_RELATIONSHIP_LABEL_KEYS;
  protected readonly levels = EDUCATION_LEVEL_LIST;
  protected readonly levelLabelKeys = EDUCATION_LEVEL_LABEL_KEYS;
  protected readonly tests = LANGUAGE_TEST_LIST;
  protected readonly testLabelKeys = LANGUAGE_TEST_LABEL_KEYS;
  protected readonly abilities = ABILITIES;
  protected readonly abilityLabelKeys: Readonly<Record<Ability, string>> = {
    reading: 'clients.language.abilities.reading',
    writing: 'clients.language.abilities.writing',
    listening: 'clients.language.abilities.listening',
    speaking: 'clients.language.abilities.speaking',
  };
  protected readonly isPartner = isPartner;
  /** The temporary statuses that end on a date, as the status history names them. */
  protected readonly permitTypes: readonly FamilyPermitType[] = ['work_permit', 'study_permit', 'visitor'];
  protected readonly permitLabelKeys = STATUS_TYPE_LABEL_KEYS;

  protected createRow(value?: Partial<RowValue<FamilyRow>>): FamilyRow {
    return createFamilyRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<FamilyRow>>[] {
    return client.family.map((f) => ({
      relationship: f.relationship,
      givenNames: f.givenNames,
      familyName: f.familyName,
      dateOfBirth: f.dateOfBirth ?? '',
      email: f.email ?? '',
      accompanying: f.accompanying,
      canadianCitizenOrPR: f.canadianCitizenOrPR,
      educationLevel: f.educationLevel,
      canadianWorkYears: f.canadianWorkYears,
      permitType: f.permitType,
      permitValidTo: f.permitValidTo ?? '',
      hasLanguageTest: f.languageTest !== null,
      languageTest: f.languageTest
        ? {
            test: f.languageTest.test,
            testDate: f.languageTest.testDate,
            reading: f.languageTest.reading,
            writing: f.languageTest.writing,
            listening: f.languageTest.listening,
            speaking: f.languageTest.speaking,
          }
        : {
            test: null,
            testDate: '',
            reading: null,
            writing: null,
            listening: null,
            speaking: null,
          },
    }));
  }

  protected toItem(row: RowValue<FamilyRow>): FamilyMemberInput {
    return familyItem(row);
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'family', version, this.itemsToSend());
  }
}
