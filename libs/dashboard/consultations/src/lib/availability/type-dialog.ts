import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MESSAGE_KEY_ERROR, applyProblemToForm, parseProblem } from '@intake/dashboard/core';
import type { ConsultationTypeDto, MeetingMode } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ConsultationTypesApi } from '../data/consultation-types-api';
import { MEETING_MODE_LIST, MODE_LABEL_KEYS } from '../data/domain';
import { isStaleVersion, noticeFor } from '../data/notices';
import { AvailabilityErrorPipe } from './availability-form';

export interface TypeDialogData {
  /** The type to edit; a new one when absent. */
  type: ConsultationTypeDto | null;
}

/** What the dialog ends with: the saved type, or `stale` when someone else changed it. */
export type TypeDialogResult = ConsultationTypeDto | 'stale';

const CODE = /^[a-z][a-z0-9_]{0,49}$/;

function atLeastOneMode(
  control: AbstractControl<Record<MeetingMode, boolean>>,
): ValidationErrors | null {
  return Object.values(control.value).some(Boolean) ? null : { modes: true };
}

/** Adds or edits a consultation type; saves itself so the API's field errors land on fields. */
@Component({
  selector: 'intake-type-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    AvailabilityErrorPipe,
  ],
  templateUrl: './type-dialog.html',
  styleUrl: './availability-sections.scss',
})
export class TypeDialog {
  private readonly api = inject(ConsultationTypesApi);
  private readonly ref = inject<MatDialogRef<TypeDialog, TypeDialogResult>>(MatDialogRef);
  protected readonly data = inject<TypeDialogData>(MAT_DIALOG_DATA);

  protected readonly modes = MEETING_MODE_LIST;
  protected readonly modeLabelKeys = MODE_LABEL_KEYS;
  protected readonly submitting = signal(false);
  protected readonly error = signal<{ key: string; detail: string | null } | null>(null);

  protected readonly form = (() => {
    const fb = inject(NonNullableFormBuilder);
    const type = this.data.type;
    return fb.group({
      code: fb.control(
        { value: type?.code ?? '', disabled: type !== null },
        { validators: [Validators.required, Validators.pattern(CODE)] },
      ),
      nameEn: [type?.nameEn ?? '', [Validators.required, Validators.maxLength(200)]],
      nameFr: [type?.nameFr ?? '', [Validators.required, Validators.maxLength(200)]],
      durationMinutes: [
        type?.durationMinutes ?? 30,
        [Validators.required, Validators.pattern(/^\d+$/), Validators.min(10), Validators.max(480)],
      ],
      modes: fb.group(
        {
          video: [type ? type.modes.includes('video') : true],
          in_person: [type ? type.modes.includes('in_person') : true],
        },
        { validators: atLeastOneMode },
      ),
      active: [type?.active ?? true],
    });
  })();

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const modes = MEETING_MODE_LIST.filter((mode) => value.modes[mode]);
    const fields = {
      nameEn: value.nameEn.trim(),
      nameFr: value.nameFr.trim(),
      durationMinutes: Number(value.durationMinutes),
      modes,
      active: value.active,
    };
    const type = this.data.type;
    this.submitting.set(true);
    try {
      const saved = await firstValueFrom(
        type
          ? this.api.update(type.id, { version: type.version, ...fields })
          : this.api.create({ code: value.code.trim(), ...fields }),
      );
      this.ref.close(saved);
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (isStaleVersion(problem)) {
        this.ref.close('stale');
        return;
      }
      if (problem?.status === 409 && problem.type.endsWith('already-exists')) {
        this.form.controls.code.setErrors({
          [MESSAGE_KEY_ERROR]: 'consultations.types.errors.codeTaken',
        });
        this.form.controls.code.markAsTouched();
        this.error.set({ key: 'consultations.types.errors.codeTaken', detail: null });
      } else if (problem?.status === 400 && problem.errors?.length) {
        const unmatched = applyProblemToForm(this.form, problem);
        this.error.set({
          key: 'errors.checkFields',
          detail: unmatched.map((e) => `${e.field}: ${e.message}`).join('\n') || null,
        });
      } else {
        const notice = noticeFor(error);
        this.error.set({ key: notice.key, detail: notice.detail });
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
