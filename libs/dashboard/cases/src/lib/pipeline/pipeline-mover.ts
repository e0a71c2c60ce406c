import { Injectable, computed, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { parseProblem } from '@intake/dashboard/core';
import { ConfirmService } from '@intake/dashboard/ui';
import type { AvailableMoveDto, CaseOutcome, PipelineCardDto } from '@intake/shared/contracts';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { type OutcomeChoice, OutcomeDialog, type OutcomeDialogData } from './outcome-dialog';
import { PipelineStore } from './pipeline-store';
import { refusalMessage } from '../data/refusals';

/** How a column takes the card being dragged. */
export type DropState = 'source' | 'allowed' | 'refused' | 'pending';

/** The moves one card can make: null while they load (or when they could not be loaded). */
export interface CardMoves {
  caseId: string;
  from: string;
  moves: AvailableMoveDto[] | null;
  failed: boolean;
}

interface FetchedMoves {
  caseId: string;
  version: number;
  moves: Promise<AvailableMoveDto[] | null>;
  /** Set once they arrived, so a drag can use them at once. */
  result?: AvailableMoveDto[];
}

/** A message about the last move, shown above the board until dismissed. */
export interface MoveNotice {
  key: string;
  params: Record<string, string>;
}

/**
 * Moving cards under the firm's rules, by drag and drop or from a card's menu: the moves the API
 * offers for the card, the decision dialog, the confirmation before closing, the transition,
 * and what went wrong.
 */
@Injectable()
export class PipelineMover {
  private readonly store = inject(PipelineStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  /** The moves of the card last pressed, picked up or opened, fetched once per version of the case. */
  private fetched: FetchedMoves | null = null;

  /** The card being dragged. */
  readonly drag = signal<CardMoves | null>(null);
  /** The card whose "Move to…" menu is open. */
  readonly menu = signal<CardMoves | null>(null);
  /** The case whose move is being saved (its card cannot be moved again meanwhile). */
  readonly busyCaseId = signal<string | null>(null);
  readonly notice = signal<MoveNotice | null>(null);
  /** A case moved from its menu: the column it went to takes the keyboard focus to its card. */
  readonly focusRequest = signal<{ caseId: string; stage: string } | null>(null);

  /** For each column during a drag: the source, a stage it may enter, or one it may not. */
  readonly dropStates = computed(() => {
    const drag = this.drag();
    const states = new Map<string, DropState>();
    if (!drag) {
      return states;
    }
    for (const { stage } of this.store.columns()) {
      const move = drag.moves?.find((m) => m.to === stage);
      const state: DropState =
        stage === drag.from
          ? 'source'
          : drag.moves === null && !drag.failed
            ? 'pending'
            : move?.allowed
              ? 'allowed'
              : 'refused';
      states.set(stage, state);
    }
    return states;
  });

  /**
   * Whether the dragged case may enter this column (CDK asks while the card moves). Until its
   * moves arrive every column may: CDK only lets a column receive later in a drag if it could
   * when the drag started, and a drop is checked against the moves anyway.
   */
  canEnter(caseId: string, stage: string): boolean {
    const drag = this.drag();
    if (drag?.caseId !== caseId || drag.failed) {
      return false;
    }
    return drag.moves === null || drag.moves.some((m) => m.to === stage && m.allowed);
  }

  /** A card was pressed: it may be picked up next, so its moves are asked for already. */
  prefetch(card: PipelineCardDto): void {
    void this.movesOf(card);
  }

  startDrag(card: PipelineCardDto, from: string): void {
    this.notice.set(null);
    const known = this.fetched;
    const ready =
      known?.caseId === card.caseId && known.version === card.version ? known.result : undefined;
    this.drag.set({ caseId: card.caseId, from, moves: ready ?? null, failed: false });
    if (ready) {
      return;
    }
    void this.movesOf(card).then((moves) => {
      this.drag.update((drag) =>
        drag?.caseId === card.caseId ? { ...drag, moves, failed: moves === null } : drag,
      );
    });
  }

  endDrag(): void {
    this.drag.set(null);
  }

  /** A card was dropped on the column of stage `to` (its own column: nothing to do). */
  async drop(card: PipelineCardDto, from: string, to: string): Promise<void> {
    this.drag.set(null);
    if (to === from) {
      return;
    }
    const moves = await this.movesOf(card);
    const move = moves?.find((m) => m.to === to);
    if (moves === null) {
      this.tell('pipeline.move.movesError', { client: card.clientName });
    } else if (!move) {
      this.tell('pipeline.move.notAMove', {
        client: card.clientName,
        from: this.stageName(from),
        to: this.stageName(to),
      });
    } else if (!move.allowed) {
      this.refused(card, move, this.reason(move));
    } else {
      await this.perform(card, from, move, false);
    }
  }

  /** The card's menu opened: list its moves. */
  async openMenu(card: PipelineCardDto, from: string): Promise<void> {
    this.menu.set({ caseId: card.caseId, from, moves: null, failed: false });
    const moves = await this.movesOf(card);
    this.menu.update((menu) =>
      menu?.caseId === card.caseId ? { ...menu, moves, failed: moves === null } : menu,
    );
  }

  /** A move chosen in a card's menu (refused ones are disabled there). */
  async choose(card: PipelineCardDto, from: string, move: AvailableMoveDto): Promise<void> {
    if (!move.allowed) {
      this.refused(card, move, this.reason(move));
      return;
    }
    await this.perform(card, from, move, true);
  }

  dismiss(): void {
    this.notice.set(null);
  }

  /** Why a move is refused, in the user's language when the API says which rule refused it. */
  reason(move: AvailableMoveDto): string | null {
    const message = refusalMessage(move.refusal);
    if (message) {
      const text: unknown = this.translate.instant(message.key, message.params);
      if (typeof text === 'string' && text !== message.key) {
        return text;
      }
    }
    return move.reason;
  }

  stageName(stage: string): string {
    const key = `cases.stages.${stage}`;
    const name: unknown = this.translate.instant(key);
    return typeof name === 'string' && name !== key
      ? name
      : (this.store.column(stage)?.label ?? stage);
  }

  private async perform(
    card: PipelineCardDto,
    from: string,
    move: AvailableMoveDto,
    followWithFocus: boolean,
  ): Promise<void> {
    this.notice.set(null);
    let outcome: CaseOutcome | undefined;
    let comment: string | null = null;
    if (move.outcomes.length > 0) {
      const choice = await this.askOutcome(card, move);
      if (!choice) {
        return;
      }
      ({ outcome, comment } = choice);
    } else if (!this.store.column(move.to) && !(await this.confirmLeavingBoard(card, move))) {
      return;
    }
    this.busyCaseId.set(card.caseId);
    try {
      await this.store.transition(card, from, {
        to: move.to,
        ...(outcome ? { outcome } : {}),
        ...(comment ? { comment } : {}),
      });
      this.fetched = null;
      if (followWithFocus) {
        this.focusRequest.set({ caseId: card.caseId, stage: move.to });
      }
      this.toast('pipeline.move.done', { client: card.clientName, stage: this.stageName(move.to) });
    } catch (error: unknown) {
      this.failed(card, move, error);
    } finally {
      this.busyCaseId.set(null);
    }
  }

  private failed(card: PipelineCardDto, move: AvailableMoveDto, error: unknown): void {
    const problem = parseProblem(error);
    if (!problem) {
      throw error;
    }
    const client = card.clientName;
    if (problem.status === 409 && problem.type.endsWith('stale-version')) {
      this.tell('pipeline.move.stale', { client });
      void this.store.reload();
    } else if (problem.status === 409 || problem.status === 403) {
      this.refused(
        card,
        move,
        this.reason({
          ...move,
          refusal: problem.refusal ?? null,
          reason: problem.detail ?? problem.title,
        }),
      );
    } else if (problem.status === 404) {
      this.tell('pipeline.move.gone', { client });
      void this.store.reload();
    } else if (problem.status === 400 && problem.errors?.length) {
      const errors = problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      this.tell('pipeline.move.invalid', { client, errors });
    } else {
      this.tell(problem.status === 0 ? 'errors.network' : 'errors.generic', {});
    }
  }

  private refused(card: PipelineCardDto, move: AvailableMoveDto, reason: string | null): void {
    const params = { client: card.clientName, stage: this.stageName(move.to) };
    if (reason) {
      this.tell('pipeline.move.refused', { ...params, reason });
    } else {
      this.tell('pipeline.move.refusedNoReason', params);
    }
  }

  private movesOf(card: PipelineCardDto): Promise<AvailableMoveDto[] | null> {
    const known = this.fetched;
    if (known?.caseId === card.caseId && known.version === card.version) {
      return known.moves;
    }
    const moves = this.store.moves(card.caseId).catch(() => null);
    const entry: FetchedMoves = { caseId: card.caseId, version: card.version, moves };
    this.fetched = entry;
    void moves.then((result) => {
      if (result) {
        entry.result = result;
      } else if (this.fetched === entry) {
        // A failure is not kept: the next drag or menu asks again.
        this.fetched = null;
      }
    });
    return moves;
  }

  private async askOutcome(
    card: PipelineCardDto,
    move: AvailableMoveDto,
  ): Promise<OutcomeChoice | undefined> {
    const ref = this.dialog.open<OutcomeDialog, OutcomeDialogData, OutcomeChoice>(OutcomeDialog, {
      data: {
        clientName: card.clientName,
        fileNumber: card.fileNumber,
        stageName: this.stageName(move.to),
        outcomes: move.outcomes,
      },
      width: '480px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    return firstValueFrom(ref.afterClosed());
  }

  /** A move into a stage the board does not show (closing) takes the case off the board. */
  private confirmLeavingBoard(card: PipelineCardDto, move: AvailableMoveDto): Promise<boolean> {
    return this.confirm.confirm({
      titleKey: 'pipeline.move.leave.title',
      messageKey: 'pipeline.move.leave.message',
      confirmKey: 'pipeline.move.leave.confirm',
      params: { client: card.clientName, file: card.fileNumber, stage: this.stageName(move.to) },
      destructive: true,
    });
  }

  private tell(key: string, params: Record<string, string>): void {
    this.notice.set({ key, params });
  }

  private toast(key: string, params: Record<string, string>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
