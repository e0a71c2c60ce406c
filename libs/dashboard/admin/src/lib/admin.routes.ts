import type { Routes } from '@angular/router';
import { roleGuard } from '@intake/dashboard/core';
import { provideTranslatedPaginator } from '@intake/dashboard/ui';
import { ChecklistTemplatesPage } from './checklist-templates/checklist-templates-page';
import { DisclaimersPage } from './disclaimers/disclaimers-page';
import { OutboxPage } from './outbox/outbox-page';
import { UsersPage } from './users/users-page';

/**
 * Lazy routes under /admin. The app mounts them with `canMatch: [roleGuard('admin')]` so the
 * chunk is never loaded for other roles; the guard is repeated here in case they are mounted
 * elsewhere.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    canActivate: [roleGuard('admin')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', component: UsersPage, title: 'admin.users.title' },
      { path: 'outbox', component: OutboxPage, title: 'admin.outbox.title' },
      { path: 'disclaimers', component: DisclaimersPage, title: 'admin.disclaimers.title' },
      {
        path: 'checklist-templates',
        component: ChecklistTemplatesPage,
        title: 'admin.templates.title',
      },
    ],
  },
];
