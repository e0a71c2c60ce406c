import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CLIENTS_URL, ClientsApi, NOC_URL } from './clients-api';
import { DRAFTS_URL, DraftsApi, draftKey } from './drafts-api';

describe('ClientsApi', () => {
  let api: ClientsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ClientsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function params(keys: readonly string[], get: (key: string) => string | null) {
    return Object.fromEntries(keys.map((key) => [key, get(key)]));
  }

  it('lists with limit and offset only by default', () => {
    void firstValueFrom(api.list({ limit: 25, offset: 50 }));
    const req = backend.expectOne((r) => r.url === CLIENTS_URL);
    expect(req.request.method).toBe('GET');
    expect(params(req.request.params.keys(), (k) => req.request.params.get(k))).toEqual({
      limit: '25',
      offset: '50',
    });
    req.flush({ items: [], total: 0 });
  });

  it('sends search, sort, filters and includeClosed', () => {
    void firstValueFrom(
      api.list({
        limit: 10,
        offset: 0,
        q: '  silva ',
        sort: 'nextExpiry',
        order: 'desc',
        province: 'ON',
        expiringWithinDays: 90,
        assignedTo: 'user-1',
        includeClosed: true,
      }),
    );
    const req = backend.expectOne((r) => r.url === CLIENTS_URL);
    expect(params(req.request.params.keys(), (k) => req.request.params.get(k))).toEqual({
      limit: '10',
      offset: '0',
      q: 'silva',
      sort: 'nextExpiry',
      order: 'desc',
      province: 'ON',
      expiringWithinDays: '90',
      assignedTo: 'user-1',
      includeClosed: 'true',
    });
    req.flush({ items: [], total: 0 });
  });

  it('omits a blank search and a false includeClosed', () => {
    void firstValueFrom(api.list({ limit: 10, offset: 0, q: '   ', includeClosed: false }));
    const req = backend.expectOne((r) => r.url === CLIENTS_URL);
    expect(req.request.params.keys()).toEqual(['limit', 'offset']);
    req.flush({ items: [], total: 0 });
  });

  it('creates, reads and patches with the version', () => {
    void firstValueFrom(api.create({ givenNames: 'Ana', familyName: 'Silva' }));
    const create = backend.expectOne(CLIENTS_URL);
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ givenNames: 'Ana', familyName: 'Silva' });
    create.flush({});

    void firstValueFrom(api.get('c-1'));
    expect(backend.expectOne(`${CLIENTS_URL}/c-1`).request.method).toBe('GET');

    void firstValueFrom(api.update('c-1', { version: 4, open: false }));
    const patch = backend.expectOne(`${CLIENTS_URL}/c-1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 4, open: false });
    patch.flush({});
  });

  it('deletes with the version as a query parameter', () => {
    void firstValueFrom(api.remove('c-1', 7));
    const req = backend.expectOne((r) => r.url === `${CLIENTS_URL}/c-1`);
    expect(req.request.method).toBe('DELETE');
    expect(req.request.params.get('version')).toBe('7');
    req.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('replaces a section whole under the version', () => {
    const item = {
      employer: 'Acme',
      noc: '21231',
      country: 'CA',
      start: '2021-01-04',
      end: null,
      hoursPerWeek: 40,
      selfEmployed: false,
      whileFullTimeStudent: false,
      authorized: true,
    };
    void firstValueFrom(api.replaceSection('c-1', 'work', 3, [item]));
    const req = backend.expectOne(`${CLIENTS_URL}/c-1/work`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ version: 3, items: [item] });
    req.flush({});

    void firstValueFrom(api.replaceSection('c-1', 'status-history', 4, []));
    expect(backend.expectOne(`${CLIENTS_URL}/c-1/status-history`).request.body).toEqual({
      version: 4,
      items: [],
    });
  });

  it('saves identification with the version; adds verifications without one', () => {
    void firstValueFrom(
      api.saveIdentification('c-1', { version: 2, name: 'Ana Silva', address: '1 King St W' }),
    );
    const put = backend.expectOne(`${CLIENTS_URL}/c-1/identification`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.version).toBe(2);

    void firstValueFrom(
      api.addVerification('c-1', {
        documentType: 'passport',
        issuingJurisdiction: 'Brazil',
        documentNumber: 'FX998877',
        method: 'in_person',
        verifiedOn: '2026-01-15',
      }),
    );
    const post = backend.expectOne(`${CLIENTS_URL}/c-1/verifications`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body.version).toBeUndefined();
  });

  it('reveals full numbers on their own audited URLs', () => {
    void firstValueFrom(api.revealPermitNumber('c-1', 's-2'));
    backend.expectOne(`${CLIENTS_URL}/c-1/status-history/s-2/permit-number`).flush({ permitNumber: 'U1' });
    void firstValueFrom(api.revealDocumentNumber('c-1', 'v-3'));
    backend.expectOne(`${CLIENTS_URL}/c-1/verifications/v-3/document-number`).flush({ documentNumber: 'X' });
  });

  it('runs, lists and decides conflict checks', () => {
    void firstValueFrom(api.runConflictCheck('c-1'));
    expect(backend.expectOne(`${CLIENTS_URL}/c-1/conflict-checks`).request.method).toBe('POST');
    void firstValueFrom(api.conflictChecks('c-1'));
    expect(backend.expectOne(`${CLIENTS_URL}/c-1/conflict-checks`).request.method).toBe('GET');
    void firstValueFrom(api.decideConflict('c-1', 'k-9', { version: 1, decision: 'waived', reason: 'ok' }));
    const decide = backend.expectOne(`${CLIENTS_URL}/c-1/conflict-checks/k-9/decision`);
    expect(decide.request.method).toBe('POST');
    expect(decide.request.body).toEqual({ version: 1, decision: 'waived', reason: 'ok' });
  });

  it('searches NOC unit groups', () => {
    void firstValueFrom(api.searchNoc('software', 5));
    const req = backend.expectOne((r) => r.url === NOC_URL);
    expect(req.request.params.get('q')).toBe('software');
    expect(req.request.params.get('limit')).toBe('5');
  });
});

describe('DraftsApi', () => {
  it('builds lower-case keys and refuses others', () => {
    expect(draftKey('client', 'new')).toBe('client:new');
    expect(draftKey('client', 'AB12-CD', 'work')).toBe('client:ab12-cd:work');
    expect(() => draftKey('client', 'a b')).toThrow('Invalid draft key');
  });

  it('reads, saves and deletes under /api/drafts/:key', async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    const drafts = TestBed.inject(DraftsApi);
    const backend = TestBed.inject(HttpTestingController);

    const none = firstValueFrom(drafts.get('client:new'));
    backend.expectOne(`${DRAFTS_URL}/client:new`).flush({ key: 'client:new', data: null });
    await expect(none).resolves.toBeNull();

    const some = firstValueFrom(drafts.get('client:new'));
    backend.expectOne(`${DRAFTS_URL}/client:new`).flush({ key: 'client:new', data: { a: 1 } });
    await expect(some).resolves.toEqual({ a: 1 });

    void firstValueFrom(drafts.save('client:new', { a: 2 }));
    const put = backend.expectOne(`${DRAFTS_URL}/client:new`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ data: { a: 2 } });

    void firstValueFrom(drafts.remove('client:new'));
    expect(backend.expectOne(`${DRAFTS_URL}/client:new`).request.method).toBe('DELETE');
    backend.verify();
  });
});
