import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ConfirmService } from '@intake/dashboard/ui';
import type { ChecklistTemplateDto, ChecklistTemplateItemDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CHECKLIST_TEMPLATES_API } from './checklist-templates-api';
import { ChecklistTemplatesPage } from './checklist-templates-page';

const PASSPORT: ChecklistTemplateItemDto = {
  key: 'passport',
  label: 'Passport',
  description: 'Every page, including blank ones.',
  provider: 'client',
  required: true,
  condition: 'always',
  repeat: 'once',
  dueDays: 14,
};
const POLICE: ChecklistTemplateItemDto = {
  key: 'police_certificate',
  label: 'Police certificate',
  description: null,
  provider: 'third_party',
  required: true,
  condition: 'always',
  repeat: 'police_country',
  dueDays: 60,
};
const SPOUSE_TEST: ChecklistTemplateItemDto = {
  key: 'spouse_language_test',
  label: 'Spouse language test',
  description: null,
  provider: 'client',
  required: false,
  condition: 'spouse_accompanying',
  repeat: 'once',
  dueDays: null,
};

function template(overrides: Partial<ChecklistTemplateDto> = {}): ChecklistTemplateDto {
  return {
    id: 't-1',
    caseType: 'cec_express_entry',
    name: 'CEC documents',
    active: true,
    items: [PASSPORT, POLICE, SPOUSE_TEST],
    updatedAt: '2026-11-01T12:00:00.000Z',
    version: 4,
    ...overrides,
  };
}

