import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CdkDropListGroup } from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { Icon, PageState, type PageStatus } from '@intake/dashboard/ui';
import type { CaseType, StaffMemberDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import { type CardDrop, PipelineColumn } from './pipeline-column';
import {
  BOARD_CASE_TYPES,
  type BoardFilters,
  filtersFromParams,
  filtersToParams,
} from './pipeline-model';
import { PipelineMover } from './pipeline-mover';
import { PipelineStore } from './pipeline-store';

/**
 * The board: every open case of one type in a column per stage, with counts and what is overdue;
 * cards move along the firm's workflow by drag and drop or from their "Move to…" menu. The
 * filters live in the address bar, so a refresh or Back keeps them.
 */
@Component({
  selector: 'intake-pipeline-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PipelineStore, PipelineMover],
  imports: [
    ReactiveFormsModule,
    CdkDropListGroup,
    CdkScrollable,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    PageState,
    Icon,
    PipelineColumn,
  ],
  templateUrl: './pipeline-page.html',
  styleUrl: './pipeline-page.scss',
})
export class PipelinePage {
  protected readonly store = inject(PipelineStore);
  protected readonly mover = inject(PipelineMover);
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly types = BOARD_CASE_TYPES;
  protected readonly filters = signal<BoardFilters>(
    filtersFromParams(this.route.snapshot.queryParams),
  );
  protected readonly staff = signal<StaffMemberDto[]>([]);
  protected readonly staffFailed = signal(false);
  /** Admins can do what lawyers do, so they can be a case's responsible lawyer too. */
  protected readonly lawyers = computed(() => this.staff().filter((s) => s.role !== 'paralegal'));
  protected readonly paralegals = computed(() =>
    this.staff().filter((s) => s.role === 'paralegal'),
  );
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return f.lawyer !== null || f.paralegal !== null;
  });

  protected readonly status = computed<PageStatus>(() => {
    if (this.store.failed()) {
      return 'error';
    }
    if (!this.store.loadedOnce()) {
      return 'loading';
    }
    return this.store.total() === 0 ? 'empty' : 'ready';
  });
  protected readonly emptyKey = computed(() =>
    this.filtered() ? 'pipeline.emptyFiltered' : 'pipeline.empty',
  );

  protected readonly lawyer = new FormControl<string | null>(this.filters().lawyer);
  protected readonly paralegal = new FormControl<string | null>(this.filters().paralegal);
  protected readonly type = new FormControl<CaseType>(this.filters().type, { nonNullable: true });

  constructor() {
    this.lawyer.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((lawyer) => this.change({ lawyer }));
    this.paralegal.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((paralegal) => this.change({ paralegal }));
    this.type.valueChanges.pipe(takeUntilDestroyed()).subscribe((type) => this.change({ type }));
    void this.loadStaff();
    void this.store.load(this.filters());
  }

  /**
   * A card was dropped. It lands in the column it entered; a column it was not let into (a
   * refused move) does not receive it, so that one is found under the pointer instead.
   */
  onDrop(event: CardDrop): void {
    const card = event.item.data;
    const from = event.previousContainer.data;
    const to =
      event.container !== event.previousContainer
        ? event.container.data
        : (this.stageAt(event.dropPoint) ?? from);
    void this.mover.drop(card, from, to);
  }

  protected retry(): void {
    void this.store.load(this.filters());
  }

  protected clearFilters(): void {
    this.lawyer.setValue(null, { emitEvent: false });
    this.paralegal.setValue(null, { emitEvent: false });
    this.change({ lawyer: null, paralegal: null });
  }

  private change(changes: Partial<BoardFilters>): void {
    this.filters.update((f) => ({ ...f, ...changes }));
    this.mover.dismiss();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(this.filters()),
      replaceUrl: true,
    });
    void this.store.load(this.filters());
  }

  private async loadStaff(): Promise<void> {
    try {
      this.staff.set(await firstValueFrom(this.api.staff()));
    } catch {
      this.staffFailed.set(true);
    }
  }

  private stageAt(point: { x: number; y: number }): string | null {
    const columns = this.host.nativeElement.querySelectorAll<HTMLElement>(
      '[data-testid="pipeline-column"]',
    );
    for (const column of Array.from(columns)) {
      const rect = column.getBoundingClientRect();
      const inside =
        point.x >= rect.left &&
        point.x <= rect.right &&
        point.y >= rect.top &&
        point.y <= rect.bottom;
      if (inside && rect.width > 0) {
        return column.dataset['stage'] ?? null;
      }
    }
    return null;
  }
}
