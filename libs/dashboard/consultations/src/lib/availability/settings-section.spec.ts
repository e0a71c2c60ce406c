import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { BookingSettingsDto } from '@intake/shared/contracts';
import { consultationTestProviders, problem, signIn } from '../testing/consultation-fixtures';
import { SettingsSection } from './settings-section';

const URL = '/api/availability/settings';
const SETTINGS: BookingSettingsDto = {
  bufferMinutes: 15,
  minNoticeHours: 24,
  horizonDays: 60,
  timeZone: 'America/Toronto',
  version: 4,
};

describe('SettingsSection', () => {
  let fixture: ComponentFixture<SettingsSection>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    signIn('admin', 'u-admin');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SettingsSection);
    await settle();
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const input = (testId: string): HTMLInputElement => el(testId) as HTMLInputElement;
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const errorOf = (testId: string): string =>
    text(el(testId)?.closest('mat-form-field')?.querySelector('mat-error'));

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function type(testId: string, value: string): Promise<void> {
    input(testId).value = value;
    input(testId).dispatchEvent(new Event('input'));
    input(testId).dispatchEvent(new Event('blur'));
    await settle();
  }

  it('saves the rules under the version read', async () => {
    backend.expectOne(URL).flush(SETTINGS);
    await settle();
    expect(input('settings-buffer').value).toBe('15');
    await type('settings-buffer', '20');
    el('settings-save')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PUT', url: URL });
    expect(req.request.body).toEqual({
      version: 4,
      bufferMinutes: 20,
      minNoticeHours: 24,
      horizonDays: 60,
    });
    req.flush({ ...SETTINGS, bufferMinutes: 20, version: 5 });
    await settle();

    await type('settings-horizon', '90');
    el('settings-save')?.click();
    await settle();
    expect(backend.expectOne({ method: 'PUT', url: URL }).request.body.version).toBe(5);
  });

  it("puts the API's field errors under the fields and keeps the values", async () => {
    backend.expectOne(URL).flush(SETTINGS);
    await settle();
    await type('settings-notice', '48');
    el('settings-save')?.click();
    await settle();
    backend.expectOne({ method: 'PUT', url: URL }).flush(
      problem(400, 'validation', {
        errors: [{ field: 'minNoticeHours', message: 'must not be greater than 36' }],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorOf('settings-notice')).toBe('consultations.availability.errors.max');
    expect(input('settings-notice').value).toBe('48');
  });

  it('checks the numbers before sending', async () => {
    backend.expectOne(URL).flush(SETTINGS);
    await settle();
    await type('settings-horizon', '0');
    el('settings-save')?.click();
    await settle();
    backend.expectNone({ method: 'PUT', url: URL });
    expect(errorOf('settings-horizon')).toBe('consultations.availability.errors.min');
  });

  it('tells the admin and reloads when someone else changed the rules (409)', async () => {
    backend.expectOne(URL).flush(SETTINGS);
    await settle();
    await type('settings-buffer', '30');
    el('settings-save')?.click();
    await settle();
    backend
      .expectOne({ method: 'PUT', url: URL })
      .flush(problem(409, 'stale-version'), { status: 409, statusText: 'Conflict' });
    await settle();
    backend
      .expectOne({ method: 'GET', url: URL })
      .flush({ ...SETTINGS, bufferMinutes: 10, version: 6 });
    await settle();
    expect(text(el('settings-notice-box'))).toContain('consultations.errors.stale');
    expect(input('settings-buffer').value).toBe('10');
    el('settings-save')?.click();
    await settle();
    expect(backend.expectOne({ method: 'PUT', url: URL }).request.body.version).toBe(6);
  });

  it('shows a load error with retry', async () => {
    backend.expectOne(URL).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    (el('settings-load-error')?.querySelector('button') as HTMLElement).click();
    await settle();
    backend.expectOne(URL).flush(SETTINGS);
    await settle();
    expect(el('settings-form')).not.toBeNull();
  });
});
