import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { LanguageService, parseProblem } from '@intake/dashboard/core';
import {
  ConfirmService,
  Icon,
  IsoDatePipe,
  MessagePage,
  PageState,
  todayIso,
} from '@intake/dashboard/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ClientsApi } from '../data/clients-api';
import { PROVINCE_LABEL_KEYS } from '../data/domain';
import { ClientIcon } from '../ui/client-icon';
import { ConflictChip, ExpiryChip } from '../ui/status-chips';
import { type HasUnsavedChanges, warnBeforeUnload } from '../util/unsaved-changes';
import { ClientStore } from './client-store';
import { ConflictsSection } from './sections/conflicts-section';
import { EducationSection } from './sections/education-section';
import { FamilySection } from './sections/family-section';
import type { SectionName } from './sections/form-section';
import { IdentificationSection } from './sections/identification-section';
import { LanguageSection } from './sections/language-section';
import { OverviewSection } from './sections/overview-section';
import { PartiesSection } from './sections/parties-section';
import { StatusSection } from './sections/status-section';
import { WorkSection } from './sections/work-section';

export const CLIENT_TABS = [
  'overview',
  'status',
  'language',
  'education',
  'work',
  'family',
  'parties',
  'identification',
  'conflicts',
] as const;
export type ClientTab = (typeof CLIENT_TABS)[number];

const TAB_LABEL_KEYS: Readonly<Record<ClientTab, string>> = {
  overview: 'clients.tabs.overview',
  status: 'clients.tabs.status',
  language: 'clients.tabs.language',
  education: 'clients.tabs.education',
  work: 'clients.tabs.work',
  family: 'clients.tabs.family',
  parties: 'clients.tabs.parties',
  identification: 'clients.tabs.identification',
  conflicts: 'clients.tabs.conflicts',
};

/** The section edited on each tab (Conflicts has no form). */
const TAB_SECTIONS: Readonly<Record<ClientTab, SectionName | null>> = {
  overview: 'identity',
  status: 'status',
  language: 'language',
  education: 'education',
  work: 'work',
  family: 'family',
  parties: 'parties',
  identification: 'identification',
  conflicts: null,
};

export function isClientTab(value: unknown): value is ClientTab {
  return typeof value === 'string' && (CLIENT_TABS as readonly string[]).includes(value);
}

/**
 * One client: header (file number, status, conflict, actions) and a tab per part of the
 * profile. The tab is in the address (`?tab=work`); tabs are built on first visit and kept, so
 * switching tabs never loses edits. Leaving with unsaved edits asks first.
 */
@Component({
  selector: 'intake-client-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ClientStore],
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  imports: [
    RouterLink,
    MatButton,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    TranslatePipe,
    PageState,
    MessagePage,
    Icon,
    ClientIcon,
    ConflictChip,
    ExpiryChip,
    IsoDatePipe,
    OverviewSection,
    StatusSection,
    LanguageSection,
    EducationSection,
    WorkSection,
    FamilySection,
    PartiesSection,
    IdentificationSection,
    ConflictsSection,
  ],
  templateUrl: './client-page.html',
  styleUrl: './client-page.scss',
})
export class ClientPage implements HasUnsavedChanges {
  protected readonly store = inject(ClientStore);
  private readonly api = inject(ClientsApi);
  private readonly router = inject(Router);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  /** Query parameter `tab`. */
  readonly tab = input<string>();

  protected readonly tabs = CLIENT_TABS;
  protected readonly tabLabelKeys = TAB_LABEL_KEYS;
  protected readonly provinceLabelKeys = PROVINCE_LABEL_KEYS;
  protected readonly today = todayIso();
  protected readonly activeTab = computed<ClientTab>(() => {
    const tab = this.tab();
    return isClientTab(tab) ? tab : 'overview';
  });
  /** Tabs built so far (kept while the page lives). */
  protected readonly visited = signal<ReadonlySet<ClientTab>>(new Set());
  protected readonly client = this.store.client;
  protected readonly busy = signal(false);
  protected readonly notice = signal<{ key: string; reload: boolean } | null>(null);
  private leaving = false;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.visited.set(new Set([this.activeTab()]));
        void this.store.load(id).catch(() => undefined);
      });
    });
    effect(() => {
      const tab = this.activeTab();
      untracked(() => {
        if (!this.visited().has(tab)) {
          this.visited.set(new Set([...this.visited(), tab]));
        }
      });
    });
  }

  hasUnsavedChanges(): boolean {
    return !this.leaving && this.store.hasUnsavedChanges();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnBeforeUnload(event, this.hasUnsavedChanges());
  }

  protected isBuilt(tab: ClientTab): boolean {
    return tab === this.activeTab() || this.visited().has(tab);
  }

  protected isDirty(tab: ClientTab): boolean {
    const section = TAB_SECTIONS[tab];
    return section !== null && this.store.dirtySections().has(section);
  }

  protected retry(): void {
    void this.store.load(this.id()).catch(() => undefined);
  }

  protected async reload(): Promise<void> {
    this.notice.set(null);
    try {
      await this.store.reload();
    } catch {
      this.notice.set({ key: 'errors.generic', reload: true });
    }
  }

  /** Closes or reopens the file (closed files leave the default list). */
  protected async toggleOpen(): Promise<void> {
    const client = this.client();
    if (!client || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.update(client.id, { version: client.version, open: !client.open }),
      );
      this.store.apply(updated);
      this.toast(updated.open ? 'clients.toast.reopened' : 'clients.toast.closed');
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Lawyers and admins only (the button is hidden for paralegals; the API refuses them). */
  protected async remove(): Promise<void> {
    const client = this.client();
    if (!client || this.busy()) {
      return;
    }
    const confirmed = await this.confirm.confirm({
      titleKey: 'clients.delete.title',
      messageKey: 'clients.delete.message',
      confirmKey: 'clients.delete.confirm',
      params: { name: `${client.givenNames} ${client.familyName}`, fileNumber: client.fileNumber },
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    this.notice.set(null);
    try {
      await firstValueFrom(this.api.remove(client.id, client.version));
      this.leaving = true;
      this.toast('clients.toast.deleted');
      await this.router.navigateByUrl('/clients');
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  private showProblem(error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    if (problem.status === 409) {
      this.notice.set({ key: 'clients.errors.stale', reload: true });
    } else if (problem.status === 403) {
      this.notice.set({ key: 'clients.errors.forbidden', reload: false });
    } else if (problem.status === 404) {
      this.notice.set({ key: 'clients.errors.notFound', reload: false });
    } else {
      this.notice.set({
        key: problem.status === 0 ? 'errors.network' : 'errors.generic',
        reload: false,
      });
    }
  }

  private toast(key: string): void {
    const message: unknown = this.translate.instant(key);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 4000 });
  }
}
