import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { API } from '@intake/dashboard/core';
import { provideTranslateService } from '@ngx-translate/core';
import { ChangePasswordPage } from './change-password-page';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePasswordPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const errors = (): (string | undefined)[] =>
    Array.from(root().querySelectorAll('mat-error')).map((e) => e.textContent?.trim());

  function type(testId: string, value: string): void {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  function fill(current: string, next: string, confirm = next): void {
    type('change-password-current', current);
    type('change-password-new', next);
    type('change-password-confirm', confirm);
  }

  it('validates length and confirmation before calling the API', async () => {
    fill('old', 'short', 'different');
    el('change-password-submit')?.click();
    await settle();
    backend.expectNone(API.password);
    expect(errors()).toEqual(['errors.minLength', 'errors.passwordMismatch']);
  });

  it('re-validates the confirmation when the new password changes', async () => {
    fill('old', 'a long enough password', 'a long enough password');
    type('change-password-new', 'another long password');
    el('change-password-submit')?.click();
    await settle();
    backend.expectNone(API.password);
    expect(errors()).toEqual(['errors.passwordMismatch']);
  });

  it('posts the passwords and confirms success', async () => {
    fill('old password', 'a long enough password');
    el('change-password-submit')?.click();
    await settle();
    const req = backend.expectOne(API.password);
    expect(req.request.body).toEqual({
      currentPassword: 'old password',
      newPassword: 'a long enough password',
    });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el('change-password-success')?.textContent?.trim()).toBe('auth.changePassword.success');
    expect((el('change-password-new') as HTMLInputElement).value).toBe('');
    expect(errors()).toEqual([]);
  });

  it('shows policy errors from the API on the field', async () => {
    fill('old password', 'a long enough password');
    el('change-password-submit')?.click();
    await settle();
    backend.expectOne(API.password).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'newPassword', message: 'is too common' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errors()).toEqual(['is too common']);
    expect(el('change-password-error')?.textContent?.trim()).toBe('errors.checkFields');
  });

  it("shows the API's wrong-current-password field error translated", async () => {
    fill('wrong password', 'a long enough password');
    el('change-password-submit')?.click();
    await settle();
    backend.expectOne(API.password).flush(
      {
        type: 'https://intake.example/problems/validation',
        title: 'The request is not valid',
        status: 400,
        errors: [{ field: 'currentPassword', message: 'is not your current password' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errors()).toEqual(['auth.changePassword.errors.wrongCurrent']);
  });

  it('flags the current password on a 401 without field errors', async () => {
    fill('wrong password', 'a long enough password');
    el('change-password-submit')?.click();
    await settle();
    backend
      .expectOne(API.password)
      .flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401 },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    expect(errors()).toEqual(['auth.changePassword.errors.wrongCurrent']);
    expect(el('change-password-error')?.textContent?.trim()).toBe(
      'auth.changePassword.errors.wrongCurrent',
    );
  });
});
