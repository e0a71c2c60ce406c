import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ConfirmService } from '@intake/dashboard/ui';
import type { DisclaimerVersionDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { DISCLAIMERS_API } from './disclaimers-api';
import { DisclaimersPage } from './disclaimers-page';

const TEXT = {
  general: 'The information on this site is general information, not legal advice.',
  confidentiality: 'What you send before the firm agrees to act is not confidential.',
};

function version(number: number, current: boolean): DisclaimerVersionDto {
  return {
    id: `v-${number}`,
    number,
    hash: `${number}`.repeat(64).slice(0, 64),
    en: {
      generalInformation: `${TEXT.general} (${number})`,
      noConfidentiality: TEXT.confidentiality,
    },
    fr: {
      generalInformation: `Renseignements généraux, et non des conseils juridiques (${number}).`,
      noConfidentiality: 'Ce que vous transmettez avant n’est pas confidentiel.',
    },
    publishedAt: '2026-11-01T12:00:00.000Z',
    publishedBy: 'u-1',
    publishedByName: 'Ada Admin',
    current,
  };
}

describe('DisclaimersPage', () => {
  let fixture: ComponentFixture<DisclaimersPage>;
  let backend: HttpTestingController;
  let answer: boolean;

  beforeEach(async () => {
    answer = true;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ConfirmService, useValue: { confirm: () => Promise.resolve(answer) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DisclaimersPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function loaded(versions: DisclaimerVersionDto[]): Promise<void> {
    backend.expectOne({ method: 'GET', url: DISCLAIMERS_API }).flush(versions);
    await settle();
  }

  function type(testId: string, value: string): void {
    const input = el(testId) as HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows the version in force with its hash, and the earlier ones', async () => {
    await loaded([version(2, true), version(1, false)]);
    expect(el('disclaimer-current')?.textContent).toContain('admin.disclaimers.inForce');
    expect(el('disclaimer-current')?.textContent).toContain(`${TEXT.general} (2)`);
    expect(el('disclaimer-hash')?.textContent).toBe('2'.repeat(64));
    expect(root().querySelectorAll('[data-testid="disclaimer-version"]')).toHaveLength(1);
  });

  it('shows an error with a retry when the versions cannot be loaded', async () => {
    backend.expectOne(DISCLAIMERS_API).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('admin.disclaimers.loadError');
    el('page-state-retry')?.click();
    await loaded([version(1, true)]);
    expect(el('disclaimer-current')).not.toBeNull();
  });

  it('publishes a new version from the texts in force, after confirmation', async () => {
    await loaded([version(1, true)]);
    el('disclaimer-new-version')?.click();
    await settle();
    expect((el('disclaimer-en-general') as HTMLTextAreaElement).value).toBe(`${TEXT.general} (1)`);
    type('disclaimer-en-general', `${TEXT.general} Read it carefully.`);
    el('disclaimer-publish')?.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: DISCLAIMERS_API });
    expect(req.request.body.en).toEqual({
      generalInformation: `${TEXT.general} Read it carefully.`,
      noConfidentiality: TEXT.confidentiality,
    });
    expect(req.request.body.fr.generalInformation).toContain('Renseignements généraux');
    req.flush(version(2, true));
    await settle();
    await loaded([version(2, true), version(1, false)]);
    expect(el('disclaimer-editor')).toBeNull();
  });

  it('publishes nothing when the admin cancels the confirmation or a statement is too short', async () => {
    await loaded([version(1, true)]);
    el('disclaimer-new-version')?.click();
    await settle();
    answer = false;
    el('disclaimer-publish')?.click();
    await settle();
    backend.expectNone({ method: 'POST', url: DISCLAIMERS_API });

    answer = true;
    type('disclaimer-fr-confidentiality', 'Trop court');
    el('disclaimer-publish')?.click();
    await settle();
    backend.expectNone({ method: 'POST', url: DISCLAIMERS_API });
    expect(el('disclaimer-editor')?.textContent).toContain('admin.disclaimers.lengthError');
  });

  it('puts the API field errors under their fields and keeps what was typed', async () => {
    await loaded([version(1, true)]);
    el('disclaimer-new-version')?.click();
    await settle();
    type('disclaimer-en-general', `${TEXT.general} Amended.`);
    el('disclaimer-publish')?.click();
    await settle();
    backend.expectOne({ method: 'POST', url: DISCLAIMERS_API }).flush(
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        errors: [{ field: 'en.generalInformation', message: 'must be shorter' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el('disclaimer-editor')?.textContent).toContain('must be shorter');
    expect((el('disclaimer-en-general') as HTMLTextAreaElement).value).toBe(
      `${TEXT.general} Amended.`,
    );
    expect(el('disclaimer-error')).toBeNull();
  });
});
