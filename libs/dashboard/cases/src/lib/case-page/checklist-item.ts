import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { LanguageService } from '@intake/dashboard/core';
import { IsoDatePipe, NoticeBox, TimestampPipe, todayIso } from '@intake/dashboard/ui';
import type {
  ChecklistFileDto,
  ChecklistItemDto,
  ChecklistItemState,
} from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi, fileContentUrl } from '../data/cases-api';
import { ITEM_STATE_KEYS, PROVIDER_KEYS } from './case-labels';
import { type CaseNotice, localNotice, noticeFor } from './case-problems';
import { FileVersionsDialog, type FileVersionsDialogData } from './file-versions-dialog';
import { type ItemAction, itemActions } from './item-actions';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';
import { FileSizePipe, UPLOAD_ACCEPT, UPLOAD_PROBLEM_KEYS, uploadProblem } from './upload-check';

let nextId = 0;

const REASON_DIALOG_KEYS: Partial<
  Record<ChecklistItemState, Pick<ReasonDialogData, 'titleKey' | 'messageKey' | 'confirmKey'>>
> = {
  rejected: {
    titleKey: 'cases.page.item.rejectTitle',
    messageKey: 'cases.page.item.rejectMessage',
    confirmKey: 'cases.page.item.rejectConfirm',
  },
  waived: {
    titleKey: 'cases.page.item.waiveTitle',
    messageKey: 'cases.page.item.waiveMessage',
    confirmKey: 'cases.page.item.waiveConfirm',
  },
};

/**
 * One document of the checklist: what it is, where it stands, its latest file, and what can be
 * done with it now. The review (accept, reject, waive, reopen) is shown to lawyers only.
 */
@Component({
  selector: 'intake-checklist-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatProgressBar,
    TranslatePipe,
    IsoDatePipe,
    TimestampPipe,
    FileSizePipe,
    NoticeBox,
  ],
  templateUrl: './checklist-item.html',
  styleUrl: './checklist-item.scss',
})
export class ChecklistItemRow {
  private readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageService);

  readonly item = input.required<ChecklistItemDto>();
  /** Lawyers and admins review documents. */
  readonly lawyer = input(false);
  /** The item the API answered after a state change. */
  readonly changed = output<ChecklistItemDto>();
  /** A new version of the document was stored. */
  readonly uploaded = output<ChecklistFileDto>();
  /** Someone else changed the item: the checklist must be reloaded. */
  readonly stale = output<void>();

  protected readonly inputId = `item-upload-${nextId++}`;
  protected readonly today = todayIso();
  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly stateKeys = ITEM_STATE_KEYS;
  protected readonly providerKeys = PROVIDER_KEYS;
  protected readonly busy = signal(false);
  protected readonly uploading = signal(false);
  protected readonly notice = signal<CaseNotice | null>(null);
  /** Set after an upload, until the item's state changes. */
  protected readonly justUploaded = signal(false);

  protected readonly actions = computed(() => itemActions(this.item().state, this.lawyer()));
  protected readonly fileUrl = computed(() => {
    const file = this.item().latestFile;
    return file ? fileContentUrl(file.id) : null;
  });
  protected readonly uploadedNoteKey = computed(() => {
    switch (this.item().state) {
      case 'requested':
      case 'rejected':
        return 'cases.page.item.uploadedMarkReceived';
      case 'received':
        return 'cases.page.item.uploadedReceived';
      case 'accepted':
      case 'waived':
        return 'cases.page.item.uploaded';
    }
  });
  protected readonly expired = computed(() => {
    const expires = this.item().documentExpiresOn;
    return expires !== null && expires < this.today;
  });

  protected async run(action: ItemAction): Promise<void> {
    if (this.busy()) {
      return;
    }
    if (!action.needsReason) {
      this.busy.set(true);
      this.notice.set(await this.change(action.to, null));
      this.busy.set(false);
      return;
    }
    const keys = REASON_DIALOG_KEYS[action.to];
    if (!keys) {
      return;
    }
    this.dialog.open<ReasonDialog, ReasonDialogData, boolean>(ReasonDialog, {
      data: {
        ...keys,
        params: { label: this.item().label },
        submit: (reason) => this.change(action.to, reason),
      },
      width: '480px',
    });
  }

  protected async onFileChosen(event: Event): Promise<void> {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.[0];
    // Lets the same file be chosen again after an error.
    picker.value = '';
    if (!file || this.uploading()) {
      return;
    }
    const problem = uploadProblem(file);
    if (problem) {
      this.notice.set(localNotice(UPLOAD_PROBLEM_KEYS[problem]));
      return;
    }
    this.uploading.set(true);
    this.notice.set(null);
    try {
      const stored = await firstValueFrom(this.api.upload(this.item().id, file));
      this.justUploaded.set(true);
      this.uploaded.emit(stored);
    } catch (error: unknown) {
      this.notice.set(noticeFor(error));
    } finally {
      this.uploading.set(false);
    }
  }

  protected showVersions(): void {
    this.dialog.open<FileVersionsDialog, FileVersionsDialogData>(FileVersionsDialog, {
      data: { item: this.item() },
      width: '560px',
    });
  }

  /** Sends the version read; the item's latest version is read when the dialog confirms. */
  private async change(to: ChecklistItemState, reason: string | null): Promise<CaseNotice | null> {
    const item = this.item();
    try {
      const updated = await firstValueFrom(
        this.api.changeItemState(item.id, {
          version: item.version,
          state: to,
          ...(reason ? { reason } : {}),
        }),
      );
      this.justUploaded.set(false);
      this.changed.emit(updated);
      return null;
    } catch (error: unknown) {
      const notice = noticeFor(error);
      if (notice.stale) {
        this.stale.emit();
      }
      return notice;
    }
  }
}
