import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ClientDto, NocDto, WorkInput } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { CEC_REQUIRED_HOURS, FULL_TIME_HOURS_PER_WEEK } from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { NocField, teerOf } from '../../ui/noc-field';
import { isoDateValidator, notInFutureValidator } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe, countryValidator, dateOrderValidator, nocCodeValidator } from '../../util/form-errors';
import { CountryField } from '../../ui/country-field';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

interface WorkRowValue {
  employer: string;
  noc: string;
  nocInfo: NocDto | null;
  country: string;
  start: string;
  end: string;
  hoursPerWeek: number | null;
  selfEmployed: boolean;
  whileFullTimeStudent: boolean;
  authorized: boolean;
}

function createWorkRow(value: Partial<WorkRowValue> = {}) {
  return new FormGroup(
    {
      employer: new FormControl(value.employer ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
      noc: new FormControl(value.noc ?? '', {
        nonNullable: true,
        validators: [Validators.required, nocCodeValidator],
      }),
      /** Display only: titles and TEER of the chosen unit group. */
      nocInfo: new FormControl<NocDto | null>(value.nocInfo ?? null),
      country: new FormControl(value.country ?? 'CA', {
        nonNullable: true,
        validators: [Validators.required, countryValidator],
      }),
      start: new FormControl(value.start ?? '', {
        nonNullable: true,
        validators: [Validators.required, isoDateValidator, notInFutureValidator()],
      }),
      end: new FormControl(value.end ?? '', { nonNullable: true, validators: [isoDateValidator] }),
      hoursPerWeek: new FormControl<number | null>(value.hoursPerWeek ?? null, {
        validators: [Validators.required, Validators.min(1), Validators.max(100)],
      }),
      selfEmployed: new FormControl(value.selfEmployed ?? false, { nonNullable: true }),
      whileFullTimeStudent: new FormControl(value.whileFullTimeStudent ?? false, {
        nonNullable: true,
      }),
      authorized: new FormControl(value.authorized ?? true, { nonNullable: true }),
    },
    { validators: [dateOrderValidator('start', 'end')] },
  );
}

type WorkRow = ReturnType<typeof createWorkRow>;

export function isPartTime(hoursPerWeek: number | null): boolean {
  return hoursPerWeek !== null && hoursPerWeek > 0 && hoursPerWeek < FULL_TIME_HOURS_PER_WEEK;
}

/**
 * Work: jobs with their NOC 2021 occupation (search, TEER shown), hours a week (part-time
 * marked), and the Canadian skilled hours the saved profile counts so far.
 */
@Component({
  selector: 'intake-work-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatSuffix,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    ClientFieldErrorPipe,
    SectionFrame,
    NocField,
    CountryField,
    ClientIcon,
  ],
  templateUrl: './work-section.html',
  styleUrl: './section.scss',
})
export class WorkSection extends ListSection<WorkRow, WorkInput> {
  readonly section = 'work' as const;
  readonly rowLabelKey = 'clients.work.row';
  protected readonly firstField = 'employer';
  protected readonly fullTimeHours = FULL_TIME_HOURS_PER_WEEK;
  protected readonly isPartTime = isPartTime;

  protected readonly hours = computed(() => this.store.client()?.canadianSkilledHours ?? null);
  protected readonly hoursPercent = computed(() =>
    Math.min(100, Math.round(((this.hours() ?? 0) / CEC_REQUIRED_HOURS) * 100)),
  );
  protected readonly hoursText = computed(() =>
    new Intl.NumberFormat(`${this.language.current()}-CA`).format(this.hours() ?? 0),
  );
  protected readonly requiredText = computed(() =>
    new Intl.NumberFormat(`${this.language.current()}-CA`).format(CEC_REQUIRED_HOURS),
  );
  protected readonly missingForHours = computed(() => {
    const client = this.store.client();
    return {
      dateOfBirth: !client?.dateOfBirth,
      intendedProvince: !client?.intendedProvince,
    };
  });

  protected createRow(value?: Partial<RowValue<WorkRow>>): WorkRow {
    return createWorkRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<WorkRow>>[] {
    return client.work.map((w) => ({
      employer: w.employer,
      noc: w.noc,
      nocInfo: { code: w.noc, titleEn: w.nocTitleEn, titleFr: w.nocTitleFr, teer: w.teer },
      country: w.country,
      start: w.start,
      end: w.end ?? '',
      hoursPerWeek: w.hoursPerWeek,
      selfEmployed: w.selfEmployed,
      whileFullTimeStudent: w.whileFullTimeStudent,
      authorized: w.authorized,
    }));
  }

  protected toItem(row: RowValue<WorkRow>): WorkInput {
    return {
      employer: row.employer.trim(),
      noc: row.noc.trim(),
      country: row.country,
      start: row.start,
      end: row.end || null,
      hoursPerWeek: Number(row.hoursPerWeek),
      selfEmployed: row.selfEmployed,
      whileFullTimeStudent: row.whileFullTimeStudent,
      authorized: row.authorized,
    };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'work', version, this.itemsToSend());
  }

  protected teer(row: WorkRow): number | null {
    const info = row.controls.nocInfo.value;
    const code = row.controls.noc.value;
    return info && info.code === code ? info.teer : teerOf(code);
  }
}
