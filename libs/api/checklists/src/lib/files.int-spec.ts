import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, createBareClient, createTestApp, createUser, openCase, SAMPLE_FILES, type TestApp } from '@intake/testing';
import { CasesModule } from '@intake/testing-cases';
import { ClientsModule } from '@intake/testing-intake';
import { ChecklistsModule } from './checklists.module';

const LIMIT = 4096;
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('checklist documents', () => {
  const uploadDir = mkdtempSync(join(tmpdir(), 'intake-uploads-'));
  let t: TestApp;
  let paralegal: ApiClient;
  let lawyer: ApiClient;
  let paralegalEmail: string;
  let caseId: string;
  let itemId: string;

  beforeAll(async () => {
    t = await createTestApp([ClientsModule, CasesModule, ChecklistsModule], {
      JOBS_ENABLED: 'false',
      UPLOAD_DIR: uploadDir,
      UPLOAD_MAX_BYTES: String(LIMIT),
    });
    const p = await createUser(t.app, { role: 'paralegal' });
    const l = await createUser(t.app, { role: 'lawyer' });
    paralegalEmail = p.email;
    [paralegal, lawyer] = [new ApiClient(t.http), new ApiClient(t.http)];
    await paralegal.login(p.email, p.password);
    await lawyer.login(l.email, l.password);
    const client = await createBareClient(paralegal);
    caseId = (await openCase(paralegal, { clientId: client.id })).id;
    const checklist = (await paralegal.get(`/api/cases/${caseId}/checklist`)).body;
    itemId = checklist.checklists[0].items.find((i: { templateItemKey: string }) => i.templateItemKey === 'passport').id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  const stored = () => readdirSync(join(uploadDir, caseId)).filter((name) => !name.endsWith('.part'));
  const upload = (api: ApiClient, content: Buffer, name: string) => api.upload(`/api/checklist-items/${itemId}/files`, 'file', content, name);

  it('accepts a PDF by its content, stores it by id outside the web root with its SHA-256, and marks the item received', async () => {
    const response = await upload(paralegal, SAMPLE_FILES.pdf, 'Passport scan.pdf');
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        itemId,
        version: 1,
        fileName: 'Passport scan.pdf',
        contentType: 'application/pdf',
        sizeBytes: SAMPLE_FILES.pdf.length,
        sha256: sha256(SAMPLE_FILES.pdf),
      }),
    );
    expect(stored()).toEqual([response.body.id]);
    expect(readFileSync(join(uploadDir, caseId, response.body.id)).equals(SAMPLE_FILES.pdf)).toBe(true);
    const item = (await paralegal.get(`/api/cases/${caseId}/checklist`)).body.checklists[0].items.find((i: { id: string }) => i.id === itemId);
    expect(item).toEqual(expect.objectContaining({ state: 'received', fileCount: 1, latestFile: expect.objectContaining({ id: response.body.id }) }));
  });

  it('keeps every version: a PNG uploaded by a lawyer becomes version 2', async () => {
    const response = await upload(lawyer, SAMPLE_FILES.png, 'passport-page-2.png');
    expect(response.status).toBe(201);
    expect(response.body).toEqual(expect.objectContaining({ version: 2, contentType: 'image/png', sha256: sha256(SAMPLE_FILES.png) }));
    const versions = (await paralegal.get(`/api/checklist-items/${itemId}/files`)).body;
    expect(versions.map((v: { version: number; contentType: string }) => [v.version, v.contentType])).toEqual([
      [2, 'image/png'],
      [1, 'application/pdf'],
    ]);
    expect(stored()).toHaveLength(2);
  });

  it('refuses by content: a .pdf name on other content, a name that contradicts the content, too large, or no file', async () => {
    const text = await upload(paralegal, Buffer.from('This is not a PDF at all, whatever the name says.'), 'passport.pdf');
    expect(text.status).toBe(415);
    expect(text.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(text.body.type).toMatch(/unsupported-file$/);
    const renamed = await upload(paralegal, SAMPLE_FILES.png, 'passport.pdf');
    expect(renamed.status).toBe(415);
    expect(renamed.body.detail).toMatch(/content, which is PNG/);
    const large = await upload(paralegal, Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(LIMIT)]), 'big.pdf');
    expect(large.status).toBe(413);
    expect(large.headers['content-type']).toMatch(/application\/problem\+json/);
    const none = await paralegal.post(`/api/checklist-items/${itemId}/files`, {});
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'file', message: 'is required (multipart/form-data, field "file")' }]);
    expect(stored()).toHaveLength(2);
    expect((await paralegal.get(`/api/checklist-items/${itemId}/files`)).body).toHaveLength(2);
  });

  it('serves a version only through the API to signed-in staff, and audits each download', async () => {
    const [png, pdf] = (await paralegal.get(`/api/checklist-items/${itemId}/files`)).body;
    const download = await paralegal.download(`/api/checklist-files/${pdf.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Passport scan.pdf"; filename*=UTF-8''Passport%20scan.pdf`);
    expect((download.body as Buffer).equals(SAMPLE_FILES.pdf)).toBe(true);
    const byLawyer = await lawyer.download(`/api/checklist-files/${png.id}/content`);
    expect(byLawyer.status).toBe(200);
    expect(sha256(byLawyer.body as Buffer)).toBe(png.sha256);
    expect((await new ApiClient(t.http).get(`/api/checklist-files/${pdf.id}/content`)).status).toBe(401);
    expect((await paralegal.get('/api/checklist-files/00000000-0000-4000-8000-000000000000/content')).status).toBe(404);

    const audit = await t.dataSource.query(
      `SELECT actor_email, changes FROM audit_log WHERE entity_id = $1 AND action = 'checklist.file.download' ORDER BY seq`,
      [caseId],
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual(expect.objectContaining({ actor_email: paralegalEmail }));
    expect(audit[0].changes.file.after).toEqual(expect.objectContaining({ id: pdf.id, version: 1, sha256: pdf.sha256 }));
  });
});
