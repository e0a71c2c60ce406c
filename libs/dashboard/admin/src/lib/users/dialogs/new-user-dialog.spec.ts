import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { API } from '@intake/dashboard/core';
import { provideTranslateService } from '@ngx-translate/core';
import { NewUserDialog } from './new-user-dialog';

describe('NewUserDialog', () => {
  let fixture: ComponentFixture<NewUserDialog>;
  let backend: HttpTestingController;
  const close = jest.fn();

  beforeEach(async () => {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NewUserDialog);
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

  async function fillAndSubmit(): Promise<void> {
    type('new-user-email', ' new@firm.example ');
    type('new-user-name', ' Nadia Roy ');
    type('new-user-password', 'a long initial password');
    el('new-user-submit')?.click();
    await settle();
  }

  it('labels every field', () => {
    const labels = Array.from(root().querySelectorAll('mat-label')).map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).toEqual([
      'admin.users.fields.email',
      'admin.users.fields.name',
      'admin.users.fields.role',
      'admin.users.fields.initialPassword',
      'admin.users.fields.language',
    ]);
  });

  it('validates before sending', async () => {
    type('new-user-password', 'short');
    el('new-user-submit')?.click();
    await settle();
    backend.expectNone(API.users);
    expect(errors()).toEqual(['errors.required', 'errors.required', 'errors.minLength']);
  });

  it('creates the user and closes with it', async () => {
    await fillAndSubmit();
    const req = backend.expectOne(API.users);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      email: 'new@firm.example',
      name: 'Nadia Roy',
      role: 'paralegal',
      password: 'a long initial password',
      preferredLanguage: 'en',
    });
    const created = { id: 'n1', email: 'new@firm.example', name: 'Nadia Roy' };
    req.flush(created, { status: 201, statusText: 'Created' });
    await settle();
    expect(close).toHaveBeenCalledWith(created);
  });

  it('marks the e-mail as taken on 409', async () => {
    await fillAndSubmit();
    backend
      .expectOne(API.users)
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(errors()).toEqual(['admin.users.errors.emailTaken']);
    expect(close).not.toHaveBeenCalled();
  });

  it('shows API field errors on the fields', async () => {
    await fillAndSubmit();
    backend.expectOne(API.users).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'name', message: 'is required' },
          { field: 'password', message: 'must be at least 12 characters' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    // Known API messages are shown translated.
    expect(errors()).toEqual(['errors.required', 'errors.minLength']);
    expect(el('new-user-error')?.textContent?.trim()).toBe('errors.checkFields');
  });
});
