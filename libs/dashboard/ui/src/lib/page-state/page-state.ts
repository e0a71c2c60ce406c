import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslatePipe } from '@ngx-translate/core';
import { Icon } from '../icon/icon';

export type PageStatus = 'loading' | 'empty' | 'error' | 'ready';

/**
 * Loading spinner, empty state or error (with retry) for a page or a list; projects its content
 * when the status is `ready`. Messages are translation keys.
 */
@Component({
  selector: 'intake-page-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinner, MatButton, TranslatePipe, Icon],
  template: `
    @switch (status()) {
      @case ('loading') {
        <div class="state" role="status" data-testid="page-state-loading">
          <mat-progress-spinner
            mode="indeterminate"
            diameter="40"
            [attr.aria-label]="loadingKey() | translate"
          />
          <span class="cdk-visually-hidden">{{ loadingKey() | translate }}</span>
        </div>
      }
      @case ('empty') {
        <div class="state" role="status" data-testid="page-state-empty">
          <intake-icon name="inbox" />
          <p>{{ emptyKey() | translate }}</p>
          <ng-content select="[pageStateEmptyAction]" />
        </div>
      }
      @case ('error') {
        <div class="state error" role="alert" data-testid="page-state-error">
          <intake-icon name="error" />
          <p>{{ errorKey() | translate }}</p>
          <button
            mat-stroked-button
            type="button"
            (click)="retry.emit()"
            data-testid="page-state-retry"
          >
            {{ 'common.retry' | translate }}
          </button>
        </div>
      }
      @case ('ready') {
        <ng-content />
      }
    }
  `,
  styles: `
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .state p {
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PageState {
  readonly status = input.required<PageStatus>();
  readonly loadingKey = input('ui.pageState.loading');
  readonly emptyKey = input('ui.pageState.empty');
  readonly errorKey = input('ui.pageState.error');
  readonly retry = output<void>();
}
