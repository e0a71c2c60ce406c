import type { Routes } from '@angular/router';
import { ChangePasswordPage } from './change-password/change-password-page';
import { LoginPage } from './login/login-page';

/** Lazy routes for /login (outside the layout). */
export const loginRoutes: Routes = [{ path: '', component: LoginPage, title: 'auth.login.title' }];

/** Lazy routes for /change-password (inside the layout). */
export const changePasswordRoutes: Routes = [
  { path: '', component: ChangePasswordPage, title: 'auth.changePassword.title' },
];
