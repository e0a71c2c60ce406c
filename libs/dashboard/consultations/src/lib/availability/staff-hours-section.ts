import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  LanguageService,
  ROLE_LABEL_KEYS,
  applyProblemToForm,
  parseProblem,
} from '@intake/dashboard/core';
import { ConfirmService, Icon, NoticeBox } from '@intake/dashboard/ui';
import type { FieldError, StaffMemberDto } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AvailabilityApi } from '../data/availability-api';
import { BookingsApi } from '../data/bookings-api';
import { type Notice, noticeFor } from '../data/notices';
import {
  type AvailabilityForm,
  AvailabilityErrorPipe,
  type ExceptionForm,
  availabilityBody,
  availabilityForm,
  availabilityMessage,
  exceptionForm,
  rangeForm,
  setExceptionOff,
  weekdayName,
} from './availability-form';

type HoursState = 'idle' | 'loading' | 'ready' | 'error';

/** One staff member's weekly hours and exceptions, replaced whole on save (admins). */
@Component({
  selector: 'intake-staff-hours-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatProgressBar,
    TranslatePipe,
    Icon,
    NoticeBox,
    AvailabilityErrorPipe,
  ],
  templateUrl: './staff-hours-section.html',
  styleUrl: './availability-sections.scss',
})
export class StaffHoursSection {
  private readonly api = inject(AvailabilityApi);
  private readonly bookingsApi = inject(BookingsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  private loadId = 0;

  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly staff = signal<readonly StaffMemberDto[]>([]);
  protected readonly staffFailed = signal(false);
  protected readonly staffId = signal<string | null>(null);
  protected readonly state = signal<HoursState>('idle');
  protected readonly timeZone = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly notice = signal<Notice | null>(null);
  /** API errors that belong to no field of the form. */
  protected readonly otherErrors = signal<FieldError[]>([]);
  protected readonly form = signal<AvailabilityForm>(availabilityForm(null));
  protected readonly weekdays = computed(() => {
    const language = this.language.current();
    return Array.from({ length: 7 }, (_, i) => weekdayName(i + 1, language));
  });

  protected readonly message = availabilityMessage;

  constructor() {
    void this.loadStaff();
  }

  protected async loadStaff(): Promise<void> {
    this.staffFailed.set(false);
    try {
      this.staff.set(await firstValueFrom(this.bookingsApi.staff()));
    } catch {
      this.staffFailed.set(true);
    }
  }

  /** Picks a staff member; unsaved changes to the one shown are confirmed away first. */
  protected async pick(staffId: string, select: MatSelect): Promise<void> {
    const previous = this.staffId();
    if (staffId === previous) {
      return;
    }
    if (previous && this.form().dirty) {
      const discard = await this.confirm.confirm({
        titleKey: 'consultations.availability.hours.discard.title',
        messageKey: 'consultations.availability.hours.discard.message',
        confirmKey: 'consultations.availability.hours.discard.confirm',
        destructive: true,
      });
      if (!discard) {
        select.value = previous;
        return;
      }
    }
    this.staffId.set(staffId);
    await this.load();
  }

  protected async load(): Promise<void> {
    const staffId = this.staffId();
    if (!staffId) {
      return;
    }
    const id = ++this.loadId;
    this.state.set('loading');
    this.notice.set(null);
    this.otherErrors.set([]);
    try {
      const availability = await firstValueFrom(this.api.get(staffId));
      if (id === this.loadId) {
        this.form.set(availabilityForm(availability));
        this.timeZone.set(availability.timeZone);
        this.state.set('ready');
      }
    } catch {
      if (id === this.loadId) {
        this.state.set('error');
      }
    }
  }

  protected addRange(day: number): void {
    const ranges = this.form().controls.days.at(day).controls.ranges;
    const last = ranges.length > 0 ? ranges.at(ranges.length - 1).getRawValue() : null;
    ranges.push(last ? rangeForm(last.end, '') : rangeForm('09:00', '17:00'));
    this.form().markAsDirty();
  }

  protected removeRange(day: number, index: number): void {
    this.form().controls.days.at(day).controls.ranges.removeAt(index);
    this.form().markAsDirty();
  }

  protected addException(): void {
    this.form().controls.exceptions.push(exceptionForm());
    this.form().markAsDirty();
  }

  protected removeException(index: number): void {
    this.form().controls.exceptions.removeAt(index);
    this.form().markAsDirty();
  }

  protected toggleOff(group: ExceptionForm, off: boolean): void {
    setExceptionOff(group, off);
  }

  /** PUT the whole week and exceptions; on error the form keeps what was typed. */
  protected async save(): Promise<void> {
    const staffId = this.staffId();
    const form = this.form();
    if (!staffId || this.saving()) {
      return;
    }
    this.notice.set(null);
    this.otherErrors.set([]);
    if (form.invalid) {
      form.markAllAsTouched();
      this.notice.set({ key: 'errors.checkFields', detail: null, stale: false });
      return;
    }
    const { body, aliases } = availabilityBody(form);
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.put(staffId, body));
      if (this.staffId() === staffId) {
        this.form.set(availabilityForm(saved));
        this.timeZone.set(saved.timeZone);
      }
      this.toast('consultations.availability.hours.saved');
    } catch (error: unknown) {
      const problem = parseProblem(error);
      if (problem?.status === 400 && problem.errors?.length) {
        this.otherErrors.set(applyProblemToForm(form, problem, aliases));
        this.notice.set({ key: 'errors.checkFields', detail: null, stale: false });
      } else {
        this.notice.set(noticeFor(error));
      }
    } finally {
      this.saving.set(false);
    }
  }

  private toast(key: string): void {
    const message: unknown = this.translate.instant(key);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
