import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ROLE_LABEL_KEYS, ROLE_LIST } from '@intake/dashboard/core';
import type { Role, UserDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export interface ChangeRoleDialogData {
  user: UserDto;
}

/** Picks a new role; closes with it (the page saves it) or with undefined when cancelled. */
@Component({
  selector: 'intake-change-role-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ 'admin.users.changeRole.title' | translate: { name: data.user.name } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.users.fields.role' | translate }}</mat-label>
          <mat-select formControlName="role" required data-testid="change-role-select">
            @for (role of roles; track role) {
              <mat-option [value]="role" [attr.data-testid]="'role-option-' + role">
                {{ roleLabelKeys[role] | translate }}
              </mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="change-role-cancel">
          {{ 'common.cancel' | translate }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="selectedRole() === data.user.role"
          data-testid="change-role-submit"
        >
          {{ 'common.save' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class ChangeRoleDialog {
  private readonly ref = inject<MatDialogRef<ChangeRoleDialog, Role>>(MatDialogRef);
  protected readonly data = inject<ChangeRoleDialogData>(MAT_DIALOG_DATA);
  protected readonly roles = ROLE_LIST;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    role: [this.data.user.role, [Validators.required]],
  });
  protected readonly selectedRole = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.data.user.role,
  });

  protected submit(): void {
    const { role } = this.form.getRawValue();
    if (role !== this.data.user.role) {
      this.ref.close(role);
    }
  }
}
