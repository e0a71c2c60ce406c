import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  XSRF_COOKIE_NAME,
  XSRF_HEADER_NAME,
  authExpiredInterceptor,
  csrfRetryInterceptor,
  provideI18n,
} from '@intake/dashboard/core';
import { appRoutes } from './app.routes';
import { BundledTranslationLoader } from './i18n/bundled-translation-loader';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    provideHttpClient(
      withInterceptors([authExpiredInterceptor, csrfRetryInterceptor]),
      withXsrfConfiguration({ cookieName: XSRF_COOKIE_NAME, headerName: XSRF_HEADER_NAME }),
    ),
    provideI18n(BundledTranslationLoader),
  ],
};
