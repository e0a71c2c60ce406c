import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

export const APP_TITLE_KEY = 'app.name';

/**
 * Route `title`s are translation keys. The document title becomes "<page> · <app name>" in the
 * current language and is refreshed when the language changes.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private lastSnapshot: RouterStateSnapshot | null = null;

  constructor() {
    super();
    this.translate.onLangChange.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      if (this.lastSnapshot) {
        this.updateTitle(this.lastSnapshot);
      }
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastSnapshot = snapshot;
    const key = this.buildTitle(snapshot);
    const appName = this.text(APP_TITLE_KEY);
    this.title.setTitle(key ? `${this.text(key)} · ${appName}` : appName);
  }

  private text(key: string): string {
    const value: unknown = this.translate.instant(key);
    return typeof value === 'string' ? value : key;
  }
}
