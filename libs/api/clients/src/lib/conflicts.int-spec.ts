import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { ClientsModule } from './clients.module';
import { scoreMatch } from './conflicts.service';

describe('conflict of interest checks', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;
  let existing: { id: string; fileNumber: string };

  beforeAll(async () => {
    t = await createTestApp([ClientsModule]);
    const p = await createUser(t.app, { role: 'paralegal' });
    const l = await createUser(t.app, { role: 'lawyer' });
    paralegal = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);

    // An existing client whose former spouse is an adverse party.
    const created = await paralegal.post('/api/clients', {
      givenNames: 'Mohammed',
      familyName: 'Al-Rashid',
      dateOfBirth: '1980-05-05',
      email: 'm.rashid@example.com',
    });
    existing = created.body;
    await paralegal.put(`/api/clients/${existing.id}/parties`, {
      version: created.body.version,
      items: [{ kind: 'former_spouse', name: 'Leila Haddad', dateOfBirth: '1982-02-02' }],
    });
  });
  afterAll(() => t.close());

  async function newClientWith(body: object, family: object[] = [], parties: object[] = []) {
    let client = (await paralegal.post('/api/clients', body)).body;
    if (family.length) client = (await paralegal.put(`/api/clients/${client.id}/family`, { version: client.version, items: family })).body;
    if (parties.length) client = (await paralegal.put(`/api/clients/${client.id}/parties`, { version: client.version, items: parties })).body;
    return client;
  }

  it('matches a transliterated name, boosted by the same date of birth, and names why', async () => {
    const client = await newClientWith({ givenNames: 'Muhammad', familyName: 'Al Rashid', dateOfBirth: '1980-05-05' });
    const check = await paralegal.post(`/api/clients/${client.id}/conflict-checks`);
    expect(check.status).toBe(201);
    expect(check.body.status).toBe('pending');
    const match = check.body.matches.find((m: { matchedClientId: string }) => m.matchedClientId === existing.id);
    expect(match).toEqual(
      expect.objectContaining({ subjectRole: 'client', matchedRole: 'client', matchedFileNumber: existing.fileNumber }),
    );
    expect(match.reasons).toEqual(expect.arrayContaining(['names sound alike', 'same date of birth']));
    expect(match.score).toBeGreaterThanOrEqual(85);
  });

  it("finds the new client's spouse among another client's adverse parties", async () => {
    const client = await newClientWith({ givenNames: 'Omar', familyName: 'Farouk' }, [
      { relationship: 'spouse', givenNames: 'Leïla', familyName: 'Haddad', dateOfBirth: '1982-02-02', accompanying: true },
    ]);
    const check = await paralegal.post(`/api/clients/${client.id}/conflict-checks`);
    const match = check.body.matches.find((m: { subjectRole: string }) => m.subjectRole === 'spouse');
    expect(match).toEqual(expect.objectContaining({ matchedRole: 'party:former_spouse', matchedClientId: existing.id }));
    expect(match.reasons).toEqual(expect.arrayContaining(['same name', 'same date of birth']));
    expect(match.score).toBe(100);
  });

  it('reports no match for an unrelated person', async () => {
    const client = await newClientWith({ givenNames: 'Ingrid', familyName: 'Bergström' });
    const check = await paralegal.post(`/api/clients/${client.id}/conflict-checks`);
    expect(check.body.matches).toEqual([]);
  });

  it('lets only a lawyer decide; a waiver needs a written reason; the decision is audited', async () => {
    const client = await newClientWith({ givenNames: 'Pat', familyName: 'Doe' });
    const check = (await paralegal.post(`/api/clients/${client.id}/conflict-checks`)).body;
    const url = `/api/clients/${client.id}/conflict-checks/${check.id}/decision`;
    expect((await paralegal.post(url, { version: check.version, decision: 'cleared' })).status).toBe(403);
    const noReason = await lawyer.post(url, { version: check.version, decision: 'waived' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'is required to waive a conflict' }]);
    const cleared = await lawyer.post(url, { version: check.version, decision: 'cleared' });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual(
      expect.objectContaining({ status: 'cleared', version: check.version + 1, decidedByName: expect.stringMatching(/^Test User/) }),
    );
    expect(check.runByName).toMatch(/^Test User/);
    expect((await lawyer.post(url, { version: check.version, decision: 'declined' })).status).toBe(409);
    expect((await paralegal.get(`/api/clients/${client.id}`)).body.conflictStatus).toBe('cleared');
    const [row] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'conflict_check.decide'`,
      [client.id],
    );
    expect(row.changes.status).toEqual({ before: 'pending', after: 'cleared' });
  });
});

describe('scoreMatch', () => {
  it.each([
    [{ similarity: 1, sounds_alike: true, same_dob: false, same_email: false }, 100],
    [{ similarity: 0.4, sounds_alike: false, same_dob: false, same_email: false }, 40],
    [{ similarity: 0.4, sounds_alike: true, same_dob: false, same_email: false }, 70],
    [{ similarity: 0.4, sounds_alike: true, same_dob: true, same_email: false }, 85],
    [{ similarity: 0.5, sounds_alike: false, same_dob: true, same_email: true }, 80],
    [{ similarity: 0.9, sounds_alike: true, same_dob: true, same_email: true }, 100],
  ])('%o scores %i', (row, score) => {
    expect(scoreMatch(row)).toBe(score);
  });
});
