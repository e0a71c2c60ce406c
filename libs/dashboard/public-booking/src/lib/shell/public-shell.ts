import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { LANGUAGE_LABEL_KEYS, LanguageService, isLanguage } from '@intake/dashboard/core';
import type { Language } from '@intake/shared/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PublicFirm } from './public-firm';

/**
 * The frame of the public pages: the firm's name (from the API), links between the booking and
 * the self-assessment, and the English/French switch; no staff navigation. A link from the
 * firm's site may open a language with `?lang=fr`.
 */
@Component({
  selector: 'intake-public-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButton, TranslatePipe],
  templateUrl: './public-shell.html',
  styleUrl: './public-shell.scss',
})
export class PublicShell {
  protected readonly language = inject(LanguageService);
  protected readonly languageKeys = LANGUAGE_LABEL_KEYS;
  protected readonly firm = inject(PublicFirm);

  /** The `lang` query parameter. */
  readonly lang = input<string | undefined>();

  constructor() {
    void this.firm.load();
    effect(() => {
      const requested = this.lang();
      if (isLanguage(requested) && requested !== untracked(this.language.current)) {
        untracked(() => this.switchTo(requested));
      }
    });
  }

  protected switchTo(language: Language): void {
    this.language.use(language).catch((error: unknown) => {
      console.error('Could not switch the language', error);
    });
  }
}
