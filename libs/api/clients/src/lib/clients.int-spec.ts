import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { ClientsModule } from './clients.module';

describe('/api/clients', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;

  beforeAll(async () => {
    t = await createTestApp([ClientsModule]);
    const p = await createUser(t.app, { role: 'paralegal' });
    const l = await createUser(t.app, { role: 'lawyer' });
    paralegal = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);
  });
  afterAll(() => t.close());

  const newClient = async (body: object = {}) => {
    const response = await paralegal.post('/api/clients', { givenNames: 'Ana', familyName: 'Silva', ...body });
    expect(response.status).toBe(201);
    return response.body;
  };

  describe('identity', () => {
    it('creates a client with a human-readable file number', async () => {
      const client = await newClient({
        dateOfBirth: '1990-04-12',
        citizenships: ['br'],
        email: 'ana@example.com',
        phone: '+1 (416) 555-0101',
        intendedProvince: 'ON',
        address: { line1: '1 King St W', city: 'Toronto', region: 'ON', postalCode: 'M5H 1A1', country: 'ca' },
      });
      expect(client.fileNumber).toMatch(/^C-\d{4}-\d{5}$/);
      expect(client).toEqual(
        expect.objectContaining({ citizenships: ['BR'], version: 1, intendedProvince: 'ON', conflictStatus: null }),
      );
      expect(client.address).toEqual(expect.objectContaining({ country: 'CA', city: 'Toronto' }));
    });

    it('refuses bad input whole, naming each field', async () => {
      const response = await paralegal.post('/api/clients', {
        givenNames: '',
        familyName: 'X',
        dateOfBirth: '2024-02-30',
        citizenships: ['XX'],
        email: 'nope',
        intendedProvince: 'ZZ',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'citizenships',
        'email',
        'givenNames',
        'intendedProvince',
      ]);
      const future = await paralegal.post('/api/clients', { givenNames: 'A', familyName: 'B', dateOfBirth: '2099-01-01' });
      expect(future.body.errors).toEqual([{ field: 'dateOfBirth', message: 'cannot be in the future' }]);
      const impossible = await paralegal.post('/api/clients', { givenNames: 'A', familyName: 'B', dateOfBirth: '2023-02-29' });
      expect(impossible.body.errors).toEqual([{ field: 'dateOfBirth', message: 'is not a date on the calendar' }]);
    });

    it('answers 409 to the stale one of two concurrent edits, and keeps the first', async () => {
      const client = await newClient();
      const [a, b] = await Promise.all([
        paralegal.patch(`/api/clients/${client.id}`, { version: 1, notes: 'first' }),
        lawyer.patch(`/api/clients/${client.id}`, { version: 1, notes: 'second' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? 'first' : 'second';
      const now = await paralegal.get(`/api/clients/${client.id}`);
      expect(now.body.notes).toBe(winner);
      expect(now.body.version).toBe(2);
    });

    it('lets lawyers delete, not paralegals', async () => {
      const client = await newClient();
      expect((await paralegal.delete(`/api/clients/${client.id}?version=1`)).status).toBe(403);
      expect((await lawyer.delete(`/api/clients/${client.id}?version=1`)).status).toBe(204);
      expect((await lawyer.get(`/api/clients/${client.id}`)).status).toBe(404);
    });
  });

  describe('intake sections', () => {
    it('saves language tests with the CLB per ability derived, never typed', async () => {
      const client = await newClient();
      const saved = await paralegal.put(`/api/clients/${client.id}/language-tests`, {
        version: client.version,
        items: [
          { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-06-01', reading: 7, writing: 6.5, listening: 8, speaking: 6.5 },
          { test: 'TEF_CANADA', testDate: '2025-03-01', reading: 200, writing: 400, listening: 300, speaking: 400 },
        ],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.languageTests[0].clb).toEqual({ reading: 9, writing: 8, listening: 9, speaking: 8 });
      expect(saved.body.languageTests[1].clb.writing).toBeGreaterThan(0);
      expect(saved.body.version).toBe(client.version + 1);
    });

    it('refuses scores outside the test scale and a future test date, saving nothing', async () => {
      const client = await newClient();
      const response = await paralegal.put(`/api/clients/${client.id}/language-tests`, {
        version: client.version,
        items: [
          { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-06-01', reading: 9.5, writing: 6.25, listening: 8, speaking: 6.5 },
          { test: 'CELPIP_GENERAL', testDate: '2099-06-01', reading: 7, writing: 7, listening: 7, speaking: 7 },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'items[0].reading',
        'items[0].writing',
        'items[1].testDate',
      ]);
      const after = await paralegal.get(`/api/clients/${client.id}`);
      expect(after.body.languageTests).toEqual([]);
      expect(after.body.version).toBe(client.version);
    });

    it('validates work history: NOC known, dates in order, and shows TEER and hours so far', async () => {
      const client = await newClient({ dateOfBirth: '1992-01-01', intendedProvince: 'BC' });
      const bad = await paralegal.put(`/api/clients/${client.id}/work`, {
        version: client.version,
        items: [
          { employer: 'X', noc: '99999', country: 'CA', start: '2024-01-01', end: '2023-01-01', hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
        ],
      });
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['items[0].end', 'items[0].noc']);
      const v = (await paralegal.put(`/api/clients/${client.id}/status-history`, {
        version: client.version,
        items: [{ type: 'work_permit', permitNumber: 'U123456789', validFrom: '2020-01-01', validTo: '2030-01-01' }],
      })).body.version;
      const saved = await paralegal.put(`/api/clients/${client.id}/work`, {
        version: v,
        items: [
          { employer: 'Acme Software', noc: '21231', country: 'CA', start: '2021-01-04', end: null, hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
          { employer: 'Café Lune', noc: '65201', country: 'CA', start: '2020-01-06', end: '2020-12-31', hoursPerWeek: 20, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
        ],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.work[0]).toEqual(expect.objectContaining({ noc: '21231', teer: 1, nocTitleFr: expect.any(String) }));
      expect(saved.body.canadianSkilledHours).toBeGreaterThanOrEqual(1560);
    });

    it('needs the current version for every section save', async () => {
      const client = await newClient();
      const stale = await paralegal.put(`/api/clients/${client.id}/education`, { version: client.version + 5, items: [] });
      expect(stale.status).toBe(409);
    });
  });

  describe('identification and sensitive numbers', () => {
    it('encrypts document and permit numbers, masks them, and audits each full view', async () => {
      const client = await newClient();
      const withId = await paralegal.put(`/api/clients/${client.id}/identification`, {
        version: client.version,
        name: 'Ana Silva',
        address: '1 King St W, Toronto',
        occupation: 'Developer',
      });
      expect(withId.body.identification).toEqual(expect.objectContaining({ name: 'Ana Silva', occupation: 'Developer' }));
      const verified = await paralegal.post(`/api/clients/${client.id}/verifications`, {
        documentType: 'passport',
        issuingJurisdiction: 'Brazil',
        documentNumber: 'FX998877',
        expiry: '2030-01-01',
        method: 'in_person',
        verifiedOn: '2026-01-15',
      });
      expect(verified.status).toBe(201);
      const [verification] = verified.body.verifications;
      expect(verification.documentNumber).toBe('•••877');
      const status = await paralegal.put(`/api/clients/${client.id}/status-history`, {
        version: verified.body.version,
        items: [{ type: 'work_permit', permitNumber: 'U1234567', validFrom: '2024-01-01', validTo: '2027-01-01' }],
      });
      expect(status.body.statusHistory[0].permitNumber).toBe('•••567');

      const stored = await t.dataSource.query(
        `SELECT (SELECT document_number_enc FROM client_verifications WHERE client_id = $1) AS doc,
                (SELECT permit_number_enc FROM client_status_history WHERE client_id = $1) AS permit`,
        [client.id],
      );
      expect(stored[0].doc).not.toContain('FX998877');
      expect(stored[0].permit).not.toContain('U1234567');
      const audit = JSON.stringify(await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1`, [client.id]));
      expect(audit).not.toContain('FX998877');
      expect(audit).not.toContain('U1234567');

      const url = `/api/clients/${client.id}/verifications/${verification.id}/document-number`;
      expect((await paralegal.get(url)).status).toBe(403);
      const full = await lawyer.get(url);
      expect(full.body).toEqual({ documentNumber: 'FX998877' });
      const permit = await lawyer.get(`/api/clients/${client.id}/status-history/${status.body.statusHistory[0].id}/permit-number`);
      expect(permit.body).toEqual({ permitNumber: 'U1234567' });
      const views = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE '%.view' ORDER BY seq`,
        [client.id],
      );
      expect(views.map((v: { action: string }) => v.action)).toEqual(['client.document_number.view', 'client.permit_number.view']);
    });

    it('keeps a stored permit number when an entry is saved again without it', async () => {
      const client = await newClient();
      const first = await paralegal.put(`/api/clients/${client.id}/status-history`, {
        version: client.version,
        items: [{ type: 'study_permit', permitNumber: 'S7654321', validFrom: '2022-09-01', validTo: '2025-09-01' }],
      });
      const entry = first.body.statusHistory[0];
      const second = await paralegal.put(`/api/clients/${client.id}/status-history`, {
        version: first.body.version,
        items: [{ id: entry.id, type: 'study_permit', validFrom: '2022-09-01', validTo: '2025-12-01' }],
      });
      const again = second.body.statusHistory[0];
      expect(again.permitNumber).toBe('•••321');
      const full = await lawyer.get(`/api/clients/${client.id}/status-history/${again.id}/permit-number`);
      expect(full.body.permitNumber).toBe('S7654321');
    });
  });

  describe('drafts', () => {
    it('keeps unsaved input per user across reloads', async () => {
      expect((await paralegal.put('/api/drafts/client:new', { data: { givenNames: 'Draft' } })).status).toBe(200);
      expect((await paralegal.get('/api/drafts/client:new')).body.data).toEqual({ givenNames: 'Draft' });
      expect((await lawyer.get('/api/drafts/client:new')).body.data).toBeNull();
      expect((await paralegal.delete('/api/drafts/client:new')).status).toBe(204);
      expect((await paralegal.get('/api/drafts/client:new')).body.data).toBeNull();
    });
  });

  describe('NOC 2021', () => {
    it('finds unit groups by code or by title in either language', async () => {
      const byCode = await paralegal.get('/api/noc?q=21231');
      expect(byCode.body.items[0]).toEqual(expect.objectContaining({ code: '21231', teer: 1 }));
      const french = await paralegal.get('/api/noc?q=infirmi%C3%A8res%20autoris%C3%A9es');
      expect(french.body.items.map((i: { code: string }) => i.code)).toContain('31301');
      expect(byCode.body.source).toMatch(/Statistics Canada/);
    });
  });
});
