import type { Server } from 'node:http';
import request, { type Response } from 'supertest';

/**
 * A visitor's browser on the public pages: no account, the CSRF cookie and header the API asks
 * of every state-changing request, any extra headers (an Idempotency-Key, say).
 */
export class PublicVisitor {
  private cookie = '';
  private token = '';

  constructor(protected readonly http: Server) {}

  /** Fetches the CSRF cookie, as the public pages do before their first POST. */
  async init(): Promise<this> {
    const response = await request(this.http).get('/api/auth/csrf');
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('XSRF-TOKEN='));
    if (!cookie) throw new Error('GET /api/auth/csrf set no XSRF-TOKEN cookie');
    this.cookie = cookie.split(';')[0];
    this.token = decodeURIComponent(this.cookie.slice('XSRF-TOKEN='.length));
    return this;
  }

  get(url: string): Promise<Response> {
    return request(this.http).get(url);
  }

  post(url: string, body: object, headers: Record<string, string> = {}): Promise<Response> {
    const call = request(this.http)
      .post(url)
      .set('Cookie', this.cookie)
      .set('X-XSRF-TOKEN', this.token);
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    return call.send(body);
  }

  /** Acknowledges the disclaimer in force (both boxes ticked); returns the token later calls present. */
  async acknowledge(
    purpose: 'booking' | 'self_assessment',
    locale: 'en' | 'fr' = 'en',
  ): Promise<string> {
    const text = (await this.get(`/api/public/disclaimer?locale=${locale}`)).body;
    const ack = await this.post('/api/public/acknowledgments', {
      versionId: text.versionId,
      hash: text.hash,
      locale,
      acceptsGeneralInformation: true,
      acceptsNoConfidentiality: true,
      purpose,
    });
    if (ack.status !== 201)
      throw new Error(`acknowledgment: ${ack.status} ${JSON.stringify(ack.body)}`);
    return ack.body.token;
  }
}
