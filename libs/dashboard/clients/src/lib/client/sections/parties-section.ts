import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { ClientDto, PartyInput, PartyKind } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { PARTY_KIND_LABEL_KEYS, PARTY_KIND_LIST } from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe } from '../../util/form-errors';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

interface PartyRowValue {
  kind: PartyKind | null;
  name: string;
  dateOfBirth: string;
  email: string;
  notes: string;
}

function createPartyRow(value: Partial<PartyRowValue> = {}) {
  return new FormGroup({
    kind: new FormControl<PartyKind | null>(value.kind ?? null, {
      validators: [Validators.required],
    }),
    name: new FormControl(value.name ?? '', {
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
    notes: new FormControl(value.notes ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(1000)],
    }),
  });
}

type PartyRow = ReturnType<typeof createPartyRow>;

/** Parties: employers, former spouses, sponsors, adverse and related parties (conflict checks). */
@Component({
  selector: 'intake-parties-section',
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
  ],
  template: `
    <intake-section-frame
      [controller]="this"
      titleKey="clients.parties.title"
      addKey="clients.parties.add"
      (add)="addRow()"
    >
      <p sectionIntro class="intro">{{ 'clients.parties.intro' | translate }}</p>
      <div [formGroup]="form">
        <div formArrayName="items">
          @for (row of rows(); track row; let i = $index) {
            @let c = row.controls;
            <fieldset class="row" [formGroupName]="i" [attr.data-testid]="'parties-row-' + i">
              <legend>
                {{ 'clients.parties.row' | translate: { n: i + 1 } }}
                @if (c.kind.value; as kind) {
                  · {{ kindLabelKeys[kind] | translate }}
                }
                @if (c.name.value) {
                  · {{ c.name.value }}
                }
              </legend>
              <div class="grid">
                <mat-form-field subscriptSizing="dynamic" appearance="outline" floatLabel="always">
                  <mat-label>{{ 'clients.parties.fields.kind' | translate }}</mat-label>
                  <mat-select [placeholder]="'clients.common.choose' | translate" formControlName="kind" required [attr.data-testid]="'parties-kind-' + i">
                    @for (k of kinds; track k) {
                      <mat-option [value]="k" [attr.data-testid]="'option-' + k">{{
                        kindLabelKeys[k] | translate
                      }}</mat-option>
                    }
                  </mat-select>
                  @let kindError = c.kind.errors | clientFieldError;
                  <mat-error>{{ kindError?.key | translate: kindError?.params }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" appearance="outline" class="wide">
                  <mat-label>{{ 'clients.parties.fields.name' | translate }}</mat-label>
                  <input
                    matInput
                    formControlName="name"
                    required
                    autocomplete="off"
                    [attr.data-testid]="'parties-name-' + i"
                  />
                  <mat-hint>{{ 'clients.parties.nameHint' | translate }}</mat-hint>
                  @let nameError = c.name.errors | clientFieldError;
                  <mat-error>{{ nameError?.key | translate: nameError?.params }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" appearance="outline">
                  <mat-label>{{ 'clients.fields.dateOfBirth' | translate }}</mat-label>
                  <input
                    matInput
                    type="date"
                    formControlName="dateOfBirth"
                    [attr.data-testid]="'parties-dateOfBirth-' + i"
                  />
                  @let dobError = c.dateOfBirth.errors | clientFieldError;
                  <mat-error>{{ dobError?.key | translate: dobError?.params }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" appearance="outline">
                  <mat-label>{{ 'clients.fields.email' | translate }}</mat-label>
                  <input
                    matInput
                    type="email"
                    formControlName="email"
                    autocomplete="off"
                    [attr.data-testid]="'parties-email-' + i"
                  />
                  @let emailError = c.email.errors | clientFieldError;
                  <mat-error>{{ emailError?.key | translate: emailError?.params }}</mat-error>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" appearance="outline" class="full">
                  <mat-label>{{ 'clients.parties.fields.notes' | translate }}</mat-label>
                  <textarea
                    matInput
                    formControlName="notes"
                    rows="2"
                    [attr.data-testid]="'parties-notes-' + i"
                  ></textarea>
                  @let notesError = c.notes.errors | clientFieldError;
                  <mat-error>{{ notesError?.key | translate: notesError?.params }}</mat-error>
                </mat-form-field>
              </div>
              <div class="row-head">
                <span class="spacer"></span>
                <button
                  mat-button
                  type="button"
                  class="remove"
                  (click)="removeRow(i)"
                  [attr.aria-label]="
                    'clients.rows.removeNamed'
                      | translate: { row: ('clients.parties.row' | translate: { n: i + 1 }) }
                  "
                  [attr.data-testid]="'remove-parties-' + i"
                >
                  <intake-client-icon name="delete" />
                  {{ 'clients.rows.remove' | translate }}
                </button>
              </div>
            </fieldset>
          } @empty {
            <p class="empty-rows">{{ 'clients.parties.empty' | translate }}</p>
          }
        </div>
      </div>
    </intake-section-frame>
  `,
  styleUrl: './section.scss',
})
export class PartiesSection extends ListSection<PartyRow, PartyInput> {
  readonly section = 'parties' as const;
  readonly rowLabelKey = 'clients.parties.row';
  protected readonly firstField = 'kind';
  protected readonly kinds = PARTY_KIND_LIST;
  protected readonly kindLabelKeys = PARTY_KIND_LABEL_KEYS;

  protected createRow(value?: Partial<RowValue<PartyRow>>): PartyRow {
    return createPartyRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<PartyRow>>[] {
    return client.parties.map((p) => ({
      kind: p.kind,
      name: p.name,
      dateOfBirth: p.dateOfBirth ?? '',
      email: p.email ?? '',
      notes: p.notes ?? '',
    }));
  }

  protected toItem(row: RowValue<PartyRow>): PartyInput {
    return {
      kind: row.kind as PartyKind,
      name: row.name.trim(),
      dateOfBirth: row.dateOfBirth || null,
      email: row.email.trim() || null,
      notes: row.notes.trim() || null,
    };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'parties', version, this.itemsToSend());
  }
}
