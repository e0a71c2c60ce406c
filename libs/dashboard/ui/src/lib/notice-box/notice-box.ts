import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icon/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** What a notice says: a translation key (with parameters) and the API's own explanation. */
export interface NoticeMessage {
  key: string;
  params?: Record<string, string | number>;
  /** The API's explanation (why a change was refused), shown as written. */
  detail: string | null;
}

/** An error or warning: the message, and the API's own explanation under it. */
@Component({
  selector: 'intake-notice-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon, TranslatePipe],
  template: `
    @let n = notice();
    <div class="notice" role="alert" [attr.data-testid]="testId()">
      <intake-icon name="warning" />
      <div class="text">
        <p>{{ n.key | translate: n.params }}</p>
        @if (n.detail) {
          <p class="detail" data-testid="notice-detail">{{ n.detail }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .notice {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      padding: 12px 16px;
      margin: 8px 0;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      flex: 1;
      min-width: 0;
    }
    p {
      margin: 0;
    }
    .detail {
      margin-top: 4px;
      white-space: pre-line;
      font-weight: 500;
    }
  `,
})
export class NoticeBox {
  readonly notice = input.required<NoticeMessage>();
  readonly testId = input('notice');
}
