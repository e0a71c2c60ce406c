import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { API, AuthService } from '@intake/dashboard/core';
import type { ClientSummaryDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CLIENTS_URL } from '../data/clients-api';
import { addDays, todayIso } from '@intake/dashboard/ui';
import {
  CLIENT_SEARCH_DEBOUNCE_MS,
  ClientsListPage,
  listStateFromParams,
  listStateToParams,
} from './clients-list-page';

function summary(n: number, overrides: Partial<ClientSummaryDto> = {}): ClientSummaryDto {
  return {
    id: `c-${n}`,
    fileNumber: `C-2025-0000${n}`,
    givenNames: 'Ana',
    familyName: `Silva ${n}`,
    dateOfBirth: '1990-04-12',
    email: null,
    phone: null,
    intendedProvince: 'ON',
    assignedTo: null,
    nextStatusExpiry: null,
    conflictStatus: null,
    updatedAt: '2025-06-01T12:00:00.000Z',
    ...overrides,
  };
}

describe('ClientsListPage', () => {
  let fixture: ComponentFixture<ClientsListPage>;
  let backend: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // A signed-in paralegal (for the "assigned to me" filter).
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: {
        id: 'me-1',
        email: 'p@firm.example',
        name: 'Paula',
        role: 'paralegal',
        preferredLanguage: 'en',
        mustChangePassword: false,
      },
    });
    await session;
    fixture = TestBed.createComponent(ClientsListPage);
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const rows = (): HTMLElement[] =>
    Array.from(root().querySelectorAll('[data-testid="clients-row"]'));

  function expectList(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === CLIENTS_URL && r.method === 'GET');
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    expect(actual).toEqual(params);
    return req;
  }

  async function load(items: ClientSummaryDto[], params: Record<string, string> = {}): Promise<void> {
    expectList({ limit: '25', offset: '0', ...params }).flush({ items, total: items.length });
    await settle();
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  it('shows a loading state, then one row per client with its file number', async () => {
    expect(el('page-state-loading')).not.toBeNull();
    await load([summary(1), summary(2)]);
    expect(el('page-state-loading')).toBeNull();
    expect(rows().map((r) => r.getAttribute('data-file-number'))).toEqual([
      'C-2025-00001',
      'C-2025-00002',
    ]);
    expect(el('conflict-status', rows()[0])?.textContent?.trim()).toBe('clients.conflictStatus.none');
  });

  it('invites to create the first client when there is none', async () => {
    await load([]);
    expect(el('clients-empty')?.textContent).toContain('clients.list.empty');
    expect(el('empty-new-client-button')?.getAttribute('href')).toBe('/new');
    expect(el('new-client-button')).not.toBeNull();
  });

  it('searches after a pause, from the first page, and says when nothing matches', async () => {
    await load([summary(1)]);
    await type('clients-search', '  silv ');
    backend.expectNone((r) => r.url === CLIENTS_URL);

    await new Promise((resolve) => setTimeout(resolve, CLIENT_SEARCH_DEBOUNCE_MS + 30));
    await load([], { q: 'silv' });
    expect(el('clients-empty')?.textContent).toContain('clients.list.emptySearch');
    expect(el('empty-new-client-button')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/?q=silv');
  });

  it('only sends the last search of a burst of typing', async () => {
    await load([summary(1)]);
    await type('clients-search', 'a');
    await type('clients-search', 'an');
    await type('clients-search', 'ana');
    await new Promise((resolve) => setTimeout(resolve, CLIENT_SEARCH_DEBOUNCE_MS + 30));
    await load([summary(1)], { q: 'ana' });
  });

  it('filters on my clients with the signed-in user id', async () => {
    await load([summary(1)]);
    (el('clients-filter-mine')?.querySelector('input') as HTMLInputElement).click();
    await settle();
    await load([summary(1)], { assignedTo: 'me-1' });
    (el('clients-filter-closed')?.querySelector('input') as HTMLInputElement).click();
    await settle();
    await load([summary(1)], { assignedTo: 'me-1', includeClosed: 'true' });
  });

  it('sorts on the server when a column header is clicked', async () => {
    await load([summary(1)]);
    const header = Array.from(root().querySelectorAll<HTMLElement>('.mat-sort-header-container')).find(
      (h) => h.textContent?.includes('clients.fields.nextExpiry'),
    );
    header?.click();
    await settle();
    await load([summary(1)], { sort: 'nextExpiry', order: 'asc' });
    header?.click();
    await settle();
    await load([summary(1)], { sort: 'nextExpiry', order: 'desc' });
  });

  it('flags a status ending within 90 days with text, not colour alone', async () => {
    await load([
      summary(1, { nextStatusExpiry: addDays(todayIso(), 30) }),
      summary(2, { nextStatusExpiry: addDays(todayIso(), 200) }),
    ]);
    const [soon, later] = rows();
    expect(soon.classList).toContain('expiring');
    expect(el('expiry-chip', soon)?.textContent?.trim()).toBe('clients.expiry.inDays');
    expect(el('expiry-chip', soon)?.getAttribute('data-days')).toBe('30');
    expect(later.classList).not.toContain('expiring');
    expect(el('expiry-chip', later)).toBeNull();
  });

  it('pages with limit and offset', async () => {
    expectList({ limit: '25', offset: '0' }).flush({ items: [summary(1)], total: 60 });
    await settle();
    (root().querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle();
    expectList({ limit: '25', offset: '25' }).flush({ items: [summary(26)], total: 60 });
    await settle();
    expect(rows()[0].getAttribute('data-client-id')).toBe('c-26');
  });

  it('shows an error with retry', async () => {
    expectList({ limit: '25', offset: '0' }).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('clients.list.loadError');
    el('page-state-retry')?.click();
    await settle();
    await load([summary(1)]);
    expect(rows()).toHaveLength(1);
  });
});

describe('list state in the address', () => {
  it('round-trips and ignores bad values', () => {
    const state = listStateFromParams({
      q: ' ana ',
      province: 'QC',
      expiring: '90',
      mine: '1',
      sort: 'updatedAt',
      order: 'desc',
      page: '3',
      size: '50',
    });
    expect(state).toEqual({
      q: 'ana',
      province: 'QC',
      expiringWithinDays: 90,
      mine: true,
      includeClosed: false,
      sort: 'updatedAt',
      order: 'desc',
      pageIndex: 2,
      pageSize: 50,
    });
    expect(listStateFromParams(listStateToParams(state))).toEqual(state);
    expect(listStateFromParams({ province: 'ZZ', expiring: '7', sort: 'password', size: '9999' })).toEqual(
      expect.objectContaining({ province: null, expiringWithinDays: null, sort: null, pageSize: 25 }),
    );
  });
});
