export * from './lib/auth.routes';
export { LoginPage, loginErrorKey } from './lib/login/login-page';
export { ChangePasswordPage } from './lib/change-password/change-password-page';
