import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import {
  LanguageService,
  MESSAGE_KEY_ERROR,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import {
  ConfirmService,
  formatIsoDate,
  isIsoDate,
  IsoDatePipe,
  NoticeBox,
  todayIso,
} from '@intake/dashboard/ui';
import type { HolidayDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AvailabilityApi } from '../data/availability-api';
import { type Notice, noticeFor } from '../data/notices';
import { AvailabilityErrorPipe } from './availability-form';

/** Firm holidays, one year at a time: no booking on those days. */
@Component({
  selector: 'intake-holidays-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatProgressBar,
    TranslatePipe,
    IsoDatePipe,
    NoticeBox,
    AvailabilityErrorPipe,
  ],
  templateUrl: './holidays-section.html',
  styleUrl: './availability-sections.scss',
})
export class HolidaysSection {
  private readonly api = inject(AvailabilityApi);
  private readonly confirm = inject(ConfirmService);
  protected readonly language = inject(LanguageService);
  private loadId = 0;

  protected readonly year = signal(Number(todayIso().slice(0, 4)));
  protected readonly holidays = signal<HolidayDto[]>([]);
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly notice = signal<Notice | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    date: ['', [Validators.required]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
  });

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    const id = ++this.loadId;
    this.state.set('loading');
    try {
      const list = await firstValueFrom(this.api.holidays(this.year()));
      if (id === this.loadId) {
        this.holidays.set(list);
        this.state.set('ready');
      }
    } catch {
      if (id === this.loadId) {
        this.state.set('error');
      }
    }
  }

  protected goYear(delta: number): void {
    this.year.update((y) => y + delta);
    void this.load();
  }

  protected async add(): Promise<void> {
    if (this.adding()) {
      return;
    }
    this.notice.set(null);
    const value = this.form.getRawValue();
    if (value.date && !isIsoDate(value.date)) {
      this.form.controls.date.setErrors({ isoDate: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.adding.set(true);
    try {
      const added = await firstValueFrom(
        this.api.addHoliday({ date: value.date, name: value.name.trim() }),
      );
      this.form.reset();
      const year = Number(added.date.slice(0, 4));
      if (year !== this.year()) {
        this.year.set(year);
      }
      await this.load();
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (problem?.status === 409 && problem.type.endsWith('already-exists')) {
        this.form.controls.date.setErrors({
          [MESSAGE_KEY_ERROR]: 'consultations.availability.holidays.exists',
        });
        this.form.controls.date.markAsTouched();
      } else if (problem?.status === 400 && problem.errors?.length) {
        const unmatched = applyProblemToForm(this.form, problem);
        if (unmatched.length > 0) {
          this.notice.set(noticeFor(error));
        }
      } else {
        this.notice.set(noticeFor(error));
      }
    } finally {
      this.adding.set(false);
    }
  }

  protected async remove(holiday: HolidayDto): Promise<void> {
    if (this.removing()) {
      return;
    }
    const confirmed = await this.confirm.confirm({
      titleKey: 'consultations.availability.holidays.removeConfirm.title',
      messageKey: 'consultations.availability.holidays.removeConfirm.message',
      confirmKey: 'consultations.availability.holidays.removeConfirm.confirm',
      params: { name: holiday.name, date: formatIsoDate(holiday.date, this.language.current()) },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.removing.set(holiday.date);
    this.notice.set(null);
    try {
      await firstValueFrom(this.api.removeHoliday(holiday.date));
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
    } finally {
      this.removing.set(null);
    }
    await this.load();
  }
}
