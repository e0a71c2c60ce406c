import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { OutboxMessageDto } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { OUTBOX_API } from './outbox-api';
import { OutboxPage } from './outbox-page';

function message(n: number, overrides: Partial<OutboxMessageDto> = {}): OutboxMessageDto {
  return {
    id: `m-${n}`,
    to: `lawyer${n}@firm.example`,
    subject: `Reminder: File the extension ${n}`,
    body: `The deadline "File the extension ${n}" is due on 2026-12-10.`,
    status: 'unsent',
    attempts: 0,
    lastError: null,
    attachmentNames: [],
    relatedType: 'deadline',
    relatedId: `d-${n}`,
    createdAt: '2026-12-01T14:00:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

describe('OutboxPage', () => {
  let fixture: ComponentFixture<OutboxPage>;
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
    fixture = TestBed.createComponent(OutboxPage);
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll(`[data-testid="${testId}"]`));
  const el = (testId: string): HTMLElement | null => all(testId)[0] ?? null;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  function expectList(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === OUTBOX_API.outbox && r.method === 'GET');
    const actual = Object.fromEntries(
      req.request.params.keys().map((key) => [key, req.request.params.get(key)]),
    );
    expect(actual).toEqual(params);
    return req;
  }

  it('lists the messages with their status, recipient and body', async () => {
    expectList({ limit: '25', offset: '0' }).flush({
      items: [
        message(1, { attachmentNames: ['invitation.ics'] }),
        message(2, { status: 'failed', attempts: 3, lastError: 'connection' }),
      ],
      total: 2,
    });
    await settle();
    const rows = all('outbox-message');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['unsent', 'failed']);
    expect(rows[0].textContent).toContain('Reminder: File the extension 1');
    expect(rows[0].textContent).toContain('lawyer1@firm.example');
    expect(rows[0].textContent).toContain('admin.outbox.status.unsent');
    expect(rows[0].querySelector('[data-testid="outbox-attachments"]')?.textContent).toBe(
      'invitation.ics',
    );
    expect(rows[1].textContent).toContain('connection');
  });

  it('shows the empty state, and the error state with a retry that reloads', async () => {
    expectList({ limit: '25', offset: '0' }).flush({ items: [], total: 0 });
    await settle();
    expect(el('page-state-empty')?.textContent).toContain('admin.outbox.empty');

    (fixture.componentInstance as unknown as { load(): Promise<void> }).load();
    expectList({ limit: '25', offset: '0' }).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('admin.outbox.loadError');
    el('page-state-retry')?.click();
    expectList({ limit: '25', offset: '0' }).flush({ items: [message(1)], total: 1 });
    await settle();
    expect(all('outbox-message')).toHaveLength(1);
  });

  it('filters by status from the first page', async () => {
    expectList({ limit: '25', offset: '0' }).flush({ items: [message(1)], total: 60 });
    await settle();
    const page = fixture.componentInstance as unknown as {
      onPage(e: { pageIndex: number; pageSize: number; length: number }): void;
      filter(status: string | null): void;
    };
    page.onPage({ pageIndex: 2, pageSize: 25, length: 60 });
    expectList({ limit: '25', offset: '50' }).flush({ items: [message(51)], total: 60 });
    await settle();
    page.filter('failed');
    expectList({ limit: '25', offset: '0', status: 'failed' }).flush({ items: [], total: 0 });
    await settle();
    expect(el('page-state-empty')).not.toBeNull();
  });

  it('runs the reminder sweep and reloads the list', async () => {
    expectList({ limit: '25', offset: '0' }).flush({ items: [], total: 0 });
    await settle();
    el('outbox-run-reminders')?.click();
    const run = backend.expectOne({ method: 'POST', url: OUTBOX_API.reminders });
    await fixture.whenStable();
    expect((el('outbox-run-reminders') as HTMLButtonElement).disabled).toBe(true);
    run.flush({ queued: 2 });
    await settle();
    expectList({ limit: '25', offset: '0' }).flush({ items: [message(1), message(2)], total: 2 });
    await settle();
    expect(all('outbox-message')).toHaveLength(2);
    expect((el('outbox-run-reminders') as HTMLButtonElement).disabled).toBe(false);
  });
});
