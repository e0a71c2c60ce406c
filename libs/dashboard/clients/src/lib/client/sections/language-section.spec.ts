import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ClientDto, LanguageTestDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CLIENTS_URL } from '../../data/clients-api';
import { DRAFTS_URL } from '../../data/drafts-api';
import { DRAFT_DEBOUNCE_MS } from '../../util/draft-autosave';
import { makeClient } from '../../testing/client-fixtures';
import { ClientStore } from '../client-store';
import { LanguageSection } from './language-section';

const DRAFT = `${DRAFTS_URL}/client:c-1:language`;

const IELTS: LanguageTestDto = {
  id: 't-1',
  test: 'IELTS_GENERAL_TRAINING',
  testDate: '2025-06-01',
  registrationNumber: null,
  reading: 7,
  writing: 6.5,
  listening: 8,
  speaking: 6.5,
  clb: { reading: 9, writing: 8, listening: 9, speaking: 8 },
};

describe('LanguageSection (a list section editor)', () => {
  let fixture: ComponentFixture<LanguageSection>;
  let backend: HttpTestingController;
  let store: ClientStore;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function create(client: ClientDto, draft: Record<string, unknown> | null = null): Promise<void> {
    store.client.set(client);
    store.loadState.set('ready');
    fixture = TestBed.createComponent(LanguageSection);
    await fixture.whenStable();
    backend.expectOne(DRAFT).flush({ key: 'client:c-1:language', data: draft });
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        ClientStore,
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ClientStore);
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const text = (testId: string): string | undefined => el(testId)?.textContent?.trim();
  const saveButton = (): HTMLButtonElement => el('save-language') as HTMLButtonElement;

  async function type(testId: string, value: string): Promise<void> {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  }

  async function choose(testId: string, option: string): Promise<void> {
    el(testId)?.click();
    await settle();
    overlay(`option-${option}`)?.click();
    await settle();
  }

  async function fillRow(i: number): Promise<void> {
    await choose(`language-test-${i}`, 'CELPIP_GENERAL');
    await type(`language-testDate-${i}`, '2025-02-03');
    await type(`language-reading-${i}`, '9');
    await type(`language-writing-${i}`, '8');
    await type(`language-listening-${i}`, '10');
    await type(`language-speaking-${i}`, '7');
  }

  it('shows the derived CLB next to each saved score', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    expect((el('language-reading-0') as HTMLInputElement).value).toBe('7');
    expect(text('language-clb-reading-0')).toBe('clients.language.clb');
    expect(el('language-clb-reading-0')?.closest('mat-form-field')).toBe(
      el('language-reading-0')?.closest('mat-form-field'),
    );
    expect(saveButton().disabled).toBe(true);
  });

  it('hides the CLB of a score changed since it was saved', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    await type('language-reading-0', '8');
    expect(el('language-clb-reading-0')).toBeNull();
    expect(text('language-clb-writing-0')).toBe('clients.language.clb');
    expect(text('language-clb-summary-0')).toBe('clients.language.clbAfterSave');
  });

  it('adds a row and saves the section whole with the version, then drops the draft', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    el('add-language')?.click();
    await settle();
    expect(root().querySelectorAll('[data-testid^="language-row-"]')).toHaveLength(2);
    await fillRow(1);
    expect(saveButton().disabled).toBe(false);
    saveButton().click();
    await settle();

    const put = backend.expectOne(`${CLIENTS_URL}/c-1/language-tests`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      version: 3,
      items: [
        {
          test: 'IELTS_GENERAL_TRAINING',
          testDate: '2025-06-01',
          registrationNumber: null,
          reading: 7,
          writing: 6.5,
          listening: 8,
          speaking: 6.5,
        },
        {
          test: 'CELPIP_GENERAL',
          testDate: '2025-02-03',
          registrationNumber: null,
          reading: 9,
          writing: 8,
          listening: 10,
          speaking: 7,
        },
      ],
    });
    const celpip: LanguageTestDto = {
      ...IELTS,
      id: 't-2',
      test: 'CELPIP_GENERAL',
      testDate: '2025-02-03',
      reading: 9,
      writing: 8,
      listening: 10,
      speaking: 7,
      clb: { reading: 9, writing: 8, listening: 10, speaking: 7 },
    };
    put.flush(makeClient({ version: 4, languageTests: [IELTS, celpip] }));
    await settle();
    expect(backend.expectOne(DRAFT).request.method).toBe('DELETE');
    expect(store.client()?.version).toBe(4);
    expect(text('language-clb-listening-1')).toBe('clients.language.clb');
    expect(saveButton().disabled).toBe(true);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('removes a row only after confirmation', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    el('remove-language-0')?.click();
    await settle();
    expect(overlay('confirm-message')?.textContent).toBe('clients.rows.removeMessage');
    overlay('confirm-cancel')?.click();
    await settle();
    expect(el('language-row-0')).not.toBeNull();
    expect(saveButton().disabled).toBe(true);

    el('remove-language-0')?.click();
    await settle();
    overlay('confirm-submit')?.click();
    await settle();
    expect(el('language-row-0')).toBeNull();
    expect(saveButton().disabled).toBe(false);
    expect(store.dirtySections().has('language')).toBe(true);

    saveButton().click();
    await settle();
    const put = backend.expectOne(`${CLIENTS_URL}/c-1/language-tests`);
    expect(put.request.body).toEqual({ version: 3, items: [] });
    put.flush(makeClient({ version: 4 }));
    await settle();
    backend.expectOne(DRAFT).flush(null, { status: 204, statusText: 'No Content' });
  });

  it('shows API field errors under the field of the right row', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    el('add-language')?.click();
    await settle();
    await fillRow(1);
    saveButton().click();
    await settle();
    backend.expectOne(`${CLIENTS_URL}/c-1/language-tests`).flush(
      {
        type: 'invalid-input',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'items[1].reading', message: 'must be between 0 and 12 in steps of 1 for this test' },
          { field: 'items[1].testDate', message: 'cannot be in the future' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const errorOf = (testId: string) =>
      el(testId)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
    expect(errorOf('language-reading-1')).toBe('clients.errors.scoreScale');
    expect(errorOf('language-testDate-1')).toBe('clients.errors.future');
    expect(errorOf('language-reading-0')).toBeUndefined();
    expect(text('notice-language')).toContain('errors.checkFields');
    expect(el('notice-language')?.getAttribute('role')).toBe('alert');
  });

  it('explains a 409, reloads the latest version and keeps the edits to save again', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    await type('language-reading-0', '8');
    saveButton().click();
    await settle();
    backend
      .expectOne(`${CLIENTS_URL}/c-1/language-tests`)
      .flush(
        { type: 'stale-version', title: 'Someone else changed this record', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('notice-language')).toContain('clients.errors.stale');

    el('reload-client')?.click();
    await settle();
    backend.expectOne(`${CLIENTS_URL}/c-1`).flush(makeClient({ version: 5, languageTests: [IELTS] }));
    await settle();
    expect(text('notice-language')).toContain('clients.notices.reloaded');
    expect((el('language-reading-0') as HTMLInputElement).value).toBe('8');

    saveButton().click();
    await settle();
    const put = backend.expectOne(`${CLIENTS_URL}/c-1/language-tests`);
    expect(put.request.body.version).toBe(5);
    expect(put.request.body.items[0].reading).toBe(8);
    put.flush(makeClient({ version: 6, languageTests: [{ ...IELTS, reading: 8 }] }));
    await settle();
    backend.expectOne(DRAFT).flush(null, { status: 204, statusText: 'No Content' });
    expect(el('notice-language')).toBeNull();
  });

  it('does not overwrite a change made elsewhere since the form was filled', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    await type('language-reading-0', '8');
    // Someone else's save (not made on this page) reaches the store, e.g. via a reload.
    store.client.set(makeClient({ version: 4, languageTests: [IELTS] }));
    await settle();
    saveButton().click();
    await settle();
    const put = backend.expectOne(`${CLIENTS_URL}/c-1/language-tests`);
    expect(put.request.body.version).toBe(3);
    put.flush(null, { status: 409, statusText: 'Conflict' });
    await settle();
  });

  it('autosaves a draft a moment after an edit', async () => {
    await create(makeClient({ languageTests: [IELTS] }));
    await type('language-speaking-0', '7');
    backend.expectNone(DRAFT);
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DEBOUNCE_MS + 50));
    const put = backend.expectOne(DRAFT);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.data.version).toBe(3);
    expect(put.request.body.data.items[0]).toEqual(expect.objectContaining({ speaking: 7, reading: 7 }));
    put.flush({ key: 'client:c-1:language', data: put.request.body.data, updatedAt: '' });
    await settle();
    expect(text('draft-state-language')).toBe('clients.draft.saved');
  });

  it('restores a draft with a visible note, and discards it on request', async () => {
    const draftRow = { ...IELTS, registrationNumber: 'R-1', reading: 8.5, saved: null };
    await create(makeClient({ languageTests: [IELTS] }), { version: 3, items: [draftRow] });
    expect(el('draft-restored')).not.toBeNull();
    expect((el('language-reading-0') as HTMLInputElement).value).toBe('8.5');
    expect((el('language-registrationNumber-0') as HTMLInputElement).value).toBe('R-1');
    expect(saveButton().disabled).toBe(false);
    expect(store.hasUnsavedChanges()).toBe(true);

    el('discard-draft')?.click();
    await settle();
    expect(backend.expectOne(DRAFT).request.method).toBe('DELETE');
    await settle();
    expect(el('draft-restored')).toBeNull();
    expect((el('language-reading-0') as HTMLInputElement).value).toBe('7');
    expect(store.hasUnsavedChanges()).toBe(false);
  });
});
