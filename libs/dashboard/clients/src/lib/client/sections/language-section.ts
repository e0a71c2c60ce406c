import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type {
  AbilityLevels,
  ClientDto,
  LanguageTestInput,
  LanguageTestKind,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import {
  ABILITIES,
  type Ability,
  FRENCH_TESTS,
  LANGUAGE_TEST_LABEL_KEYS,
  LANGUAGE_TEST_LIST,
} from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe } from '../../util/form-errors';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

/** The CLB levels the API derived for a saved test, with the scores they were derived from. */
export interface SavedResult {
  test: LanguageTestKind;
  testDate: string;
  scores: AbilityLevels;
  clb: AbilityLevels;
}

interface ResultFields {
  test: LanguageTestKind | null;
  testDate: string;
  reading: number | null;
  writing: number | null;
  listening: number | null;
  speaking: number | null;
}

/**
 * The level derived for one ability while the row still holds what it was derived from (same
 * test, date and score); null once any of them changed (it is derived again on save).
 */
export function derivedLevel(
  row: ResultFields & { saved: SavedResult | null },
  ability: Ability,
): number | null {
  const saved = row.saved;
  if (!saved || saved.test !== row.test || saved.testDate !== row.testDate) {
    return null;
  }
  return saved.scores[ability] === row[ability] ? saved.clb[ability] : null;
}

const score = (value: number | null | undefined) =>
  new FormControl<number | null>(value ?? null, { validators: [Validators.required] });

function createLanguageRow(value: Partial<LanguageRowValue> = {}) {
  return new FormGroup({
    test: new FormControl<LanguageTestKind | null>(value.test ?? null, {
      validators: [Validators.required],
    }),
    testDate: new FormControl(value.testDate ?? '', {
      nonNullable: true,
      validators: [Validators.required, isoDateValidator, notInFutureValidator()],
    }),
    registrationNumber: new FormControl(value.registrationNumber ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(50)],
    }),
    reading: score(value.reading),
    writing: score(value.writing),
    listening: score(value.listening),
    speaking: score(value.speaking),
    /** Display only: the CLB of the saved result. */
    saved: new FormControl<SavedResult | null>(value.saved ?? null),
  });
}

interface LanguageRowValue {
  test: LanguageTestKind | null;
  testDate: string;
  registrationNumber: string;
  reading: number | null;
  writing: number | null;
  listening: number | null;
  speaking: number | null;
  saved: SavedResult | null;
}

type LanguageRow = ReturnType<typeof createLanguageRow>;

/**
 * Language: test results, with the CLB (NCLC for French tests) per ability as the API derives it
 * from the scores. It is never typed: after a change it shows again once saved.
 */
@Component({
  selector: 'intake-language-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatSuffix,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    ClientFieldErrorPipe,
    SectionFrame,
    ClientIcon,
  ],
  templateUrl: './language-section.html',
  styleUrl: './section.scss',
})
export class LanguageSection extends ListSection<LanguageRow, LanguageTestInput> {
  readonly section = 'language' as const;
  readonly rowLabelKey = 'clients.language.row';
  protected readonly firstField = 'test';
  protected readonly tests = LANGUAGE_TEST_LIST;
  protected readonly testLabelKeys = LANGUAGE_TEST_LABEL_KEYS;
  protected readonly abilities = ABILITIES;
  protected readonly abilityLabelKeys: Readonly<Record<Ability, string>> = {
    reading: 'clients.language.abilities.reading',
    writing: 'clients.language.abilities.writing',
    listening: 'clients.language.abilities.listening',
    speaking: 'clients.language.abilities.speaking',
  };

  protected createRow(value?: Partial<RowValue<LanguageRow>>): LanguageRow {
    return createLanguageRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<LanguageRow>>[] {
    return client.languageTests.map((t) => {
      const scores = {
        reading: t.reading,
        writing: t.writing,
        listening: t.listening,
        speaking: t.speaking,
      };
      return {
        test: t.test,
        testDate: t.testDate,
        registrationNumber: t.registrationNumber ?? '',
        ...scores,
        saved: { test: t.test, testDate: t.testDate, scores, clb: t.clb },
      };
    });
  }

  protected toItem(row: RowValue<LanguageRow>): LanguageTestInput {
    return {
      test: row.test as LanguageTestKind,
      testDate: row.testDate,
      registrationNumber: row.registrationNumber.trim() || null,
      reading: Number(row.reading),
      writing: Number(row.writing),
      listening: Number(row.listening),
      speaking: Number(row.speaking),
    };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'language-tests', version, this.itemsToSend());
  }

  /** The derived level for an ability, while the row still holds the saved result. */
  protected levelOf(row: LanguageRow, ability: Ability): number | null {
    return derivedLevel(row.getRawValue(), ability);
  }

  /** "CLB 9", "NCLC 7", or "CLB < 4" for a result below the lowest level (the API's 0). */
  protected scaleKey(test: LanguageTestKind | null, level: number): string {
    const french = test !== null && FRENCH_TESTS.includes(test);
    if (level === 0) {
      return french ? 'clients.language.nclcBelow' : 'clients.language.clbBelow';
    }
    return french ? 'clients.language.nclc' : 'clients.language.clb';
  }

  /** "Reading CLB 9 · Writing CLB 8 …" for the saved result, for reading aloud. */
  protected summaryOf(row: LanguageRow): { ability: Ability; level: number }[] | null {
    const levels = this.abilities.map((ability) => ({ ability, level: this.levelOf(row, ability) }));
    return levels.every((l) => l.level !== null)
      ? levels.map((l) => ({ ability: l.ability, level: l.level ?? 0 }))
      : null;
  }

}
