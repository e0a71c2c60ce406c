import { Injectable, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  TranslateLoader,
  TranslateService,
  type TranslationObject,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { type Observable, of } from 'rxjs';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';

@Injectable()
class StaticLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of({ greeting: lang === 'fr' ? 'Bonjour' : 'Hello' });
  }
}

describe('LanguageService', () => {
  let service: LanguageService;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTranslateService({
          loader: provideTranslateLoader(StaticLoader),
          fallbackLang: 'en',
        }),
      ],
    });
    service = TestBed.inject(LanguageService);
  });

  it('switches translations, <html lang> and remembers the choice', async () => {
    await service.use('fr');
    expect(service.current()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(TestBed.inject(TranslateService).instant('greeting')).toBe('Bonjour');

    await service.use('en');
    expect(document.documentElement.lang).toBe('en');
    expect(TestBed.inject(TranslateService).instant('greeting')).toBe('Hello');
  });

  it('starts with the stored language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(service.initialLanguage()).toBe('fr');
    await service.init();
    expect(service.current()).toBe('fr');
  });

  it('ignores an invalid stored value and falls back to the browser language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const spy = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(service.initialLanguage()).toBe('fr');
    spy.mockReturnValue('de-DE');
    expect(service.initialLanguage()).toBe('en');
    spy.mockRestore();
  });
});
