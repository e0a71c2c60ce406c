import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { AuthService } from '@intake/dashboard/core';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map } from 'rxjs';

export type BookingsTab = 'requests' | 'calendar' | 'availability';

/** The tab of `/bookings/…` a URL belongs to (a request's page belongs to the requests). */
export function tabOf(url: string): BookingsTab {
  const path = url.split(/[?#]/)[0].replace(/^\/bookings\/?/, '');
  if (path.startsWith('calendar')) {
    return 'calendar';
  }
  if (path.startsWith('availability')) {
    return 'availability';
  }
  return 'requests';
}

/** Bookings: the requests queue, the calendar and (admins) availability, as tabs. */
@Component({
  selector: 'intake-bookings-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, MatTabNav, MatTabLink, MatTabNavPanel, TranslatePipe],
  template: `
    <div class="shell">
      <h1 class="title">{{ 'consultations.title' | translate }}</h1>
      <nav
        mat-tab-nav-bar
        [tabPanel]="panel"
        [attr.aria-label]="'consultations.tabs.label' | translate"
        data-testid="bookings-tabs"
      >
        <a
          mat-tab-link
          routerLink="/bookings"
          [active]="tab() === 'requests'"
          data-testid="bookings-tab-requests"
          >{{ 'consultations.tabs.requests' | translate }}</a
        >
        <a
          mat-tab-link
          routerLink="/bookings/calendar"
          [active]="tab() === 'calendar'"
          data-testid="bookings-tab-calendar"
          >{{ 'consultations.tabs.calendar' | translate }}</a
        >
        @if (isAdmin()) {
          <a
            mat-tab-link
            routerLink="/bookings/availability"
            [active]="tab() === 'availability'"
            data-testid="bookings-tab-availability"
            >{{ 'consultations.tabs.availability' | translate }}</a
          >
        }
      </nav>
    </div>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    .shell {
      padding: 24px 16px 0;
      max-width: 1280px;
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-small);
    }
  `,
})
export class BookingsShell {
  private readonly router = inject(Router);
  protected readonly isAdmin = inject(AuthService).isAdmin;

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  protected readonly tab = computed(() => tabOf(this.url()));
}
