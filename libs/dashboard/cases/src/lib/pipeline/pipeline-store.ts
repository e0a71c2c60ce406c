import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AvailableMoveDto,
  PipelineCardDto,
  TransitionCaseRequest,
} from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../data/cases-api';
import {
  type BoardColumn,
  type BoardFilters,
  CARDS_PAGE_SIZE,
  appendPage,
  applyMove,
  cardOf,
  toBoardColumns,
} from './pipeline-model';

/** The board's data: columns and their cards for the current filters, further pages, moves. */
@Injectable()
export class PipelineStore {
  private readonly api = inject(CasesApi);
  /** Bumped by every board load, so answers to an older board are dropped. */
  private generation = 0;
  private filters: BoardFilters | null = null;

  readonly columns = signal<BoardColumn[]>([]);
  readonly loading = signal(false);
  readonly failed = signal(false);
  /** Whether a board has been shown (later loads keep it on screen under a progress bar). */
  readonly loadedOnce = signal(false);
  readonly total = computed(() => this.columns().reduce((sum, column) => sum + column.count, 0));

  /** GET /api/pipeline for these filters (the first page of every column). */
  async load(filters: BoardFilters): Promise<void> {
    const generation = ++this.generation;
    this.filters = filters;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const board = await firstValueFrom(this.api.pipeline({ ...filters, limit: CARDS_PAGE_SIZE }));
      if (generation === this.generation) {
        this.columns.set(toBoardColumns(board.columns));
        this.loadedOnce.set(true);
      }
    } catch {
      if (generation === this.generation) {
        this.columns.set([]);
        this.loadedOnce.set(false);
        this.failed.set(true);
      }
    } finally {
      if (generation === this.generation) {
        this.loading.set(false);
      }
    }
  }

  /** Loads the board again with the filters it was last loaded with. */
  reload(): Promise<void> {
    return this.filters ? this.load(this.filters) : Promise.resolve();
  }

  /** The next page of one column, unless it is complete or already loading. */
  async loadMore(stage: string): Promise<void> {
    const column = this.column(stage);
    const filters = this.filters;
    if (!column || !filters || column.loadingMore || column.cards.length >= column.count) {
      return;
    }
    const generation = this.generation;
    this.patch(stage, (c) => ({ ...c, loadingMore: true, loadMoreFailed: false }));
    try {
      const page = await firstValueFrom(
        this.api.column(stage, filters, column.cards.length, CARDS_PAGE_SIZE),
      );
      if (generation === this.generation) {
        this.patch(stage, (c) => appendPage(c, page.items, page.total));
      }
    } catch {
      if (generation === this.generation) {
        this.patch(stage, (c) => ({ ...c, loadingMore: false, loadMoreFailed: true }));
      }
    }
  }

  column(stage: string): BoardColumn | undefined {
    return this.columns().find((column) => column.stage === stage);
  }

  /** Every move out of the case's stage now, with the guard's verdict. */
  moves(caseId: string): Promise<AvailableMoveDto[]> {
    return firstValueFrom(this.api.moves(caseId));
  }

  /**
   * POST the transition with the card's version; on success the card leaves its column for the
   * new one and the counts follow. Rejects with the HTTP error otherwise (the board is unchanged).
   */
  async transition(
    card: PipelineCardDto,
    from: string,
    request: Omit<TransitionCaseRequest, 'version'>,
  ): Promise<PipelineCardDto> {
    const updated = await firstValueFrom(
      this.api.transition(card.caseId, { ...request, version: card.version }),
    );
    const moved = cardOf(updated);
    this.columns.update((columns) => applyMove(columns, from, card, updated.stage, moved));
    return moved;
  }

  private patch(stage: string, change: (column: BoardColumn) => BoardColumn): void {
    this.columns.update((columns) => columns.map((c) => (c.stage === stage ? change(c) : c)));
  }
}
