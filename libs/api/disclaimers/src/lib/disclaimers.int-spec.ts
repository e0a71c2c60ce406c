import { createHash } from 'node:crypto';
import request from 'supertest';
import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import { DisclaimerNotAcknowledged, DisclaimerOutdated } from '@intake/api/core';
import { DisclaimersModule } from './disclaimers.module';
import { DisclaimersService } from './disclaimers.service';

interface Statements {
  generalInformation: string;
  noConfidentiality: string;
}
interface Version {
  id: string;
  number: number;
  hash: string;
  en: Statements;
  fr: Statements;
  current: boolean;
}

/** Recomputed here from the documented canonical form, independently of the service. */
function expectedHash(version: Version): string {
  const canonical = JSON.stringify({
    version: version.number,
    en: {
      generalInformation: version.en.generalInformation,
      noConfidentiality: version.en.noConfidentiality,
    },
    fr: {
      generalInformation: version.fr.generalInformation,
      noConfidentiality: version.fr.noConfidentiality,
    },
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

const NEW_TEXTS = {
  en: {
    generalInformation:
      'Version two: this is general information, not legal advice. We are not your lawyers until we agree in writing.',
    noConfidentiality:
      'Version two: what you send before we agree in writing to act for you is not confidential.',
  },
  fr: {
    generalInformation:
      "Version deux : ceci est de l'information générale, pas un avis juridique. Nous ne sommes pas vos avocats avant un accord écrit.",
    noConfidentiality:
      "Version deux : ce que vous envoyez avant notre accord écrit d'agir pour vous n'est pas confidentiel.",
  },
};

describe('disclaimers', () => {
  let t: TestApp;
  let admin: ApiClient;
  let lawyer: ApiClient;
  let paralegal: ApiClient;
  let visitor: ApiClient;

  beforeAll(async () => {
    t = await createTestApp([DisclaimersModule], {
      PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '200',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '200',
    });
    const a = await createUser(t.app, { role: 'admin', name: 'Ada Admin' });
    const l = await createUser(t.app, { role: 'lawyer' });
    const p = await createUser(t.app, { role: 'paralegal' });
    admin = new ApiClient(t.http);
    lawyer = new ApiClient(t.http);
    paralegal = new ApiClient(t.http);
    visitor = new ApiClient(t.http);
    await admin.login(a.email, a.password);
    await lawyer.login(l.email, l.password);
    await paralegal.login(p.email, p.password);
  });
  afterAll(() => t.close());

  async function acknowledge(overrides: Record<string, unknown> = {}) {
    const text = (await visitor.get('/api/public/disclaimer?locale=fr')).body;
    return visitor.post('/api/public/acknowledgments', {
      versionId: text.versionId,
      hash: text.hash,
      locale: 'fr',
      acceptsGeneralInformation: true,
      acceptsNoConfidentiality: true,
      purpose: 'booking',
      ...overrides,
    });
  }

  it('seeds version 1 in English and French, two statements each, identified by the hash of its content', async () => {
    const list = await lawyer.get('/api/disclaimers');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const [v1] = list.body as Version[];
    expect(v1).toEqual(expect.objectContaining({ number: 1, current: true }));
    expect(v1.en.generalInformation).toMatch(/general information, not legal advice/);
    expect(v1.en.generalInformation).toMatch(/agrees in writing/);
    expect(v1.en.noConfidentiality).toMatch(/not protected by solicitor-client confidentiality/);
    expect(v1.fr.generalInformation).toMatch(/information générale/);
    expect(v1.fr.noConfidentiality).toMatch(/secret professionnel/);
    expect(v1.hash).toBe(expectedHash(v1));

    const en = await visitor.get('/api/public/disclaimer?locale=en');
    expect(en.status).toBe(200);
    expect(en.body).toEqual({ versionId: v1.id, number: 1, hash: v1.hash, locale: 'en', ...v1.en });
    const fr = await visitor.get('/api/public/disclaimer?locale=fr');
    expect(fr.body).toEqual({ versionId: v1.id, number: 1, hash: v1.hash, locale: 'fr', ...v1.fr });
    expect((await visitor.get('/api/public/disclaimer?locale=de')).status).toBe(400);
  });

  it('lets admins and lawyers list versions, only admins publish', async () => {
    expect((await paralegal.get('/api/disclaimers')).status).toBe(403);
    expect((await visitor.get('/api/disclaimers')).status).toBe(401);
    expect((await lawyer.post('/api/disclaimers', NEW_TEXTS)).status).toBe(403);
    const tooShort = await admin.post('/api/disclaimers', {
      en: { generalInformation: 'short', noConfidentiality: NEW_TEXTS.en.noConfidentiality },
      fr: NEW_TEXTS.fr,
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'en.generalInformation',
    ]);
    const missing = await admin.post('/api/disclaimers', { en: NEW_TEXTS.en });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('fr');
  });

  it('records an acknowledgment with version, hash, locale, both boxes, time, IP, user agent and purpose; only the token hash is kept', async () => {
    const response = await acknowledge();
    expect(response.status).toBe(201);
    const ack = response.body;
    expect(ack.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ack).toEqual(expect.objectContaining({ number: 1, locale: 'fr', purpose: 'booking' }));
    const [row] = await t.dataSource.query(
      `SELECT * FROM disclaimer_acknowledgments WHERE id = $1`,
      [ack.id],
    );
    expect(row).toEqual(
      expect.objectContaining({
        version_id: ack.versionId,
        content_hash: ack.hash,
        locale: 'fr',
        accepts_general_information: true,
        accepts_no_confidentiality: true,
        purpose: 'booking',
        token_hash: createHash('sha256').update(ack.token).digest('hex'),
      }),
    );
    expect(row.ip).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(row)).not.toContain(ack.token);
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'disclaimer.acknowledge'`,
      [ack.id],
    );
    expect(audit.changes.acknowledgment.after).toEqual({
      versionId: ack.versionId,
      number: 1,
      locale: 'fr',
      purpose: 'booking',
    });

    const csrf = await request(t.http).get('/api/auth/csrf');
    const cookie = ([] as string[])
      .concat(csrf.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('XSRF-TOKEN=')) as string;
    const token = decodeURIComponent(cookie.split(';')[0].slice('XSRF-TOKEN='.length));
    const fromBrowser = await request(t.http)
      .post('/api/public/acknowledgments')
      .set('Cookie', cookie.split(';')[0])
      .set('X-XSRF-TOKEN', token)
      .set('User-Agent', 'Mozilla/5.0 (test browser)')
      .send({
        versionId: ack.versionId,
        hash: ack.hash,
        locale: 'en',
        acceptsGeneralInformation: true,
        acceptsNoConfidentiality: true,
        purpose: 'booking',
      });
    expect(fromBrowser.status).toBe(201);
    const [agent] = await t.dataSource.query(
      `SELECT user_agent, locale FROM disclaimer_acknowledgments WHERE id = $1`,
      [fromBrowser.body.id],
    );
    expect(agent).toEqual({ user_agent: 'Mozilla/5.0 (test browser)', locale: 'en' });
  });

  it('answers 400 naming the box that is missing or unticked', async () => {
    const unticked = await acknowledge({ acceptsNoConfidentiality: false });
    expect(unticked.status).toBe(400);
    expect(unticked.headers['content-type']).toMatch(/problem\+json/);
    expect(unticked.body.errors).toEqual([
      { field: 'acceptsNoConfidentiality', message: 'must be true: the box must be ticked' },
    ]);
    const missing = await acknowledge({ acceptsGeneralInformation: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'acceptsGeneralInformation',
    ]);
    const extra = await acknowledge({ name: 'Someone' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ field: 'name', message: 'is not an allowed field' }]);
    const purpose = await acknowledge({ purpose: 'marketing' });
    expect(purpose.body.errors.map((e: { field: string }) => e.field)).toEqual(['purpose']);
  });

  it('refuses UPDATE and DELETE of published versions and of acknowledgments', async () => {
    await expect(
      t.dataSource.query(
        `UPDATE disclaimer_versions SET general_information_en = 'changed' WHERE number = 1`,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM disclaimer_versions`)).rejects.toThrow(
      /immutable/,
    );
    await expect(
      t.dataSource.query(`UPDATE disclaimer_acknowledgments SET locale = 'en'`),
    ).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM disclaimer_acknowledgments`)).rejects.toThrow(
      /immutable/,
    );
  });

  it('requireAcknowledgment returns the acknowledgment for its purpose and refuses anything else', async () => {
    const service = t.app.get(DisclaimersService);
    const ack = (await acknowledge({ purpose: 'self_assessment' })).body;
    const found = await service.requireAcknowledgment(ack.token, 'self_assessment');
    expect(found.id).toBe(ack.id);
    await expect(service.requireAcknowledgment(ack.token, 'booking')).rejects.toBeInstanceOf(
      DisclaimerNotAcknowledged,
    );
    await expect(
      service.requireAcknowledgment('not-a-token', 'self_assessment'),
    ).rejects.toBeInstanceOf(DisclaimerNotAcknowledged);
    await expect(
      service.requireAcknowledgment(undefined, 'self_assessment'),
    ).rejects.toBeInstanceOf(DisclaimerNotAcknowledged);
  });

  it('publishes a new immutable version that becomes current; a stale acknowledgment gets 409 disclaimer-outdated', async () => {
    const before = (await visitor.get('/api/public/disclaimer?locale=en')).body;
    const oldAck = (await acknowledge()).body;
    const published = await admin.post('/api/disclaimers', NEW_TEXTS);
    expect(published.status).toBe(201);
    expect(published.body).toEqual(
      expect.objectContaining({
        number: 2,
        current: true,
        publishedByName: 'Ada Admin',
        ...NEW_TEXTS,
      }),
    );
    expect(published.body.hash).toBe(expectedHash(published.body));
    expect((await admin.post('/api/disclaimers', NEW_TEXTS)).status).toBe(409);

    const list = (await lawyer.get('/api/disclaimers')).body as Version[];
    expect(list.map((v) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const [audit] = await t.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'disclaimer.publish'`,
      [published.body.id],
    );
    expect(audit.changes.version).toEqual({ before: 1, after: 2 });

    const stale = await visitor.post('/api/public/acknowledgments', {
      versionId: before.versionId,
      hash: before.hash,
      locale: 'en',
      acceptsGeneralInformation: true,
      acceptsNoConfidentiality: true,
      purpose: 'booking',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toMatch(/\/disclaimer-outdated$/);
    const wrongHash = await visitor.post('/api/public/acknowledgments', {
      versionId: published.body.id,
      hash: before.hash,
      locale: 'en',
      acceptsGeneralInformation: true,
      acceptsNoConfidentiality: true,
      purpose: 'booking',
    });
    expect(wrongHash.status).toBe(409);
    await expect(
      t.app.get(DisclaimersService).requireAcknowledgment(oldAck.token, 'booking'),
    ).rejects.toBeInstanceOf(DisclaimerOutdated);

    const now = (await visitor.get('/api/public/disclaimer?locale=fr')).body;
    expect(now).toEqual(expect.objectContaining({ number: 2, locale: 'fr', ...NEW_TEXTS.fr }));
    expect((await acknowledge()).status).toBe(201);
  });
});

describe('public disclaimer routes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([DisclaimersModule], {
      PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '3',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '5',
    });
  });
  afterAll(() => t.close());

  it('limits each IP address, more strictly on submissions, and refuses large bodies', async () => {
    const visitor = new ApiClient(t.http);
    const reads = [];
    for (let i = 0; i < 6; i += 1) reads.push((await visitor.get('/api/public/disclaimer')).status);
    expect(reads).toEqual([200, 200, 200, 200, 200, 429]);
    const writes = [];
    for (let i = 0; i < 4; i += 1)
      writes.push((await visitor.post('/api/public/acknowledgments', {})).status);
    expect(writes).toEqual([400, 400, 400, 429]);
    const limited = await visitor.post('/api/public/acknowledgments', {});
    expect(limited.body).toEqual(
      expect.objectContaining({ status: 429, type: expect.stringMatching(/rate-limited$/) }),
    );
  });

  it('refuses a body over 32 KB with 413', async () => {
    const other = await createTestApp([DisclaimersModule]);
    try {
      const visitor = new ApiClient(other.http);
      const response = await visitor.post('/api/public/acknowledgments', {
        purpose: 'x'.repeat(40 * 1024),
      });
      expect(response.status).toBe(413);
    } finally {
      await other.close();
    }
  });
});
