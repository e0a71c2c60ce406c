import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatExpansionPanel,
  MatExpansionPanelDescription,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LanguageService } from '@intake/dashboard/core';
import { PageState, type PageStatus, TimestampPipe } from '@intake/dashboard/ui';
import type { OutboxMessageDto, OutboxStatus } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { OutboxApi } from './outbox-api';

export const DEFAULT_OUTBOX_PAGE_SIZE = 25;

const STATUS_KEYS: Readonly<Record<OutboxStatus, string>> = {
  pending: 'admin.outbox.status.pending',
  sent: 'admin.outbox.status.sent',
  failed: 'admin.outbox.status.failed',
  unsent: 'admin.outbox.status.unsent',
};

/**
 * Admin → Outbox: every e-mail the product sent or holds. With no SMTP server configured the
 * messages wait here as `unsent`, for someone to read and pass on.
 */
@Component({
  selector: 'intake-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    MatExpansionPanelDescription,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    TranslatePipe,
    PageState,
    TimestampPipe,
  ],
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
})
export class OutboxPage {
  private readonly api = inject(OutboxApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  private requestId = 0;

  protected readonly statuses = Object.keys(STATUS_KEYS) as OutboxStatus[];
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly pageSizeOptions = [10, 25, 50, 100];

  protected readonly messages = signal<OutboxMessageDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(DEFAULT_OUTBOX_PAGE_SIZE);
  protected readonly statusFilter = signal<OutboxStatus | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly running = signal(false);

  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    if (this.messages().length > 0) {
      return 'ready';
    }
    return this.loading() ? 'loading' : 'empty';
  });

  constructor() {
    void this.load();
  }

  /** GET /api/outbox for the page and filter; answers to superseded requests are ignored. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(
        this.api.list({
          limit: this.pageSize(),
          offset: this.pageIndex() * this.pageSize(),
          status: this.statusFilter(),
        }),
      );
      if (id === this.requestId) {
        this.messages.set(page.items);
        this.total.set(page.total ?? page.items.length);
      }
    } catch {
      if (id === this.requestId) {
        this.messages.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected filter(status: OutboxStatus | null): void {
    this.statusFilter.set(status);
    this.pageIndex.set(0);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  /** POST /api/reminders/run, then shows how many were queued and reloads the list. */
  protected async runReminders(): Promise<void> {
    this.running.set(true);
    try {
      const { queued } = await firstValueFrom(this.api.runReminders());
      this.snackBar.open(
        this.translate.instant('admin.outbox.reminders.queued', { count: queued }),
        undefined,
        { duration: 5000 },
      );
      await this.load();
    } catch {
      this.snackBar.open(this.translate.instant('admin.outbox.reminders.failed'), undefined, {
        duration: 8000,
      });
    } finally {
      this.running.set(false);
    }
  }
}
