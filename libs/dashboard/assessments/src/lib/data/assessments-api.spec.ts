import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CecProfile } from '@intake/shared/cec-rules';
import { firstValueFrom } from 'rxjs';
import { ELIGIBLE_RESULT, assessment, client, summary } from '../testing/result-fixture';
import { AssessmentsApi, reportUrl } from './assessments-api';

describe('AssessmentsApi', () => {
  let api: AssessmentsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(AssessmentsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('evaluates a profile statelessly with POST /api/assessments/cec/evaluate', async () => {
    const profile: CecProfile = {
      dateOfBirth: '1990-01-01',
      intendedProvince: 'ON',
      statusHistory: [],
      languageTests: [],
      education: [],
      work: [],
    };
    const pending = firstValueFrom(api.evaluate(profile));
    const req = backend.expectOne('/api/assessments/cec/evaluate');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(profile);
    req.flush(ELIGIBLE_RESULT);
    expect((await pending).crs?.total).toBe(540);
  });

  it('reads the client and the history of its assessments', async () => {
    const c = firstValueFrom(api.client('c 1'));
    backend.expectOne({ method: 'GET', url: '/api/clients/c%201' }).flush(client());
    expect((await c).fileNumber).toBe('F-2026-0001');

    const list = firstValueFrom(api.list('c1'));
    backend.expectOne({ method: 'GET', url: '/api/clients/c1/assessments' }).flush([summary()]);
    expect(await list).toHaveLength(1);

    const one = firstValueFrom(api.get('c1', 'a1'));
    backend.expectOne({ method: 'GET', url: '/api/clients/c1/assessments/a1' }).flush(assessment());
    expect((await one).result.outcome).toBe('eligible');
  });

  it('runs an assessment with or without an application date', async () => {
    const withDate = firstValueFrom(api.run('c1', '2026-06-01'));
    const req = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' });
    expect(req.request.body).toEqual({ asOf: '2026-06-01' });
    req.flush(assessment());
    await withDate;

    const today = firstValueFrom(api.run('c1'));
    const req2 = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments' });
    expect(req2.request.body).toEqual({});
    req2.flush(assessment());
    await today;
  });

  it('releases an assessment in a language', async () => {
    const pending = firstValueFrom(api.release('c1', 'a1', 'fr'));
    const req = backend.expectOne({ method: 'POST', url: '/api/clients/c1/assessments/a1/release' });
    expect(req.request.body).toEqual({ language: 'fr' });
    req.flush(assessment());
    await pending;
  });

  it('builds the report URL with the language', () => {
    expect(reportUrl('c1', 'a1', 'fr')).toBe('/api/clients/c1/assessments/a1/report.pdf?lang=fr');
    expect(reportUrl('c/1', 'a?1', 'en')).toBe(
      '/api/clients/c%2F1/assessments/a%3F1/report.pdf?lang=en',
    );
  });
});
