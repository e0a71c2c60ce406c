import type { Routes } from '@angular/router';
import { BookingPage } from './booking/booking-page';
import { ManageBookingPage } from './manage/manage-booking-page';
import { SelfAssessmentPage } from './self-assessment/self-assessment-page';
import { PublicShell } from './shell/public-shell';

/**
 * Public pages, mounted by the app outside the staff layout and without any guard: a visitor
 * has no account. `/book` books a consultation; `/booking/manage?token=…` is the e-mailed link;
 * `/self-assessment` answers whether the Canadian Experience Class likely applies.
 */
export const bookingRoutes: Routes = [
  {
    path: '',
    component: PublicShell,
    children: [{ path: '', component: BookingPage, title: 'booking.page.title' }],
  },
];

export const manageBookingRoutes: Routes = [
  {
    path: '',
    component: PublicShell,
    children: [{ path: '', component: ManageBookingPage, title: 'booking.manage.title' }],
  },
];

export const selfAssessmentRoutes: Routes = [
  {
    path: '',
    component: PublicShell,
    children: [{ path: '', component: SelfAssessmentPage, title: 'booking.selfAssessment.title' }],
  },
];
