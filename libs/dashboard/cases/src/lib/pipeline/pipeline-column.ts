import {
  type AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterEveryRender,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CdkDrag, type CdkDragDrop, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import type { ListRange } from '@angular/cdk/collections';
import {
  CdkFixedSizeVirtualScroll,
  CdkVirtualForOf,
  CdkVirtualScrollViewport,
} from '@angular/cdk/scrolling';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { PipelineCardDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PipelineCard } from './pipeline-card';
import type { BoardColumn } from './pipeline-model';
import { type DropState, PipelineMover } from './pipeline-mover';
import { PipelineStore } from './pipeline-store';

/** Height of one card and the gap below it: the fixed item size of the virtual scroll. */
export const CARD_SLOT_PX = 120;
/** Start loading the next page when the rendered cards come this close to the last loaded one. */
export const LOAD_AHEAD = 10;

export type CardDrop = CdkDragDrop<string, string, PipelineCardDto>;

/**
 * One stage: its name, count and overdue count, and its cards in a virtual scroll (a column can
 * hold thousands) that loads further pages near its end. The viewport is the drop list; cards
 * go into its content wrapper.
 */
@Component({
  selector: 'intake-pipeline-column',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CdkVirtualScrollViewport,
    CdkFixedSizeVirtualScroll,
    CdkVirtualForOf,
    CdkDropList,
    CdkDrag,
    CdkDragPlaceholder,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    PipelineCard,
  ],
  templateUrl: './pipeline-column.html',
  styleUrl: './pipeline-column.scss',
})
export class PipelineColumn implements AfterViewInit {
  protected readonly mover = inject(PipelineMover);
  private readonly store = inject(PipelineStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly viewport = viewChild.required(CdkVirtualScrollViewport);
  /** The card to focus once the viewport has rendered it (scrolled to once if need be). */
  private pendingFocus: { caseId: string; index: number; scrolled: boolean } | null = null;

  readonly column = input.required<BoardColumn>();
  /** How this column takes the card being dragged; null when nothing is dragged. */
  readonly dropState = input<DropState | null>(null);
  readonly dropped = output<CardDrop>();

  protected readonly slotSize = CARD_SLOT_PX;
  protected readonly headingId = computed(() => `pipeline-column-${this.column().stage}`);
  protected readonly stageKey = computed(() => `cases.stages.${this.column().stage}`);
  /** Only the cases the API said may move here are let in while dragging. */
  protected readonly enter = (drag: CdkDrag<PipelineCardDto>, drop: CdkDropList<string>): boolean =>
    this.mover.canEnter(drag.data.caseId, drop.data);
  protected readonly trackCard = (_index: number, card: PipelineCardDto): string => card.caseId;

  constructor() {
    // A case moved here from its menu: bring its card into view and give it the focus, so a
    // keyboard user goes on from where the case went.
    effect(() => {
      const request = this.mover.focusRequest();
      const column = this.column();
      if (request?.stage !== column.stage) {
        return;
      }
      untracked(() => {
        this.mover.focusRequest.set(null);
        const index = column.cards.findIndex((card) => card.caseId === request.caseId);
        if (index === -1) {
          // Not loaded this far yet: the column itself takes the focus.
          this.host.nativeElement.querySelector<HTMLElement>('h2')?.focus();
        } else {
          this.pendingFocus = { caseId: request.caseId, index, scrolled: false };
        }
      });
    });
    afterEveryRender(() => this.focusPendingCard());
  }

  ngAfterViewInit(): void {
    this.viewport()
      .renderedRangeStream.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((range) => this.onRenderedRange(range));
  }

  /** The viewport now renders `range`: fetch the next page when its end nears the last card. */
  onRenderedRange(range: ListRange): void {
    const column = this.column();
    const nearEnd = range.end >= column.cards.length - LOAD_AHEAD;
    if (nearEnd && column.cards.length < column.count && !column.loadMoreFailed) {
      void this.store.loadMore(column.stage);
    }
  }

  protected retryMore(): void {
    void this.store.loadMore(this.column().stage);
  }

  private focusPendingCard(): void {
    const pending = this.pendingFocus;
    if (!pending) {
      return;
    }
    const cards = this.host.nativeElement.querySelectorAll<HTMLElement>(
      '[data-testid="pipeline-card"]',
    );
    const card = Array.from(cards).find((c) => c.dataset['caseId'] === pending.caseId);
    if (card) {
      this.pendingFocus = null;
      card.focus();
      return;
    }
    // Rendered cards that do not include it: scroll to it (once), it renders next.
    const { start, end } = this.viewport().getRenderedRange();
    if (!pending.scrolled && end > start && (pending.index < start || pending.index >= end)) {
      pending.scrolled = true;
      this.viewport().scrollToIndex(pending.index);
    }
  }
}
