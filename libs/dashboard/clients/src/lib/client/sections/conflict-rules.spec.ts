import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API, AuthService } from '@intake/dashboard/core';
import type { ConflictCheckDto, Role } from '@intake/shared/contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { CLIENTS_URL } from '../../data/clients-api';
import { makeClient } from '../../testing/client-fixtures';
import { ClientStore } from '../client-store';
import { conflictPermissions, conflictReason, decisionError } from './conflict-rules';
import { ConflictsSection } from './conflicts-section';

function check(overrides: Partial<ConflictCheckDto> = {}): ConflictCheckDto {
  return {
    id: 'k-1',
    clientId: 'c-1',
    runBy: 'u-1',
    runByName: 'Paula Paralegal',
    runAt: '2025-06-01T12:00:00.000Z',
    subjects: [
      { name: 'Omar Farouk', role: 'client' },
      { name: 'Leïla Haddad', role: 'spouse' },
    ],
    matches: [
      {
        subjectName: 'Leïla Haddad',
        subjectRole: 'spouse',
        matchedName: 'Leila Haddad',
        matchedRole: 'party:former_spouse',
        matchedClientId: 'c-9',
        matchedFileNumber: 'C-2025-00009',
        score: 100,
        reasons: ['same name', 'same date of birth'],
      },
    ],
    status: 'pending',
    decidedBy: null,
    decidedByName: '',
    decidedAt: null,
    reason: null,
    version: 1,
    ...overrides,
  };
}

describe('conflict decision rules', () => {
  it.each<[Role, boolean, boolean]>([
    ['lawyer', true, false],
    ['admin', true, false],
    ['paralegal', false, true],
  ])('%s: decides=%s, told a lawyer must decide=%s (pending check)', (role, canDecide, needsLawyer) => {
    expect(conflictPermissions(role, check())).toEqual({ canRun: true, canDecide, needsLawyer });
  });

  it('has nothing to decide without a check, and nothing to wait for once decided', () => {
    expect(conflictPermissions('lawyer', null).canDecide).toBe(false);
    expect(conflictPermissions('paralegal', check({ status: 'cleared' })).needsLawyer).toBe(false);
    expect(conflictPermissions(null, check())).toEqual({ canRun: false, canDecide: false, needsLawyer: false });
  });

  it('asks a written reason for a waiver only', () => {
    expect(decisionError('waived', '  ')).toBe('waiverReason');
    expect(decisionError('waived', 'Informed consent of both clients')).toBeNull();
    expect(decisionError('cleared', '')).toBeNull();
    expect(decisionError('declined', '')).toBeNull();
  });

  it('translates the reasons of a match', () => {
    expect(conflictReason('name similarity 62%')).toEqual({
      key: 'clients.conflicts.reasons.similarity',
      params: { percent: 62 },
    });
    expect(conflictReason('same date of birth')).toEqual({ key: 'clients.conflicts.reasons.sameDateOfBirth' });
    expect(conflictReason('something else')).toEqual({ key: 'something else' });
  });
});

describe('ConflictsSection', () => {
  let fixture: ComponentFixture<ConflictsSection>;
  let backend: HttpTestingController;
  const url = `${CLIENTS_URL}/c-1/conflict-checks`;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  async function open(role: Role, checks: ConflictCheckDto[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([]),
        ClientStore,
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthService).ensureSession();
    backend.expectOne(API.me).flush({
      user: { id: 'u-1', email: 'x@firm.example', name: 'X', role, preferredLanguage: 'en', mustChangePassword: false },
    });
    await session;
    const store = TestBed.inject(ClientStore);
    store.client.set(makeClient({ conflictStatus: checks[0]?.status ?? null }));
    store.loadState.set('ready');
    fixture = TestBed.createComponent(ConflictsSection);
    await fixture.whenStable();
    backend.expectOne(url).flush(checks);
    await settle();
  }

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);

  it('shows a lawyer the matches side by side and the three decisions', async () => {
    await open('lawyer', [check()]);
    const match = el('conflict-match');
    const cells = Array.from(match?.querySelectorAll('td') ?? []).map((td) => td.textContent?.trim());
    expect(cells[0]).toContain('Leïla Haddad');
    expect(cells[1]).toContain('Leila Haddad');
    expect(cells[1]).toContain('clients.partyKinds.former_spouse');
    expect(cells[2]).toBe('C-2025-00009');
    expect(cells[3]).toContain('clients.conflicts.score');
    expect(el('conflict-status')?.getAttribute('data-status')).toBe('pending');
    expect(el('conflict-decision-cleared')).not.toBeNull();
    expect(el('conflict-decision-waived')).not.toBeNull();
    expect(el('conflict-decision-declined')).not.toBeNull();
    expect(el('conflict-lawyer-needed')).toBeNull();
  });

  it('tells a paralegal that a lawyer must decide, without decision buttons', async () => {
    await open('paralegal', [check()]);
    expect(el('conflict-run')).not.toBeNull();
    expect(el('conflict-decision-cleared')).toBeNull();
    expect(el('conflict-reason')).toBeNull();
    expect(el('conflict-lawyer-needed')?.textContent).toContain('clients.conflicts.lawyerMustDecide');
  });

  it('does not send a waiver without a reason, then sends it with one', async () => {
    await open('lawyer', [check()]);
    el('conflict-decision-waived')?.click();
    await settle();
    backend.expectNone(`${url}/k-1/decision`);
    expect(root().querySelector('mat-error')?.textContent?.trim()).toBe('clients.errors.waiverReason');

    const reason = el('conflict-reason') as HTMLTextAreaElement;
    reason.value = 'Both clients consented in writing';
    reason.dispatchEvent(new Event('input'));
    await settle();
    el('conflict-decision-waived')?.click();
    await settle();
    const req = backend.expectOne(`${url}/k-1/decision`);
    expect(req.request.body).toEqual({ version: 1, decision: 'waived', reason: 'Both clients consented in writing' });
    req.flush(check({ status: 'waived', version: 2, reason: 'Both clients consented in writing', decidedAt: '2025-06-02T10:00:00.000Z' }));
    await settle();
    expect(el('conflict-status')?.getAttribute('data-status')).toBe('waived');
    expect(TestBed.inject(ClientStore).client()?.conflictStatus).toBe('waived');
  });

  it('clears with the check version and reports a decision made meanwhile (409)', async () => {
    await open('admin', [check({ version: 4 })]);
    el('conflict-decision-cleared')?.click();
    await settle();
    const req = backend.expectOne(`${url}/k-1/decision`);
    expect(req.request.body).toEqual({ version: 4, decision: 'cleared', reason: null });
    req.flush({ type: 'stale-version', title: 'Conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(el('conflict-notice')?.textContent).toContain('clients.conflicts.errors.stale');
    el('conflict-reload')?.click();
    await settle();
    backend.expectOne(url).flush([check({ status: 'declined', version: 5 })]);
    await settle();
    expect(el('conflict-status')?.getAttribute('data-status')).toBe('declined');
  });

  it('runs a new check and shows it first', async () => {
    await open('paralegal', []);
    expect(el('conflict-none')).not.toBeNull();
    el('conflict-run')?.click();
    await settle();
    const run = backend.expectOne(url);
    expect(run.request.method).toBe('POST');
    run.flush(check({ id: 'k-2', matches: [] }));
    await settle();
    expect(el('conflict-no-matches')).not.toBeNull();
    expect(el('conflict-lawyer-needed')).not.toBeNull();
  });
});
