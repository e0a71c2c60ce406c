import { Injectable } from '@angular/core';
import { TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import { type Observable, from } from 'rxjs';

type Files = () => Promise<{ default: TranslationObject }>[];

/**
 * One file per area and language under src/i18n (`en.json` for the shell, `<area>.en.json` for
 * a feature, each under its own top-level key), merged here. They are bundled as separate,
 * content-hashed lazy chunks: nothing stale after a deploy, only the languages in use fetched.
 */
const FILES: Record<'en' | 'fr', Files> = {
  en: () => [
    import('../../i18n/en.json'),
    import('../../i18n/clients.en.json'),
    import('../../i18n/assessments.en.json'),
    import('../../i18n/cases.en.json'),
    import('../../i18n/caselist.en.json'),
    import('../../i18n/pipeline.en.json'),
    import('../../i18n/deadlines.en.json'),
    import('../../i18n/booking.en.json'),
    import('../../i18n/consultations.en.json'),
  ],
  fr: () => [
    import('../../i18n/fr.json'),
    import('../../i18n/clients.fr.json'),
    import('../../i18n/assessments.fr.json'),
    import('../../i18n/cases.fr.json'),
    import('../../i18n/caselist.fr.json'),
    import('../../i18n/pipeline.fr.json'),
    import('../../i18n/deadlines.fr.json'),
    import('../../i18n/booking.fr.json'),
    import('../../i18n/consultations.fr.json'),
  ],
};

export async function loadTranslations(lang: string): Promise<TranslationObject> {
  const modules = await Promise.all(FILES[lang === 'fr' ? 'fr' : 'en']());
  return Object.assign({}, ...modules.map((module) => module.default)) as TranslationObject;
}

@Injectable()
export class BundledTranslationLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return from(loadTranslations(lang));
  }
}
