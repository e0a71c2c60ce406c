import type { Routes } from '@angular/router';
import { authGuard, guestGuard, roleGuard } from '@intake/dashboard/core';
import { ForbiddenPage, NotFoundPage } from '@intake/dashboard/ui';
import { Layout } from './layout/layout';

export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('@intake/dashboard/auth').then((m) => m.loginRoutes),
  },
  {
    path: 'book',
    loadChildren: () => import('@intake/dashboard/public-booking').then((m) => m.bookingRoutes),
  },
  {
    path: 'booking/manage',
    loadChildren: () =>
      import('@intake/dashboard/public-booking').then((m) => m.manageBookingRoutes),
  },
  {
    path: 'self-assessment',
    loadChildren: () =>
      import('@intake/dashboard/public-booking').then((m) => m.selfAssessmentRoutes),
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
      {
        path: 'bookings',
        loadChildren: () => import('@intake/dashboard/consultations').then((m) => m.bookingsRoutes),
      },
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
