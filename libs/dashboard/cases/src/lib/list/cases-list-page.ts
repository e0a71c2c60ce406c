import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { ActivatedRoute, type ParamMap, type Params, Router, RouterLink } from '@angular/router';
import { LanguageService } from '@intake/dashboard/core';
import {
  Icon,
  IsoDatePipe,
  PageState,
  type PageStatus,
  TypedCellDef,
  TypedRowDef,
} from '@intake/dashboard/ui';
import type { CaseDto, CaseStageDto, CaseType, StaffMemberDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { type CaseListQuery, CasesApi } from '../data/cases-api';
import {
  CASE_TYPE_LABEL_KEYS,
  CASE_TYPE_LIST,
  isCaseType,
  isUuid,
  stageLabelKey,
} from './case-types';
import { type NewCaseDialogData, type PickedClient, NewCaseDialog } from './new-case-dialog';

export const DEFAULT_CASES_PAGE_SIZE = 25;
const PAGE_SIZES = [10, 25, 50, 100];
const STAGE_CODE = /^[a-z][a-z0-9_]{0,49}$/;

/** The list's filters and page, as kept in the address bar (so Back returns to the same list). */
export interface CaseListState {
  type: CaseType | null;
  /** Only with a type: stages belong to a type's workflow. */
  stage: string | null;
  lawyer: string | null;
  paralegal: string | null;
  includeClosed: boolean;
  pageIndex: number;
  pageSize: number;
}

export function caseListStateFromParams(params: Params): CaseListState {
  const text = (key: string): string => {
    const value: unknown = params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const int = (key: string): number | null => {
    const n = Number.parseInt(text(key), 10);
    return Number.isFinite(n) ? n : null;
  };
  const type = text('type');
  const stage = text('stage');
  const size = int('size');
  return {
    type: isCaseType(type) ? type : null,
    stage: isCaseType(type) && STAGE_CODE.test(stage) ? stage : null,
    lawyer: isUuid(text('lawyer')) ? text('lawyer') : null,
    paralegal: isUuid(text('paralegal')) ? text('paralegal') : null,
    includeClosed: text('closed') === '1',
    pageIndex: Math.max(0, (int('page') ?? 1) - 1),
    pageSize: size !== null && PAGE_SIZES.includes(size) ? size : DEFAULT_CASES_PAGE_SIZE,
  };
}

export function caseListStateToParams(state: CaseListState): Params {
  return {
    type: state.type,
    stage: state.type ? state.stage : null,
    lawyer: state.lawyer,
    paralegal: state.paralegal,
    closed: state.includeClosed ? '1' : null,
    page: state.pageIndex > 0 ? state.pageIndex + 1 : null,
    size: state.pageSize !== DEFAULT_CASES_PAGE_SIZE ? state.pageSize : null,
  };
}

function paramsOf(map: ParamMap): Params {
  return Object.fromEntries(map.keys.map((key) => [key, map.get(key)]));
}

/**
 * Cases: filters (type, stage, lawyer, paralegal, closed) and the page in the address, a "New
 * case" dialog, which `?newFor=<clientId>` opens for that client (the client page links here).
 */
@Component({
  selector: 'intake-cases-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    TranslatePipe,
    PageState,
    Icon,
    TypedCellDef,
    TypedRowDef,
    IsoDatePipe,
  ],
  templateUrl: './cases-list-page.html',
  styleUrl: './cases-list-page.scss',
})
export class CasesListPage {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageService);
  private requestId = 0;
  private stagesRequestId = 0;
  /** The state last loaded, to reload only when the filters or the page really change. */
  private loadedKey: string | null = null;
  /** The `newFor` being handled, so a second emission does not open a second dialog. */
  private handlingNewFor: string | null = null;

  protected readonly columns = [
    'fileNumber',
    'client',
    'type',
    'stage',
    'daysInStage',
    'nextDeadline',
    'lawyer',
    'paralegal',
    'openedOn',
  ] as const;
  protected readonly pageSizeOptions = PAGE_SIZES;
  protected readonly types = CASE_TYPE_LIST;
  protected readonly typeLabelKeys = CASE_TYPE_LABEL_KEYS;
  protected readonly stageLabelKey = stageLabelKey;

  protected readonly state = signal<CaseListState>(caseListStateFromParams({}));
  protected readonly cases = signal<CaseDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly loadedOnce = signal(false);
  protected readonly staff = signal<StaffMemberDto[]>([]);
  protected readonly stages = signal<CaseStageDto[]>([]);
  protected readonly notice = signal<string | null>(null);

  protected readonly lawyers = computed(() =>
    this.staff().filter((member) => member.role === 'lawyer' || member.role === 'admin'),
  );
  protected readonly status = computed<PageStatus>(() => {
    if (this.failed()) {
      return 'error';
    }
    return this.loadedOnce() ? 'ready' : 'loading';
  });
  protected readonly filtered = computed(() => {
    const s = this.state();
    return s.type !== null || s.lawyer !== null || s.paralegal !== null || s.includeClosed;
  });

  constructor() {
    this.route.queryParamMap
      .pipe(takeUntilDestroyed())
      .subscribe((params) => this.onParams(params));
    void this.loadStaff();
  }

  /** GET /api/cases for the current state; ignores answers to superseded requests. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(this.api.list(this.query()));
      if (id !== this.requestId) {
        return;
      }
      this.cases.set(page.items);
      const s = this.state();
      this.total.set(page.total ?? s.pageIndex * s.pageSize + page.items.length);
      this.loadedOnce.set(true);
    } catch {
      if (id === this.requestId) {
        this.cases.set([]);
        this.failed.set(true);
      }
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
      }
    }
  }

  protected onType(type: CaseType | null): void {
    this.change({ type, stage: null });
  }

  protected onStage(stage: string | null): void {
    this.change({ stage });
  }

  protected onLawyer(lawyer: string | null): void {
    this.change({ lawyer });
  }

  protected onParalegal(paralegal: string | null): void {
    this.change({ paralegal });
  }

  protected onIncludeClosed(includeClosed: boolean): void {
    this.change({ includeClosed });
  }

  protected onPage(event: PageEvent): void {
    this.change({ pageIndex: event.pageIndex, pageSize: event.pageSize }, false);
  }

  protected clearFilters(): void {
    this.change({ type: null, stage: null, lawyer: null, paralegal: null, includeClosed: false });
  }

  protected retry(): void {
    void this.load();
  }

  protected openNewCase(): void {
    this.openDialog({ client: null, clientNotLoaded: false });
  }

  private onParams(params: ParamMap): void {
    const state = caseListStateFromParams(paramsOf(params));
    const key = JSON.stringify(state);
    if (key !== this.loadedKey) {
      const typeChanged = this.loadedKey === null || state.type !== this.state().type;
      this.loadedKey = key;
      this.state.set(state);
      if (typeChanged) {
        void this.loadStages(state.type);
      }
      void this.load();
    }
    const newFor = params.get('newFor');
    if (newFor && newFor !== this.handlingNewFor) {
      this.handlingNewFor = newFor;
      void this.openFor(newFor);
    }
  }

  /** `?newFor=<clientId>`: the dialog opens for that client, then the parameter goes away. */
  private async openFor(clientId: string): Promise<void> {
    let client: PickedClient | null = null;
    if (isUuid(clientId)) {
      try {
        client = await firstValueFrom(this.api.client(clientId));
      } catch {
        client = null;
      }
    }
    this.openDialog({ client, clientNotLoaded: client === null });
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { newFor: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    this.handlingNewFor = null;
  }

  private openDialog(data: NewCaseDialogData): void {
    const ref = this.dialog.open<NewCaseDialog, NewCaseDialogData, CaseDto>(NewCaseDialog, {
      data,
      width: '600px',
      maxWidth: '95vw',
      autoFocus: data.client ? 'dialog' : 'first-tabbable',
    });
    ref.afterClosed().subscribe((created) => {
      if (created) {
        void this.router.navigate(['/cases', created.id]);
      }
    });
  }

  private async loadStaff(): Promise<void> {
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      // The lawyer and paralegal filters stay empty; the list itself does not need them.
      this.notice.set('caseList.errors.staff');
    }
  }

  private async loadStages(type: CaseType | null): Promise<void> {
    const id = ++this.stagesRequestId;
    this.stages.set([]);
    if (!type) {
      return;
    }
    try {
      const workflow = await firstValueFrom(this.api.workflow(type));
      if (id === this.stagesRequestId) {
        this.stages.set(
          workflow.stages
            .filter((stage) => stage.caseType === type)
            .sort((a, b) => a.position - b.position),
        );
      }
    } catch {
      if (id === this.stagesRequestId) {
        this.notice.set('caseList.errors.stages');
      }
    }
  }

  /** Puts a change of filter or page in the address; the address change reloads the list. */
  private change(changes: Partial<CaseListState>, firstPage = true): void {
    const next = { ...this.state(), ...changes, ...(firstPage ? { pageIndex: 0 } : {}) };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: caseListStateToParams(next),
      replaceUrl: true,
    });
  }

  private query(): CaseListQuery {
    const s = this.state();
    return {
      limit: s.pageSize,
      offset: s.pageIndex * s.pageSize,
      type: s.type,
      stage: s.stage,
      lawyer: s.lawyer,
      paralegal: s.paralegal,
      includeClosed: s.includeClosed || undefined,
    };
  }
}
