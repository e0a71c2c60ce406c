import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type { AvailableMoveDto, CaseDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '../data/cases-api';
import { refusalMessage } from '../data/refusals';
import { StageKeyPipe } from './case-labels';
import { CaseStore } from './case-store';
import { MoveDialog, type MoveDialogData } from './move-dialog';
import { SectionData } from './section-data';

/**
 * "Move to…": every move out of the current stage. A refused move stays listed, disabled, with
 * the guard's reason written under it; an allowed one opens the confirmation.
 */
@Component({
  selector: 'intake-case-moves',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, TranslatePipe, StageKeyPipe],
  template: `
    <button
      mat-flat-button
      type="button"
      [matMenuTriggerFor]="menu"
      [disabled]="moves.status() === 'loading'"
      data-testid="case-move-button"
    >
      {{ 'cases.page.moves.button' | translate }}
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="case-move-menu">
      @switch (moves.status()) {
        @case ('error') {
          <p class="menu-note" role="alert">{{ 'cases.page.moves.loadError' | translate }}</p>
          <button mat-menu-item type="button" (click)="retry()" data-testid="case-move-retry">
            {{ 'common.retry' | translate }}
          </button>
        }
        @default {
          @for (m of moves.value() ?? []; track m.to) {
            <button
              mat-menu-item
              type="button"
              class="move"
              [class.refused]="!m.allowed"
              [disabled]="!m.allowed"
              data-testid="case-move-option"
              [attr.data-stage]="m.to"
              [attr.data-allowed]="m.allowed"
              (click)="choose(m)"
            >
              <span class="move-text">
                <span class="move-label">{{ m.to | stageKey | translate }}</span>
                @if (m.lawyerOnly) {
                  <span class="hint">{{ 'cases.page.moves.lawyerOnly' | translate }}</span>
                }
                @if (!m.allowed) {
                  @let why = refusalMessage(m.refusal);
                  <span class="reason" data-testid="case-move-reason">
                    @if (why) {
                      {{ why.key | translate: why.params }}
                    } @else {
                      {{ m.reason ?? ('cases.page.moves.refused' | translate) }}
                    }
                  </span>
                }
              </span>
            </button>
          } @empty {
            <p class="menu-note" data-testid="case-move-none">
              {{ 'cases.page.moves.none' | translate }}
            </p>
          }
        }
      }
    </mat-menu>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .move {
      height: auto;
      min-height: 48px;
      padding-top: 8px;
      padding-bottom: 8px;
      white-space: normal;
    }
    .move-text {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .move-label {
      font-weight: 500;
    }
    /* Material fades a disabled item to 38 %: the reason must stay readable. */
    .move.refused[disabled] {
      opacity: 1;
    }
    .refused .move-label {
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    .menu-note {
      margin: 0;
      padding: 12px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    ::ng-deep .case-move-menu {
      max-width: 360px;
    }
  `,
})
export class CaseMoves {
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly refusalMessage = refusalMessage;
  protected readonly moves = new SectionData<AvailableMoveDto[]>((id) => this.api.moves(id));

  constructor() {
    effect(() => {
      const id = this.store.caseId();
      this.store.revision('moves')();
      if (id) {
        untracked(() => void this.moves.load(id));
      }
    });
  }

  protected retry(): void {
    void this.moves.reload();
  }

  /** Refused moves are listed for their reason only: choosing one does nothing. */
  protected choose(move: AvailableMoveDto): void {
    if (!move.allowed) {
      return;
    }
    this.dialog.open<MoveDialog, MoveDialogData, CaseDto>(MoveDialog, {
      data: { move },
      // The dialog posts the move through the page's store.
      injector: this.injector,
      width: '520px',
      autoFocus: 'first-tabbable',
    });
  }
}
