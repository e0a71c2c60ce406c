import { ApiClient, createProfiledClient, createTestApp, createUser, pdfText, type TestApp } from '@intake/testing';
import { ClientsModule } from '@intake/api/clients';
import { DisclaimersModule } from '@intake/api/disclaimers';
import { AssessmentsModule } from './assessments.module';
import { reassessOpenClients } from './reassess';

describe('assessments', () => {
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;
  let admin: ApiClient;
  let client: { id: string; version: number; fileNumber: string };

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, AssessmentsModule, DisclaimersModule], { FIRM_NAME: 'Tremblay & Singh Immigration LLP' });
    const p = await createUser(t.app, { role: 'paralegal' });
    const l = await createUser(t.app, { role: 'lawyer', name: 'Louise Tremblay' });
    paralegal = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);
    const a = await createUser(t.app, { role: 'admin' });
    admin = new ApiClient(t.http);
    await admin.login(a.email, a.password);
    client = await createProfiledClient(paralegal);
  });
  afterAll(() => t.close());

  it('runs on the intake data and stores the snapshot, the result, the rule set and the engine version', async () => {
    const run = await paralegal.post(`/api/clients/${client.id}/assessments`, { asOf: '2026-06-01' });
    expect(run.status).toBe(201);
    expect(run.body).toEqual(
      expect.objectContaining({ asOf: '2026-06-01', ruleSetId: 'cec-2022', outcome: 'eligible', stale: false, releases: [] }),
    );
    expect(run.body.input.work).toHaveLength(3);
    expect(run.body.result.crs.total).toBe(run.body.crsTotal);
    const { crs } = run.body.result;
    expect(crs.core + crs.spouse + crs.transferability + crs.additional).toBe(crs.total);
    const evaluated = await paralegal.post('/api/assessments/cec/evaluate', run.body.input);
    expect(evaluated.body.crs.total).toBe(crs.total);
    expect(evaluated.body.outcome).toBe(run.body.outcome);
  });

  it('refuses to run while the intake lacks what the engine needs', async () => {
    const bare = (await paralegal.post('/api/clients', { givenNames: 'No', familyName: 'Dob' })).body;
    const run = await paralegal.post(`/api/clients/${bare.id}/assessments`, {});
    expect(run.status).toBe(400);
    expect(run.body.errors.map((e: { field: string }) => e.field)).toEqual(['dateOfBirth', 'intendedProvince']);
  });

  it('marks an assessment stale when the intake it read changes, and keeps history', async () => {
    const first = (await paralegal.post(`/api/clients/${client.id}/assessments`, {})).body;
    const current = (await paralegal.get(`/api/clients/${client.id}`)).body;
    await paralegal.patch(`/api/clients/${client.id}`, { version: current.version, notes: 'notes do not change the assessment' });
    let list = (await paralegal.get(`/api/clients/${client.id}/assessments`)).body;
    expect(list.find((a: { id: string }) => a.id === first.id).stale).toBe(false);
    const updated = (await paralegal.get(`/api/clients/${client.id}`)).body;
    await paralegal.patch(`/api/clients/${client.id}`, { version: updated.version, intendedProvince: 'BC' });
    list = (await paralegal.get(`/api/clients/${client.id}/assessments`)).body;
    expect(list.find((a: { id: string }) => a.id === first.id).stale).toBe(true);
    const again = (await paralegal.post(`/api/clients/${client.id}/assessments`, {})).body;
    list = (await paralegal.get(`/api/clients/${client.id}/assessments`)).body;
    expect(list[0].id).toBe(again.id);
    expect(list[0].stale).toBe(false);
    expect(list[0].canadianSkilledHours).toBe(again.result.canadianSkilledHours);
    expect(list[0].canadianSkilledHours).toBeGreaterThan(0);
    expect(list.length).toBeGreaterThanOrEqual(3);
  });

  it('answers the contract: 400 naming the field, 422 before 2008-09-17', async () => {
    const base = (await paralegal.post(`/api/clients/${client.id}/assessments`, {})).body.input;
    const badDate = await paralegal.post('/api/assessments/cec/evaluate', { ...base, dateOfBirth: '1990-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].field).toBe('dateOfBirth');
    const unknown = await paralegal.post('/api/assessments/cec/evaluate', { ...base, favouriteColour: 'blue' });
    expect(unknown.status).toBe(400);
    const early = await paralegal.post('/api/assessments/cec/evaluate', { ...base, asOf: '2008-09-16' });
    expect(early.status).toBe(422);
    expect(early.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lets only a lawyer release the report, recording who, which assessment and the current published disclaimer', async () => {
    const current = (await lawyer.get('/api/public/disclaimer?locale=fr')).body;
    expect(current.number).toBe(1);
    const run = (await paralegal.post(`/api/clients/${client.id}/assessments`, { asOf: '2026-06-01' })).body;
    const url = `/api/clients/${client.id}/assessments/${run.id}/release`;
    expect((await paralegal.post(url, {})).status).toBe(403);
    const released = await lawyer.post(url, { language: 'fr' });
    expect(released.status).toBe(201);
    expect(released.body.releases).toEqual([
      expect.objectContaining({ releasedByName: 'Louise Tremblay', language: 'fr', disclaimerVersion: '1' }),
    ]);
    const [stored] = await t.dataSource.query(`SELECT disclaimer_id, disclaimer_version, disclaimer_hash FROM assessment_releases WHERE assessment_id = $1`, [run.id]);
    expect(stored).toEqual({ disclaimer_id: current.versionId, disclaimer_version: '1', disclaimer_hash: current.hash });
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'assessment.release'`,
      [client.id],
    );
    expect(audit.changes.release.after).toEqual(
      expect.objectContaining({ assessmentId: run.id, disclaimerId: current.versionId, disclaimerVersion: '1', disclaimerHash: current.hash }),
    );
    const pdf = pdfText((await lawyer.get(`/api/clients/${client.id}/assessments/${run.id}/report.pdf?lang=fr`)).body as Buffer);
    expect(pdf).toContain('(version 1)');
    expect(pdf.replace(/\s+/g, ' ')).toContain(current.noConfidentiality.slice(0, 40));
  });

  it('prints on a released report the version released, even after a newer one is published', async () => {
    const run = (await paralegal.post(`/api/clients/${client.id}/assessments`, { asOf: '2026-06-01' })).body;
    await lawyer.post(`/api/clients/${client.id}/assessments/${run.id}/release`, { language: 'en' });
    const published = await admin.post('/api/disclaimers', {
      en: { generalInformation: 'Second text: this is general information, not legal advice.', noConfidentiality: 'Second text: nothing you send is confidential yet.' },
      fr: { generalInformation: "Deuxième texte : information générale seulement, pas un avis juridique.", noConfidentiality: "Deuxième texte : rien de ce que vous envoyez n'est encore confidentiel." },
    });
    expect(published.status).toBe(201);
    const released = pdfText((await paralegal.get(`/api/clients/${client.id}/assessments/${run.id}/report.pdf?lang=en`)).body as Buffer);
    expect(released).toContain('(version 1)');
    expect(released).not.toContain('Second text');
    const fresh = (await paralegal.post(`/api/clients/${client.id}/assessments`, { asOf: '2026-06-01' })).body;
    const draft = pdfText((await paralegal.get(`/api/clients/${client.id}/assessments/${fresh.id}/report.pdf?lang=en`)).body as Buffer);
    expect(draft).toContain('(version 2)');
    expect(draft).toContain('Second text');
    const again = await lawyer.post(`/api/clients/${client.id}/assessments/${fresh.id}/release`, { language: 'en' });
    expect(again.body.releases[0].disclaimerVersion).toBe('2');
  });

  it('renders the PDF in the requested language with the same total as the API', async () => {
    const run = (await paralegal.post(`/api/clients/${client.id}/assessments`, { asOf: '2026-06-01' })).body;
    const response = await paralegal.get(`/api/clients/${client.id}/assessments/${run.id}/report.pdf?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.body as Buffer);
    expect(text).toContain('Tremblay & Singh Immigration LLP');
    expect(text).toContain(`Total ${run.result.crs.total} =`);
    expect(text).toContain(client.fileNumber);
    expect(text).toContain('general information, not legal advice');
    const french = await paralegal.get(`/api/clients/${client.id}/assessments/${run.id}/report.pdf?lang=fr`);
    expect(pdfText(french.body as Buffer)).toContain('pré-évaluation');
  });

  it('reassess lists nothing when the rules have not changed', async () => {
    const report = await reassessOpenClients(t.dataSource, '2026-11-26');
    expect(report.checked).toBeGreaterThan(0);
    expect(report.changed).toEqual([]);
    expect(report.failed).toEqual([]);
  });
});
