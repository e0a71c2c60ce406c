import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API } from '@intake/dashboard/core';
import type { UserDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { SEARCH_DEBOUNCE_MS, UsersPage, userStatus } from './users-page';

function makeUser(n: number, overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: `id-${n}`,
    email: `user${n}@firm.example`,
    name: `User ${n}`,
    role: 'paralegal',
    active: true,
    preferredLanguage: 'en',
    lockedUntil: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

describe('userStatus', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it('derives active / inactive / locked', () => {
    expect(userStatus(makeUser(1), now)).toBe('active');
    expect(userStatus(makeUser(1, { active: false }), now)).toBe('inactive');
    expect(userStatus(makeUser(1, { lockedUntil: '2025-06-01T12:30:00Z' }), now)).toBe('locked');
    expect(userStatus(makeUser(1, { lockedUntil: '2025-06-01T11:00:00Z' }), now)).toBe('active');
  });
});

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const rows = (): HTMLElement[] => Array.from(root().querySelectorAll('[data-testid="user-row"]'));
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  function expectList(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === API.users && r.method === 'GET');
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    expect(actual).toEqual(params);
    return req;
  }

  async function loadUsers(items: UserDto[], total = items.length): Promise<void> {
    expectList({ limit: '25', offset: '0' }).flush({ items, total });
    await settle();
  }

  it('shows a loading state, then one row per user', async () => {
    expect(el('page-state-loading')).not.toBeNull();
    await loadUsers([makeUser(1), makeUser(2, { role: 'admin', active: false })], 2);

    expect(el('page-state-loading')).toBeNull();
    expect(rows().map((r) => r.getAttribute('data-user-email'))).toEqual([
      'user1@firm.example',
      'user2@firm.example',
    ]);
    expect(el('user-role', rows()[1])?.textContent?.trim()).toBe('common.roles.admin');
    expect(el('user-status', rows()[1])?.textContent?.trim()).toBe('admin.users.status.inactive');
    expect(el('user-actions', rows()[0])?.getAttribute('aria-label')).toBe(
      'admin.users.actionsFor',
    );
  });

  it('shows the empty state when there are no users', async () => {
    await loadUsers([], 0);
    expect(el('page-state-empty')?.textContent).toContain('admin.users.empty');
    expect(rows()).toHaveLength(0);
  });

  it('shows an error with retry when loading fails', async () => {
    expectList({ limit: '25', offset: '0' }).flush(null, {
      status: 500,
      statusText: 'Server Error',
    });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('admin.users.loadError');
    el('page-state-retry')?.click();
    await settle();
    await loadUsers([makeUser(1)]);
    expect(rows()).toHaveLength(1);
  });

  it('searches (debounced) from the first page', async () => {
    await loadUsers([makeUser(1)], 60);
    const search = el('users-search') as HTMLInputElement;
    search.value = '  ann ';
    search.dispatchEvent(new Event('input'));
    await settle();
    backend.expectNone((r) => r.url === API.users);

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    expectList({ limit: '25', offset: '0', q: 'ann' }).flush({ items: [], total: 0 });
    await settle();
    expect(el('page-state-empty')?.textContent).toContain('admin.users.emptySearch');
  });

  it('pages with limit and offset', async () => {
    await loadUsers([makeUser(1)], 60);
    (root().querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle();
    expectList({ limit: '25', offset: '25' }).flush({ items: [makeUser(26)], total: 60 });
    await settle();
    expect(rows()[0].getAttribute('data-user-id')).toBe('id-26');
  });

  async function openRowAction(row: HTMLElement, action: string): Promise<void> {
    el('user-actions', row)?.click();
    await settle();
    const item = overlay(action);
    if (!item) {
      throw new Error(`menu item ${action} not found`);
    }
    item.click();
    await settle();
  }

  it('asks for confirmation, then deactivates with the row version', async () => {
    await loadUsers([makeUser(1)]);
    await openRowAction(rows()[0], 'user-action-deactivate');

    expect(overlay('confirm-message')?.textContent).toBe('admin.users.deactivate.message');
    overlay('confirm-submit')?.click();
    await settle();

    const req = backend.expectOne(`${API.users}/id-1`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 3, active: false });
    req.flush(makeUser(1, { active: false, version: 4 }));
    await settle();
    expect(el('user-status', rows()[0])?.textContent?.trim()).toBe('admin.users.status.inactive');
  });

  it('does not deactivate when the confirmation is cancelled', async () => {
    await loadUsers([makeUser(1)]);
    await openRowAction(rows()[0], 'user-action-deactivate');
    expect(overlay('confirm-message')).not.toBeNull();
    overlay('confirm-cancel')?.click();
    await settle();
    expect(overlay('confirm-message')).toBeNull();
    backend.expectNone(`${API.users}/id-1`);
    expect(el('user-status', rows()[0])?.textContent?.trim()).toBe('admin.users.status.active');
  });

  it('tells the admin to reload when the version is stale (409)', async () => {
    await loadUsers([makeUser(1, { active: false })]);
    await openRowAction(rows()[0], 'user-action-reactivate');
    const req = backend.expectOne(`${API.users}/id-1`);
    expect(req.request.body).toEqual({ version: 3, active: true });
    req.flush(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Version mismatch' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(el('users-notice')?.textContent).toContain('admin.users.errors.stale');
    expect(el('users-notice')?.getAttribute('role')).toBe('alert');
    el('users-reload')?.click();
    await settle();
    expect(el('users-notice')).toBeNull();
    await loadUsers([makeUser(1, { active: true, version: 5 })]);
    expect(el('user-status', rows()[0])?.textContent?.trim()).toBe('admin.users.status.active');
  });
});
