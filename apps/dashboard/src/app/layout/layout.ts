import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbar } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import {
  AuthService,
  LANGUAGE_LABEL_KEYS,
  LOGIN_URL,
  LanguageService,
  ROLE_LABEL_KEYS,
} from '@intake/dashboard/core';
import { Icon } from '@intake/dashboard/ui';
import type { Language, Role } from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';

export interface NavItem {
  path: string;
  labelKey: string;
  testId: string;
  /** Only these roles see the item; all roles when absent. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/clients', labelKey: 'nav.clients', testId: 'nav-clients' },
  { path: '/cases', labelKey: 'nav.cases', testId: 'nav-cases' },
  { path: '/pipeline', labelKey: 'nav.pipeline', testId: 'nav-pipeline' },
  { path: '/deadlines', labelKey: 'nav.deadlines', testId: 'nav-deadlines' },
  { path: '/bookings', labelKey: 'nav.bookings', testId: 'nav-bookings' },
  { path: '/assessments', labelKey: 'nav.assessments', testId: 'nav-assessments' },
  { path: '/admin/users', labelKey: 'nav.adminUsers', testId: 'nav-admin-users', roles: ['admin'] },
  {
    path: '/admin/outbox',
    labelKey: 'nav.adminOutbox',
    testId: 'nav-admin-outbox',
    roles: ['admin'],
  },
  {
    path: '/admin/disclaimers',
    labelKey: 'nav.adminDisclaimers',
    testId: 'nav-admin-disclaimers',
    roles: ['admin'],
  },
  {
    path: '/admin/checklist-templates',
    labelKey: 'nav.adminTemplates',
    testId: 'nav-admin-templates',
    roles: ['admin'],
  },
];

/** Toolbar, side navigation, user menu and the must-change-password banner around all pages. */
@Component({
  selector: 'intake-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatSidenavContainer,
    MatSidenav,
    MatSidenavContent,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatButton,
    MatIconButton,
    MatDivider,
    TranslatePipe,
    Icon,
  ],
  templateUrl: './layout.html',
  styleUrl: './layout.scss',
})
export class Layout {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly sidenavRef = viewChild.required(MatSidenav);
  protected readonly language = inject(LanguageService);

  protected readonly user = this.auth.user;
  protected readonly mustChangePassword = this.auth.mustChangePassword;
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly navItems = computed(() => {
    const role = this.auth.role();
    return NAV_ITEMS.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
  });

  protected closeNavOnHandset(): void {
    if (this.isHandset()) {
      void this.sidenavRef().close();
    }
  }

  protected async switchLanguage(language: Language): Promise<void> {
    try {
      await this.auth.switchLanguage(language);
    } catch {
      const message: unknown = this.translate.instant('layout.userMenu.languageNotSaved');
      this.snackBar.open(String(message), undefined, { duration: 5000 });
    }
  }

  protected async signOut(): Promise<void> {
    try {
      await this.auth.logout();
    } catch {
      // The local session is cleared anyway; the server session expires on its own.
    }
    await this.router.navigateByUrl(LOGIN_URL);
  }
}
