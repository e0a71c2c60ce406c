import type { Routes } from '@angular/router';
import { authGuard, guestGuard, roleGuard } from '@intake/dashboard/core';
import { ComingSoonPage, ForbiddenPage, NotFoundPage } from '@intake/dashboard/ui';
import { Layout } from './layout/layout';

/** Areas planned for later issues; they show a placeholder inside the layout for now. */
const comingSoon = (path: string, titleKey: string) => ({
  path,
  component: ComingSoonPage,
  title: titleKey,
  data: { titleKey },
});

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('@intake/dashboard/auth').then((m) => m.loginRoutes),
  },
  {
    path: '',
    component: Layout,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'clients' },
      {
        path: 'clients/:clientId/assessments',
        loadChildren: () =>
          import('@intake/dashboard/assessments').then((m) => m.clientAssessmentRoutes),
      },
      {
        path: 'clients',
        loadChildren: () => import('@intake/dashboard/clients').then((m) => m.clientsRoutes),
      },
      {
        path: 'cases',
        loadChildren: () => import('@intake/dashboard/cases').then((m) => m.casesRoutes),
      },
      {
        path: 'pipeline',
        loadChildren: () => import('@intake/dashboard/cases').then((m) => m.pipelineRoutes),
      },
      {
        path: 'deadlines',
        loadChildren: () => import('@intake/dashboard/cases').then((m) => m.deadlinesRoutes),
      },
      comingSoon('bookings', 'nav.bookings'),
      {
        path: 'assessments',
        loadChildren: () => import('@intake/dashboard/assessments').then((m) => m.calculatorRoutes),
      },
      {
        path: 'change-password',
        loadChildren: () => import('@intake/dashboard/auth').then((m) => m.changePasswordRoutes),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('admin')],
        loadChildren: () => import('@intake/dashboard/admin').then((m) => m.adminRoutes),
      },
      { path: 'forbidden', component: ForbiddenPage, title: 'ui.forbidden.title' },
      { path: '**', component: NotFoundPage, title: 'ui.notFound.title' },
    ],
  },
];
