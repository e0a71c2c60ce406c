import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { API, AuthService } from '@intake/dashboard/core';
import { provideTranslateService } from '@ngx-translate/core';
import { CLIENTS_URL } from '../data/clients-api';
import { DRAFTS_URL } from '../data/drafts-api';
import { makeClient } from '../testing/client-fixtures';
import { NewClientPage } from './new-client-page';

const DRAFT = `${DRAFTS_URL}/client:new`;

describe('NewClientPage', () => {
  let fixture: ComponentFixture<NewClientPage>;
  let backend: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function open(draft: Record<string, unknown> | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([{ path: 'clients/:id', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: { id: 'me-1', email: 'p@firm.example', name: 'P', role: 'paralegal', preferredLanguage: 'en', mustChangePassword: false },
    });
    await session;
    fixture = TestBed.createComponent(NewClientPage);
    await fixture.whenStable();
    backend.expectOne(DRAFT).flush({ key: 'client:new', data: draft });
    await settle();
  }

  afterEach(() => backend.verify());

  const el = (testId: string): HTMLElement | null =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);

  async function type(testId: string, value: string): Promise<void> {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  it('needs the names before sending anything', async () => {
    await open(null);
    el('save-identity')?.click();
    await settle();
    backend.expectNone(CLIENTS_URL);
    expect(el('new-client-error')?.textContent).toContain('errors.checkFields');
    const errors = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-error')).map(
      (e) => e.textContent?.trim(),
    );
    expect(errors.filter((e) => e === 'errors.required')).toHaveLength(2);
  });

  it('creates the client assigned to its creator, drops the draft and opens the client', async () => {
    await open(null);
    await type('identity-givenNames', ' Ana ');
    await type('identity-familyName', 'Silva');
    await type('identity-dateOfBirth', '1990-04-12');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    el('save-identity')?.click();
    await settle();
    const post = backend.expectOne(CLIENTS_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(
      expect.objectContaining({
        givenNames: 'Ana',
        familyName: 'Silva',
        dateOfBirth: '1990-04-12',
        assignedTo: 'me-1',
        email: null,
        preferredLanguage: 'en',
      }),
    );
    post.flush(makeClient({ id: 'new-1' }), { status: 201, statusText: 'Created' });
    await settle();
    backend.expectOne(DRAFT).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/clients/new-1');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('restores a draft after a reload, visibly, and can discard it', async () => {
    await open({ identity: { givenNames: 'Draft', familyName: 'Person' } });
    expect(el('draft-restored')).not.toBeNull();
    expect((el('identity-givenNames') as HTMLInputElement).value).toBe('Draft');
    el('discard-draft')?.click();
    await settle();
    backend.expectOne(DRAFT).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el('draft-restored')).toBeNull();
    expect((el('identity-givenNames') as HTMLInputElement).value).toBe('');
  });

  it('puts API field errors on the fields', async () => {
    await open(null);
    await type('identity-givenNames', 'Ana');
    await type('identity-familyName', 'Silva');
    el('save-identity')?.click();
    await settle();
    backend.expectOne(CLIENTS_URL).flush(
      {
        type: 'invalid-input',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'address.country', message: 'must be an ISO 3166 country code' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el('identity-address-country')?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'clients.errors.country',
    );
  });
});
