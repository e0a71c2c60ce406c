import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { parseProblem } from '@intake/dashboard/core';
import type { ClientDto, StatusEntryInput, StatusType } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  STATUS_TYPE_LABEL_KEYS,
  STATUS_TYPE_LIST,
  TEMPORARY_STATUS_TYPES,
} from '../../data/domain';
import { ClientIcon } from '../../ui/client-icon';
import { ExpiryChip } from '../../ui/status-chips';
import { isoDateValidator, todayIso } from '@intake/dashboard/ui';
import { ClientFieldErrorPipe, dateOrderValidator } from '../../util/form-errors';
import { ListSection, type RowValue } from './form-section';
import { SectionFrame } from './section-frame';

function createStatusRow(value: Partial<StatusRowValue> = {}) {
  return new FormGroup(
    {
      /** Id of a saved entry; sent back so its stored permit number is kept. */
      id: new FormControl<string | null>(value.id ?? null),
      type: new FormControl<StatusType | null>(value.type ?? null, {
        validators: [Validators.required],
      }),
      /** The stored number, masked (display only). */
      maskedPermitNumber: new FormControl<string | null>(value.maskedPermitNumber ?? null),
      /** A number typed here replaces the stored one; empty keeps it. Never kept in drafts. */
      permitNumber: new FormControl(value.permitNumber ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(50)],
      }),
      validFrom: new FormControl(value.validFrom ?? '', {
        nonNullable: true,
        validators: [Validators.required, isoDateValidator],
      }),
      validTo: new FormControl(value.validTo ?? '', {
        nonNullable: true,
        validators: [isoDateValidator],
      }),
      conditions: new FormControl(value.conditions ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(1000)],
      }),
    },
    { validators: [dateOrderValidator('validFrom', 'validTo')] },
  );
}

type StatusRow = ReturnType<typeof createStatusRow>;
interface StatusRowValue {
  id: string | null;
  type: StatusType | null;
  maskedPermitNumber: string | null;
  permitNumber: string;
  validFrom: string;
  validTo: string;
  conditions: string;
}

/** The request item for a row: `id` of a saved entry, `permitNumber` only when one was typed. */
export function statusItem(row: RowValue<StatusRow>): StatusEntryInput {
  const item: StatusEntryInput = {
    type: row.type as StatusType,
    validFrom: row.validFrom,
    validTo: row.validTo || null,
    conditions: row.conditions.trim() || null,
  };
  if (row.id) {
    item.id = row.id;
  }
  const permit = row.permitNumber.trim();
  if (permit) {
    item.permitNumber = permit;
  }
  return item;
}

/** Status: immigration status history (permits, visitor, PR…), expiring ones highlighted. */
@Component({
  selector: 'intake-status-section',
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
    ExpiryChip,
    ClientIcon,
  ],
  templateUrl: './status-section.html',
  styleUrl: './section.scss',
})
export class StatusSection extends ListSection<StatusRow, StatusEntryInput> {
  readonly section = 'status' as const;
  readonly rowLabelKey = 'clients.status.row';
  protected readonly firstField = 'type';
  protected readonly types = STATUS_TYPE_LIST;
  protected readonly typeLabelKeys = STATUS_TYPE_LABEL_KEYS;
  protected readonly today = todayIso();
  /** Full numbers a lawyer revealed, by entry id. */
  protected readonly revealed = signal<Readonly<Record<string, string | null>>>({});
  protected readonly revealing = signal<string | null>(null);
  protected readonly revealError = signal<string | null>(null);

  protected createRow(value?: Partial<RowValue<StatusRow>>): StatusRow {
    return createStatusRow(value);
  }

  protected rowsOf(client: ClientDto): Partial<RowValue<StatusRow>>[] {
    return client.statusHistory.map((entry) => ({
      id: entry.id,
      type: entry.type,
      maskedPermitNumber: entry.permitNumber,
      permitNumber: '',
      validFrom: entry.validFrom,
      validTo: entry.validTo ?? '',
      conditions: entry.conditions ?? '',
    }));
  }

  protected toItem(row: RowValue<StatusRow>): StatusEntryInput {
    return statusItem(row);
  }

  /** Permit numbers typed but not saved stay out of drafts: drafts are not encrypted. */
  protected override draftData(): Record<string, unknown> {
    return { items: this.items.getRawValue().map((row) => ({ ...row, permitNumber: '' })) };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.replaceSection(client.id, 'status-history', version, this.itemsToSend());
  }

  protected isTemporary(type: StatusType | null): boolean {
    return type !== null && TEMPORARY_STATUS_TYPES.includes(type);
  }

  protected async reveal(entryId: string): Promise<void> {
    const client = this.store.client();
    if (!client || this.revealing()) {
      return;
    }
    this.revealing.set(entryId);
    this.revealError.set(null);
    try {
      const { permitNumber } = await firstValueFrom(this.api.revealPermitNumber(client.id, entryId));
      this.revealed.update((all) => ({ ...all, [entryId]: permitNumber }));
    } catch (error: unknown) {
      const problem = parseProblem(error);
      this.revealError.set(problem?.status === 403 ? 'clients.errors.forbidden' : 'errors.generic');
    } finally {
      this.revealing.set(null);
    }
  }

  protected hide(entryId: string): void {
    this.revealed.update((all) => {
      const { [entryId]: _hidden, ...rest } = all;
      return rest;
    });
  }
}
