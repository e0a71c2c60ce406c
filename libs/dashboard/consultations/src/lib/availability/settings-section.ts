import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { applyProblemToForm, parseProblem } from '@intake/dashboard/core';
import type { BookingSettingsDto } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AvailabilityApi } from '../data/availability-api';
import { type Notice, noticeFor } from '../data/notices';
import { NoticeBox } from '@intake/dashboard/ui';
import { AvailabilityErrorPipe } from './availability-form';

const integer = Validators.pattern(/^\d+$/);

/** The firm's booking rules (buffer, minimum notice, horizon), saved under their version. */
@Component({
  selector: 'intake-settings-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
    TranslatePipe,
    NoticeBox,
    AvailabilityErrorPipe,
  ],
  template: `
    <section class="card" aria-labelledby="settings-heading" data-testid="availability-settings">
      <h3 id="settings-heading">{{ 'consultations.availability.settings.title' | translate }}</h3>
      @switch (state()) {
        @case ('loading') {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'ui.pageState.loading' | translate"
          />
        }
        @case ('error') {
          <div class="inline-error" role="alert" data-testid="settings-load-error">
            <p>{{ 'consultations.availability.settings.loadError' | translate }}</p>
            <button mat-stroked-button type="button" (click)="load()">
              {{ 'common.retry' | translate }}
            </button>
          </div>
        }
        @case ('ready') {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="settings-form">
            @if (settings(); as s) {
              <p class="muted">
                {{ 'consultations.availability.settings.zone' | translate: { zone: s.timeZone } }}
              </p>
            }
            <div class="fields">
              <mat-form-field appearance="outline">
                <mat-label>{{
                  'consultations.availability.settings.buffer' | translate
                }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="0"
                  max="240"
                  formControlName="bufferMinutes"
                  required
                  data-testid="settings-buffer"
                />
                <mat-hint>{{
                  'consultations.availability.settings.bufferHint' | translate
                }}</mat-hint>
                @let bufferError =
                  form.controls.bufferMinutes.errors | availabilityError: wholeNumberKey;
                <mat-error>{{ bufferError?.key | translate: bufferError?.params }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{
                  'consultations.availability.settings.notice' | translate
                }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="0"
                  max="720"
                  formControlName="minNoticeHours"
                  required
                  data-testid="settings-notice"
                />
                <mat-hint>{{
                  'consultations.availability.settings.noticeHint' | translate
                }}</mat-hint>
                @let noticeError =
                  form.controls.minNoticeHours.errors | availabilityError: wholeNumberKey;
                <mat-error>{{ noticeError?.key | translate: noticeError?.params }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{
                  'consultations.availability.settings.horizon' | translate
                }}</mat-label>
                <input
                  matInput
                  type="number"
                  min="1"
                  max="730"
                  formControlName="horizonDays"
                  required
                  data-testid="settings-horizon"
                />
                <mat-hint>{{
                  'consultations.availability.settings.horizonHint' | translate
                }}</mat-hint>
                @let horizonError =
                  form.controls.horizonDays.errors | availabilityError: wholeNumberKey;
                <mat-error>{{ horizonError?.key | translate: horizonError?.params }}</mat-error>
              </mat-form-field>
            </div>
            @if (notice(); as n) {
              <intake-notice-box [notice]="n" testId="settings-notice-box" />
            }
            <div class="form-actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="saving()"
                data-testid="settings-save"
              >
                {{
                  (saving()
                    ? 'consultations.availability.saving'
                    : 'consultations.availability.settings.save'
                  ) | translate
                }}
              </button>
            </div>
          </form>
        }
      }
    </section>
  `,
  styleUrl: './availability-sections.scss',
})
export class SettingsSection {
  private readonly api = inject(AvailabilityApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly wholeNumberKey = 'consultations.availability.errors.wholeNumber';
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly settings = signal<BookingSettingsDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly notice = signal<Notice | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    bufferMinutes: [0, [Validators.required, integer, Validators.min(0), Validators.max(240)]],
    minNoticeHours: [0, [Validators.required, integer, Validators.min(0), Validators.max(720)]],
    horizonDays: [1, [Validators.required, integer, Validators.min(1), Validators.max(730)]],
  });

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.state.set(this.settings() ? 'ready' : 'loading');
    try {
      this.show(await firstValueFrom(this.api.settings()));
      this.state.set('ready');
    } catch {
      if (!this.settings()) {
        this.state.set('error');
      }
    }
  }

  /** PUT under the version read; a stale version reloads the firm's current settings. */
  protected async save(): Promise<void> {
    const current = this.settings();
    if (!current || this.saving()) {
      return;
    }
    this.notice.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.putSettings({
          version: current.version,
          bufferMinutes: Number(value.bufferMinutes),
          minNoticeHours: Number(value.minNoticeHours),
          horizonDays: Number(value.horizonDays),
        }),
      );
      this.show(saved);
      this.toast('consultations.availability.settings.saved');
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (problem?.status === 400 && problem.errors?.length) {
        const unmatched = applyProblemToForm(this.form, problem);
        this.notice.set({
          key: 'errors.checkFields',
          detail: unmatched.map((e) => `${e.field}: ${e.message}`).join('\n') || null,
          stale: false,
        });
      } else {
        const notice = noticeFor(error);
        this.notice.set(notice);
        if (notice.stale) {
          await this.load();
        }
      }
    } finally {
      this.saving.set(false);
    }
  }

  private show(settings: BookingSettingsDto): void {
    this.settings.set(settings);
    this.form.setValue({
      bufferMinutes: settings.bufferMinutes,
      minNoticeHours: settings.minNoticeHours,
      horizonDays: settings.horizonDays,
    });
    this.form.markAsPristine();
  }

  private toast(key: string): void {
    const message: unknown = this.translate.instant(key);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
