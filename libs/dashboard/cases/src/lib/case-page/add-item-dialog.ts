import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe } from '@intake/dashboard/core';
import { isoDateValidator, NoticeBox } from '@intake/dashboard/ui';
import type { AddChecklistItemRequest, DocumentProvider } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PROVIDER_KEYS, PROVIDER_LIST } from './case-labels';
import { DateErrorPipe } from './date-error';
import type { CaseNotice } from './case-problems';
import { notBlank } from './reason-dialog';

export interface AddItemDialogData {
  /** The case's checklists; the item goes to the first unless another is chosen. */
  checklists: { id: string; name: string }[];
  submit: (body: AddChecklistItemRequest) => Promise<CaseNotice | null>;
}

/** A document asked for by hand (not from the template): what, from whom, required, by when. */
@Component({
  selector: 'intake-add-item-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    DateErrorPipe,
    NoticeBox,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'cases.page.checklist.addTitle' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        @if (notice(); as n) {
          <intake-notice-box [notice]="n" testId="item-add-error" />
        }
        @if (data.checklists.length > 1) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'cases.page.checklist.list' | translate }}</mat-label>
            <select matNativeControl formControlName="checklistId" data-testid="item-add-checklist">
              @for (c of data.checklists; track c.id) {
                <option [value]="c.id">{{ c.name }}</option>
              }
            </select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.checklist.label' | translate }}</mat-label>
          <input matInput formControlName="label" required data-testid="item-add-label" />
          @let labelError = form.controls.label.errors | fieldError;
          <mat-error>{{ labelError?.key | translate: labelError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.checklist.description' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="description"
            rows="2"
            data-testid="item-add-description"
          ></textarea>
          @let descriptionError = form.controls.description.errors | fieldError;
          <mat-error>{{ descriptionError?.key | translate: descriptionError?.params }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.checklist.provider' | translate }}</mat-label>
          <select matNativeControl formControlName="provider" data-testid="item-add-provider">
            @for (p of providers; track p) {
              <option [value]="p">{{ providerKeys[p] | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'cases.page.checklist.dueOn' | translate }}</mat-label>
          <input matInput type="date" formControlName="dueOn" data-testid="item-add-due" />
          @let dueError = form.controls.dueOn.errors | dateError;
          <mat-error>{{ dueError?.key | translate: dueError?.params }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="required" data-testid="item-add-required">
          {{ 'cases.page.checklist.requiredLabel' | translate }}
        </mat-checkbox>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close(false)" data-testid="item-add-cancel">
          {{ 'common.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="item-add-confirm">
          {{ 'cases.page.checklist.add' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class AddItemDialog {
  protected readonly ref = inject<MatDialogRef<AddItemDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<AddItemDialogData>(MAT_DIALOG_DATA);
  protected readonly providers = PROVIDER_LIST;
  protected readonly providerKeys = PROVIDER_KEYS;
  protected readonly saving = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    checklistId: [this.data.checklists[0]?.id ?? ''],
    label: ['', [notBlank, Validators.maxLength(300)]],
    description: ['', [Validators.maxLength(2000)]],
    provider: ['client' as DocumentProvider],
    required: [true],
    dueOn: ['', [isoDateValidator]],
  });

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { checklistId, label, description, provider, required, dueOn } = this.form.getRawValue();
    const body: AddChecklistItemRequest = {
      ...(checklistId ? { checklistId } : {}),
      label: label.trim(),
      description: description.trim() || null,
      provider,
      required,
      dueOn: dueOn || null,
    };
    this.saving.set(true);
    this.notice.set(null);
    try {
      const notice = await this.data.submit(body);
      if (notice) {
        this.notice.set(notice);
      } else {
        this.ref.close(true);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
