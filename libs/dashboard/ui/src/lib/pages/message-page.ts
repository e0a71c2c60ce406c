import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Icon, type IconName } from '../icon/icon';

/** A centred message with an icon, a heading, a text and an optional link. */
@Component({
  selector: 'intake-message-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon, TranslatePipe, RouterLink],
  template: `
    <section class="message" [attr.data-testid]="testId()">
      <intake-icon [name]="icon()" />
      <h1>{{ titleKey() | translate }}</h1>
      <p>{{ messageKey() | translate }}</p>
      @if (linkKey(); as linkKey) {
        <a [routerLink]="linkTo()">{{ linkKey | translate }}</a>
      }
    </section>
  `,
  styles: `
    .message {
      max-width: 560px;
      margin: 64px auto;
      padding: 0 16px;
      text-align: center;
    }
    intake-icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    intake-icon ::ng-deep svg {
      width: 48px;
      height: 48px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MessagePage {
  readonly icon = input.required<IconName>();
  readonly titleKey = input.required<string>();
  readonly messageKey = input.required<string>();
  readonly testId = input.required<string>();
  readonly linkKey = input<string>();
  readonly linkTo = input('/');
}

/**
 * Placeholder for areas that are not built yet. The route provides the area name as the
 * `titleKey` route data (bound through withComponentInputBinding).
 */
@Component({
  selector: 'intake-coming-soon-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MessagePage],
  template: `<intake-message-page
    icon="construction"
    [titleKey]="titleKey()"
    messageKey="ui.comingSoon.message"
    testId="coming-soon"
  />`,
})
export class ComingSoonPage {
  readonly titleKey = input('ui.comingSoon.title');
}

/** Shown (without changing the URL) when a user's role does not allow a page. */
@Component({
  selector: 'intake-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MessagePage],
  template: `<intake-message-page
    icon="lock"
    titleKey="ui.forbidden.title"
    messageKey="ui.forbidden.message"
    testId="forbidden"
    linkKey="ui.forbidden.home"
    linkTo="/clients"
  />`,
})
export class ForbiddenPage {}

@Component({
  selector: 'intake-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MessagePage],
  template: `<intake-message-page
    icon="warning"
    titleKey="ui.notFound.title"
    messageKey="ui.notFound.message"
    testId="not-found"
    linkKey="ui.notFound.home"
    linkTo="/clients"
  />`,
})
export class NotFoundPage {}
