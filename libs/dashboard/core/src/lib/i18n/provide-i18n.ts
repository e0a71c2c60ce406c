import {
  type EnvironmentProviders,
  type Type,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import {
  type TranslateLoader,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { DEFAULT_LANGUAGE, LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * ngx-translate with the given loader. The app initializer waits until the translations of the
 * initial language are loaded, so the first render never shows raw translation keys.
 */
export function provideI18n(loader: Type<TranslateLoader>): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslateService({
      loader: provideTranslateLoader(loader),
      fallbackLang: DEFAULT_LANGUAGE,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