describe('ChecklistTemplatesPage', () => {
  let fixture: ComponentFixture<ChecklistTemplatesPage>;
  let backend: HttpTestingController;
  let answer: boolean;
  let confirmations: number;

  beforeEach(async () => {
    answer = true;
    confirmations = 0;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: ConfirmService,
          useValue: {
            confirm: () => {
              confirmations++;
              return Promise.resolve(answer);
            },
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChecklistTemplatesPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const itemEl = (index: number): HTMLElement => all('template-item')[index];
  const inItem = <T extends HTMLElement>(index: number, testId: string): T =>
    itemEl(index).querySelector(`[data-testid="${testId}"]`) as T;
  const keys = (): (string | null)[] => all('template-item').map((i) => i.getAttribute('data-key'));

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function listed(caseType: string, templates: ChecklistTemplateDto[]): Promise<void> {
    backend
      .expectOne(
        (req) =>
          req.method === 'GET' &&
          req.url === CHECKLIST_TEMPLATES_API &&
          req.params.get('caseType') === caseType,
      )
      .flush(templates);
    await settle();
  }

  function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(select: HTMLSelectElement, value: string): void {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  async function openFirst(templates = [template()]): Promise<void> {
    await listed('cec_express_entry', templates);
    (all('template-row')[0].querySelector('button') as HTMLButtonElement).click();
    await settle();
  }

  async function clickAndSettle(element: HTMLElement): Promise<void> {
    element.click();
    await settle();
  }

  it('lists the templates of the chosen case type, with an empty state', async () => {
    expect(el('page-state-loading')).not.toBeNull();
    await listed('cec_express_entry', [
      template(),
      template({ id: 't-2', name: 'Old', active: false, items: [PASSPORT] }),
    ]);
    const rows = all('template-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('CEC documents');
    expect(rows[0].textContent).toContain('admin.templates.statusActive');
    expect(rows[0].querySelectorAll('td')[2].textContent?.trim()).toBe('3');
    expect(rows[1].textContent).toContain('admin.templates.statusInactive');

    choose(el('templates-type') as HTMLSelectElement, 'consultation');
    await settle();
    await listed('consultation', []);
    expect(all('template-row')).toHaveLength(0);
    expect(el('page-state-empty')?.textContent).toContain('admin.templates.empty');
  });

  it('shows an error with a retry when the templates cannot be loaded', async () => {
    backend
      .expectOne((req) => req.url === CHECKLIST_TEMPLATES_API)
      .flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('admin.templates.loadError');
    await clickAndSettle(el('page-state-retry') as HTMLElement);
    await listed('cec_express_entry', [template()]);
    expect(all('template-row')).toHaveLength(1);
  });

  it('edits an item and saves the whole template under the version it read', async () => {
    await openFirst();
    expect(keys()).toEqual(['passport', 'police_certificate', 'spouse_language_test']);
    expect(inItem<HTMLInputElement>(1, 'item-label').value).toBe('Police certificate');
    expect(el('template-unsaved')).toBeNull();
    expect(itemEl(1).textContent).toContain('admin.templates.repeatHelp.police_country');

    type(inItem(1, 'item-label'), 'Police certificate (original)');
    type(inItem(1, 'item-due-days'), '90');
    choose(inItem(1, 'item-provider'), 'client');
    choose(inItem(1, 'item-condition'), 'has_partner');
    inItem(1, 'item-required').querySelector('input')?.click();
    await settle();
    expect(el('template-unsaved')).not.toBeNull();
    expect(itemEl(1).textContent).toContain('admin.templates.conditionHelp.has_partner');

    await clickAndSettle(el('template-save') as HTMLElement);
    const req = backend.expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` });
    expect((el('template-save') as HTMLButtonElement).disabled).toBe(true);
    expect(req.request.body).toEqual({
      version: 4,
      name: 'CEC documents',
      active: true,
      items: [
        PASSPORT,
        {
          ...POLICE,
          label: 'Police certificate (original)',
          provider: 'client',
          condition: 'has_partner',
          required: false,
          dueDays: 90,
        },
        SPOUSE_TEST,
      ],
    });
    const saved = template({ version: 5, items: req.request.body.items, name: 'CEC documents' });
    req.flush(saved);
    await settle();
    expect(el('template-editor')).toBeNull();
    expect(all('template-row')).toHaveLength(1);
  });

  it('adds, removes after confirmation and reorders items', async () => {
    await openFirst();
    await clickAndSettle(inItem(2, 'item-up'));
    expect(keys()).toEqual(['passport', 'spouse_language_test', 'police_certificate']);
    expect(inItem<HTMLButtonElement>(0, 'item-up').disabled).toBe(true);
    await clickAndSettle(inItem(0, 'item-down'));
    expect(keys()).toEqual(['spouse_language_test', 'passport', 'police_certificate']);

    answer = false;
    await clickAndSettle(inItem(1, 'item-remove'));
    expect(confirmations).toBe(1);
    expect(keys()).toHaveLength(3);
    answer = true;
    await clickAndSettle(inItem(1, 'item-remove'));
    expect(keys()).toEqual(['spouse_language_test', 'police_certificate']);

    await clickAndSettle(el('item-add') as HTMLElement);
    expect(keys()).toHaveLength(3);
    type(inItem(2, 'item-key'), 'proof_of_funds');
    type(inItem(2, 'item-label'), 'Proof of settlement funds');
    choose(inItem(2, 'item-repeat'), 'once');
    type(inItem(2, 'item-due-days'), '21');
    await settle();
    expect(keys()).toEqual(['spouse_language_test', 'police_certificate', 'proof_of_funds']);

    await clickAndSettle(el('template-save') as HTMLElement);
    const req = backend.expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` });
    expect(req.request.body.items).toEqual([
      SPOUSE_TEST,
      POLICE,
      {
        key: 'proof_of_funds',
        label: 'Proof of settlement funds',
        description: null,
        provider: 'client',
        required: true,
        condition: 'always',
        repeat: 'once',
        dueDays: 21,
      },
    ]);
    req.flush(template({ version: 5, items: req.request.body.items }));
    await settle();
  });

  it('blocks saving while a key, label or due date is invalid', async () => {
    await openFirst();
    type(inItem(0, 'item-key'), 'Passport Copy');
    type(inItem(1, 'item-label'), '   ');
    type(inItem(1, 'item-label'), '');
    type(inItem(2, 'item-due-days'), '800');
    await clickAndSettle(el('template-save') as HTMLElement);
    backend.expectNone({ method: 'PUT' });
    expect(inItem(0, 'item-key-error')?.textContent).toContain('admin.templates.errors.keyPattern');
    expect(inItem(1, 'item-label-error')?.textContent).toContain('errors.required');
    expect(inItem(2, 'item-due-days-error')?.textContent).toContain(
      'admin.templates.errors.dueDays',
    );
    expect(el('template-error')?.textContent).toContain('errors.checkFields');

    type(inItem(0, 'item-key'), 'police_certificate');
    type(inItem(1, 'item-label'), 'Police certificate');
    type(inItem(2, 'item-due-days'), '');
    await settle();
    expect(inItem(0, 'item-key-error')?.textContent).toContain(
      'admin.templates.errors.keyDuplicate',
    );
    expect(inItem(1, 'item-key-error')?.textContent).toContain(
      'admin.templates.errors.keyDuplicate',
    );
    await clickAndSettle(el('template-save') as HTMLElement);
    backend.expectNone({ method: 'PUT' });

    type(inItem(0, 'item-key'), 'passport');
    await settle();
    expect(inItem(1, 'item-key-error')).toBeNull();
    await clickAndSettle(el('template-save') as HTMLElement);
    const req = backend.expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` });
    expect(req.request.body.items[2].dueDays).toBeNull();
    req.flush(template({ version: 5 }));
    await settle();
  });

  it('puts the API field errors under the right item and keeps the edits', async () => {
    await openFirst();
    type(inItem(2, 'item-label'), 'Spouse IELTS or CELPIP');
    await clickAndSettle(el('template-save') as HTMLElement);
    backend.expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` }).flush(
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        errors: [{ field: 'items[2].key', message: 'is used by another item of this template' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(inItem(2, 'item-key-error')?.textContent).toContain(
      'is used by another item of this template',
    );
    expect(inItem(0, 'item-key-error')).toBeNull();
    expect(inItem<HTMLInputElement>(2, 'item-label').value).toBe('Spouse IELTS or CELPIP');
    expect(el('template-unsaved')).not.toBeNull();
    expect((el('template-save') as HTMLButtonElement).disabled).toBe(false);
  });

  it('tells the admin on a stale version, keeps the edits, and reloads on request', async () => {
    await openFirst();
    type(el('template-name') as HTMLInputElement, 'CEC documents (2027)');
    await clickAndSettle(el('template-save') as HTMLElement);
    backend
      .expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` })
      .flush(
        { type: '/problems/stale-version', title: 'Stale version', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(el('template-error')?.textContent).toContain('admin.templates.errors.stale');
    expect((el('template-name') as HTMLInputElement).value).toBe('CEC documents (2027)');

    await clickAndSettle(el('template-reload') as HTMLElement);
    await listed('cec_express_entry', [
      template({ version: 6, name: 'CEC documents (by Bea)', items: [PASSPORT] }),
    ]);
    expect((el('template-name') as HTMLInputElement).value).toBe('CEC documents (by Bea)');
    expect(keys()).toEqual(['passport']);
    expect(el('template-error')).toBeNull();
    await clickAndSettle(el('template-save') as HTMLElement);
    const req = backend.expectOne({ method: 'PUT', url: `${CHECKLIST_TEMPLATES_API}/t-1` });
    expect(req.request.body.version).toBe(6);
    req.flush(template({ version: 7 }));
    await settle();
  });

  it('cancel restores the stored template', async () => {
    await openFirst();
    type(el('template-name') as HTMLInputElement, 'Changed');
    await clickAndSettle(el('item-add') as HTMLElement);
    await clickAndSettle(el('template-cancel') as HTMLElement);
    expect(el('template-editor')).toBeNull();
    (all('template-row')[0].querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect((el('template-name') as HTMLInputElement).value).toBe('CEC documents');
    expect(keys()).toHaveLength(3);
    expect(el('template-unsaved')).toBeNull();
  });

  it('creates a new template for the chosen type with its first item', async () => {
    await listed('cec_express_entry', []);
    choose(el('templates-type') as HTMLSelectElement, 'other');
    await settle();
    await listed('other', []);
    await clickAndSettle(el('template-new') as HTMLElement);
    expect(keys()).toEqual(['']);
    type(el('template-name') as HTMLInputElement, '  Sponsorship documents ');
    type(inItem(0, 'item-key'), 'marriage_certificate');
    type(inItem(0, 'item-label'), 'Marriage certificate');
    type(inItem(0, 'item-description') as HTMLTextAreaElement, '   ');
    choose(inItem(0, 'item-condition'), 'has_partner');
    (el('template-active')?.querySelector('button') as HTMLButtonElement).click();
    await clickAndSettle(el('template-save') as HTMLElement);
    const req = backend.expectOne({ method: 'POST', url: CHECKLIST_TEMPLATES_API });
    expect(req.request.body).toEqual({
      caseType: 'other',
      name: 'Sponsorship documents',
      active: false,
      items: [
        {
          key: 'marriage_certificate',
          label: 'Marriage certificate',
          description: null,
          provider: 'client',
          required: true,
          condition: 'has_partner',
          repeat: 'once',
          dueDays: null,
        },
      ],
    });
    req.flush(
      template({
        id: 't-9',
        caseType: 'other',
        name: 'Sponsorship documents',
        active: false,
        items: req.request.body.items,
        version: 1,
      }),
    );
    await settle();
    expect(el('template-editor')).toBeNull();
    expect(all('template-row')).toHaveLength(1);
    expect(all('template-row')[0].textContent).toContain('Sponsorship documents');
  });
});
