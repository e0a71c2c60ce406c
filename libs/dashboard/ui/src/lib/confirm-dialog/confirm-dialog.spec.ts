import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { ConfirmService } from './confirm-dialog';

describe('ConfirmService', () => {
  let service: ConfirmService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'en' })],
    });
    TestBed.inject(TranslateService).setTranslation('en', {
      common: { cancel: 'Cancel' },
      t: {
        title: 'Deactivate {{name}}?',
        message: '{{name}} can no longer sign in.',
        ok: 'Deactivate',
      },
    });
    service = TestBed.inject(ConfirmService);
  });

  afterEach(() => document.body.querySelector('.cdk-overlay-container')?.remove());

  async function open(): Promise<{ result: Promise<boolean>; dialog: HTMLElement }> {
    const result = service.confirm({
      titleKey: 't.title',
      messageKey: 't.message',
      confirmKey: 't.ok',
      params: { name: 'Ann' },
      destructive: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    const dialog = document.body.querySelector<HTMLElement>('intake-confirm-dialog');
    if (!dialog) {
      throw new Error('dialog not rendered');
    }
    return { result, dialog };
  }

  it('renders translated, interpolated texts in an alert dialog', async () => {
    const { dialog } = await open();
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Deactivate Ann?');
    expect(dialog.querySelector('[data-testid="confirm-message"]')?.textContent).toBe(
      'Ann can no longer sign in.',
    );
    expect(document.body.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(dialog.querySelector('[data-testid="confirm-submit"]')?.classList).toContain(
      'destructive',
    );
  });

  it('resolves true when confirmed', async () => {
    const { result, dialog } = await open();
    dialog.querySelector<HTMLButtonElement>('[data-testid="confirm-submit"]')?.click();
    await expect(result).resolves.toBe(true);
  });

  it('resolves false when cancelled', async () => {
    const { result, dialog } = await open();
    dialog.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    await expect(result).resolves.toBe(false);
  });
});
