import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Icon, NoticeBox, PageState } from '@intake/dashboard/ui';
import type {
  AddChecklistItemRequest,
  CaseChecklistDto,
  ChecklistFileDto,
  ChecklistItemDto,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { AddItemDialog, type AddItemDialogData } from './add-item-dialog';
import { type CaseNotice, noticeFor } from './case-problems';
import { CaseStore } from './case-store';
import { ChecklistItemRow } from './checklist-item';
import { SectionData } from './section-data';

/** The checklist with `change` applied to one of its items. */
export function withItem(
  checklist: CaseChecklistDto,
  itemId: string,
  change: (item: ChecklistItemDto) => ChecklistItemDto,
): CaseChecklistDto {
  return {
    ...checklist,
    checklists: checklist.checklists.map((list) => ({
      ...list,
      items: list.items.map((item) => (item.id === itemId ? change(item) : item)),
    })),
  };
}

/**
 * The documents of the case, per checklist, with the progress of each and of the case. Each
 * change is shown from the API's answer at once, then the checklist is fetched again for the
 * progress (which the API computes).
 */
@Component({
  selector: 'intake-checklist-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar, TranslatePipe, Icon, PageState, NoticeBox, ChecklistItemRow],
  templateUrl: './checklist-section.html',
  styleUrls: ['./case-section.scss', './checklist-section.scss'],
})
export class ChecklistSection {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);
  private readonly dialog = inject(MatDialog);

  protected readonly checklist = new SectionData<CaseChecklistDto>((id) => this.api.checklist(id));
  protected readonly refreshing = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  protected readonly status = computed(() => {
    const status = this.checklist.status();
    const lists = this.checklist.value()?.checklists ?? [];
    return status === 'ready' && lists.every((list) => list.items.length === 0) ? 'empty' : status;
  });

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      this.store.revision('checklist')();
      if (id) {
        untracked(() => void this.checklist.load(id));
      }
    });
  }

  /** Regenerates the items from the template and the client's current intake. */
  protected async refreshFromIntake(): Promise<void> {
    const id = this.store.caseId();
    if (!id || this.refreshing()) {
      return;
    }
    this.refreshing.set(true);
    this.notice.set(null);
    try {
      this.checklist.set(await firstValueFrom(this.api.refreshChecklist(id)));
      this.store.invalidate('moves');
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
    } finally {
      this.refreshing.set(false);
    }
  }

  protected openAddItem(): void {
    const lists = this.checklist.value()?.checklists ?? [];
    this.dialog.open<AddItemDialog, AddItemDialogData, boolean>(AddItemDialog, {
      data: {
        checklists: lists.map(({ id, name }) => ({ id, name })),
        submit: (body) => this.addItem(body),
      },
      width: '520px',
    });
  }

  protected onChanged(item: ChecklistItemDto): void {
    this.checklist.update((checklist) => withItem(checklist, item.id, () => item));
    void this.checklist.reload();
    // The moves' guards read the checklist; expiring documents derive deadlines.
    this.store.invalidate('moves', ...(item.documentExpiresOn ? (['deadlines'] as const) : []));
  }

  protected onUploaded(file: ChecklistFileDto): void {
    this.checklist.update((checklist) =>
      withItem(checklist, file.itemId, (item) => ({
        ...item,
        latestFile: file,
        fileCount: item.fileCount + 1,
      })),
    );
    // The API may have moved the item back to review.
    void this.checklist.reload();
    this.store.invalidate('moves');
  }

  protected onStale(): void {
    void this.checklist.reload();
  }

  private async addItem(body: AddChecklistItemRequest): Promise<CaseNotice | null> {
    const id = this.store.caseId();
    if (!id) {
      return null;
    }
    try {
      await firstValueFrom(this.api.addItem(id, body));
    } catch (error: unknown) {
      return noticeFor(error);
    }
    await this.checklist.reload();
    this.store.invalidate('moves');
    return null;
  }
}
