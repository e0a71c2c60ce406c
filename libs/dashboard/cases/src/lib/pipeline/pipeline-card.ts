import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { LanguageService } from '@intake/dashboard/core';
import { Icon, IsoDatePipe } from '@intake/dashboard/ui';
import type { AvailableMoveDto, PipelineCardDto } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PipelineMover } from './pipeline-mover';

/** One case on the board: who, which file, how long in the stage, what is due; a menu to move it. */
@Component({
  selector: 'intake-pipeline-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatIconButton,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    MatTooltip,
    TranslatePipe,
    Icon,
    IsoDatePipe,
  ],
  templateUrl: './pipeline-card.html',
  styleUrl: './pipeline-card.scss',
})
export class PipelineCard {
  protected readonly mover = inject(PipelineMover);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  readonly card = input.required<PipelineCardDto>();
  /** The stage of the column holding the card. */
  readonly stage = input.required<string>();

  protected readonly nameId = computed(() => `pipeline-card-${this.card().caseId}`);
  protected readonly busy = computed(() => this.mover.busyCaseId() === this.card().caseId);
  /** This card's menu state, once it is opened. */
  private readonly menuState = computed(() => {
    const menu = this.mover.menu();
    return menu?.caseId === this.card().caseId ? menu : null;
  });
  /** The moves listed in the menu, each refused one with its reason; null until they arrive. */
  protected readonly options = computed(
    () =>
      this.menuState()?.moves?.map((move) => ({
        move,
        reason: move.allowed ? null : this.mover.reason(move),
      })) ?? null,
  );
  protected readonly menuFailed = computed(() => this.menuState()?.failed === true);

  protected openMenu(): void {
    void this.mover.openMenu(this.card(), this.stage());
  }

  protected choose(move: AvailableMoveDto): void {
    void this.mover.choose(this.card(), this.stage(), move);
  }

  /** Enter on the card itself (not on its link or button) opens the case. */
  protected open(event: Event): void {
    if (event.target === event.currentTarget) {
      void this.router.navigate(['/cases', this.card().caseId]);
    }
  }
}
