import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import type { Language } from '@intake/shared/contracts';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LANGUAGE_LIST, isLanguage } from '../config/domain';

export const LANGUAGE_STORAGE_KEY = 'intake.language';
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Owns the UI language: loads the translations, keeps `<html lang>` in sync and remembers the
 * choice in localStorage so the login page opens in the last used language. Persisting the choice
 * for a signed-in user (PATCH /api/auth/me) is done by AuthService.switchLanguage.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<Language>(DEFAULT_LANGUAGE);

  readonly current = this.state.asReadonly();
  readonly languages = LANGUAGE_LIST;

  /** Language to start with: the stored choice, else the browser language, else English. */
  initialLanguage(): Language {
    const stored = this.readStored();
    if (stored) {
      return stored;
    }
    const browser = this.document.defaultView?.navigator.language?.slice(0, 2).toLowerCase();
    return isLanguage(browser) ? browser : DEFAULT_LANGUAGE;
  }

  /** Loads the translations of the initial language; used as an app initializer. */
  async init(): Promise<void> {
    try {
      await this.use(this.initialLanguage());
    } catch {
      // Fall back to English rather than block the application start.
      await this.use(DEFAULT_LANGUAGE).catch(() => undefined);
    }
  }

  /** Switches the UI language once its translations are loaded. */
  async use(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.state.set(language);
    this.document.documentElement.lang = language;
    this.store(language);
  }

  private readStored(): Language | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(value) ? value : null;
    } catch {
      return null;
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, policies); the choice then lasts for the tab.
    }
  }
}
