import type { Routes } from '@angular/router';
import { roleGuard } from '@intake/dashboard/core';
import { provideTranslatedPaginator } from '@intake/dashboard/ui';
import { AvailabilityPage } from './availability/availability-page';
import { CalendarPage } from './calendar/calendar-page';
import { RequestPage } from './request/request-page';
import { RequestsPage } from './requests/requests-page';
import { BookingsShell } from './shell/bookings-shell';

/**
 * Lazy routes mounted by the app at `bookings` (any signed-in staff member): the requests queue,
 * one request, the calendar, and the availability editor for admins.
 */
export const bookingsRoutes: Routes = [
  {
    path: '',
    component: BookingsShell,
    providers: [provideTranslatedPaginator()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        component: RequestsPage,
        title: 'consultations.requests.title',
      },
      {
        path: 'requests/:requestId',
        component: RequestPage,
        title: 'consultations.request.title',
      },
      { path: 'calendar', component: CalendarPage, title: 'consultations.calendar.title' },
      {
        path: 'availability',
        canActivate: [roleGuard('admin')],
        component: AvailabilityPage,
        title: 'consultations.availability.title',
      },
    ],
  },
];
