import { firstValueFrom } from 'rxjs';
import { BundledTranslationLoader } from './bundled-translation-loader';

describe('BundledTranslationLoader', () => {
  const loader = new BundledTranslationLoader();

  it('loads the English and French files', async () => {
    const en = await firstValueFrom(loader.getTranslation('en'));
    const fr = await firstValueFrom(loader.getTranslation('fr'));
    expect((en['auth'] as Record<string, Record<string, string>>)['login']['title']).toBe(
      'Sign in',
    );
    expect((fr['auth'] as Record<string, Record<string, string>>)['login']['title']).toBe(
      'Connexion',
    );
  });

  it('falls back to English for unknown languages', async () => {
    const de = await firstValueFrom(loader.getTranslation('de'));
    expect((de['app'] as Record<string, string>)['skipToContent']).toBe('Skip to main content');
  });
});
