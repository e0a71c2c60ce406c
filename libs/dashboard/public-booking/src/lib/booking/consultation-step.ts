import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PageState, type PageStatus } from '@intake/dashboard/ui';
import type { MeetingMode } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { MODE_LABEL_KEYS } from '../data/booking-domain';
import { type PickedSlot, SlotPicker } from '../slots/slot-picker';
import { BookingDraft } from './booking-draft';

/** Step 2: the kind of consultation, how to meet, then a free time. */
@Component({
  selector: 'intake-consultation-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatInput, PageState, SlotPicker, TranslatePipe],
  templateUrl: './consultation-step.html',
  styleUrl: './booking-steps.scss',
})
export class ConsultationStep {
  protected readonly draft = inject(BookingDraft);
  protected readonly modeKeys = MODE_LABEL_KEYS;

  protected readonly typesStatus = computed<PageStatus>(() => {
    if (this.draft.typesFailed()) {
      return 'error';
    }
    const types = this.draft.types();
    if (types === null) {
      return 'loading';
    }
    return types.length === 0 ? 'empty' : 'ready';
  });

  protected retryTypes(): void {
    void this.draft.loadTypes();
  }

  protected chooseType(code: string): void {
    this.draft.selectType(code === '' ? null : code);
  }

  protected chooseMode(mode: MeetingMode): void {
    this.draft.mode.set(mode);
  }

  protected pick(picked: PickedSlot): void {
    this.draft.picked.set(picked);
    this.draft.goTo('about');
  }
}
