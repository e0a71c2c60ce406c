import type { Server } from 'node:http';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/** A browser-like client: keeps cookies and echoes the CSRF cookie in X-XSRF-TOKEN. */
export class ApiClient {
  private readonly agent: TestAgent;
  private csrfToken: string | null = null;

  constructor(http: Server) {
    this.agent = request.agent(http);
  }

  get(url: string): Promise<Response> {
    return this.agent.get(url).then((response) => this.remember(response));
  }

  post(url: string, body?: object): Promise<Response> {
    return this.send('post', url, body);
  }

  put(url: string, body?: object): Promise<Response> {
    return this.send('put', url, body);
  }

  patch(url: string, body?: object): Promise<Response> {
    return this.send('patch', url, body);
  }

  delete(url: string): Promise<Response> {
    return this.send('delete', url);
  }

  /** A multipart upload of one file, as a browser's form would send it. */
  async upload(url: string, field: string, content: Buffer, fileName: string): Promise<Response> {
    if (!this.csrfToken) await this.get('/api/auth/csrf');
    return this.agent
      .post(url)
      .set('X-XSRF-TOKEN', this.csrfToken ?? '')
      .attach(field, content, fileName)
      .then((response) => this.remember(response));
  }

  /** A download, its body as bytes whatever the content type. */
  download(url: string): Promise<Response> {
    return this.agent
      .get(url)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .then((response) => this.remember(response));
  }

  async login(email: string, password: string): Promise<Response> {
    return this.post('/api/auth/login', { email, password });
  }

  private async send(
    method: 'post' | 'put' | 'patch' | 'delete',
    url: string,
    body?: object,
  ): Promise<Response> {
    if (!this.csrfToken) await this.get('/api/auth/csrf');
    const call = this.agent[method](url).set('X-XSRF-TOKEN', this.csrfToken ?? '');
    return (body === undefined ? call : call.send(body)).then((response) =>
      this.remember(response),
    );
  }

  private remember(response: Response): Response {
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
    if (csrf) this.csrfToken = decodeURIComponent(csrf.split(';')[0].slice('XSRF-TOKEN='.length));
    return response;
  }
}
