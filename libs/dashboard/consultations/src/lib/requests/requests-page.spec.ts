import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ConsultationRequestPage } from '@intake/shared/contracts';
import {
  consultationTestProviders,
  makePage,
  makeSummary,
  signIn,
} from '../testing/consultation-fixtures';
import { REQUEST_SEARCH_DEBOUNCE_MS, RequestsPage } from './requests-page';
import { requestsStateFromParams, requestsStateToParams } from './requests-state';

const LIST_URL = '/api/consultation-requests';

describe('requests state in the URL', () => {
  it('reads and writes status, search and page, ignoring unknown values', () => {
    const state = requestsStateFromParams({ status: 'no_show', q: ' ana ', page: '3', size: '50' });
    expect(state).toEqual({ status: 'no_show', q: 'ana', pageIndex: 2, pageSize: 50 });
    expect(requestsStateToParams(state)).toEqual({
      status: 'no_show',
      q: 'ana',
      page: 3,
      size: 50,
    });
    expect(requestsStateFromParams({ status: 'maybe', page: '-4', size: '7' })).toEqual({
      status: 'all',
      q: '',
      pageIndex: 0,
      pageSize: 25,
    });
    expect(requestsStateToParams({ status: 'all', q: '', pageIndex: 0, pageSize: 25 })).toEqual({
      status: null,
      q: null,
      page: null,
      size: null,
    });
  });
});

describe('RequestsPage', () => {
  let fixture: ComponentFixture<RequestsPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    signIn('paralegal');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const chip = (status: string): HTMLElement | null =>
    root().querySelector(`[data-testid="requests-status"][data-status="${status}"]`);
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectList(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === LIST_URL && r.method === 'GET');
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    expect(actual).toEqual(params);
    return req;
  }

  async function open(url = '/'): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(RequestsPage);
    await settle();
  }

  async function flush(req: TestRequest, page: ConsultationRequestPage): Promise<void> {
    req.flush(page);
    await settle();
  }

  it('shows loading, then a row per request with the counts of every status', async () => {
    await open();
    expect(el('page-state-loading')).not.toBeNull();
    await flush(
      expectList({ limit: '25', offset: '0' }),
      makePage(
        [
          makeSummary({ id: 'r-1', conflictMatches: 2 }),
          makeSummary({
            id: 'r-2',
            status: 'new',
            nextBookingStart: null,
            email: 'lena@example.com',
          }),
        ],
        {
          total: 2,
          counts: { new: 4, contacted: 1, booked: 7, converted: 3, declined: 0, no_show: 2 },
        },
      ),
    );

    expect(el('page-state-loading')).toBeNull();
    expect(el('requests-page')).not.toBeNull();
    expect(all('request-row').map((r) => r.getAttribute('data-request-id'))).toEqual([
      'r-1',
      'r-2',
    ]);
    expect(text(el('requests-status-count', chip('new') as HTMLElement))).toBe('4');
    expect(text(el('requests-status-count', chip('no_show') as HTMLElement))).toBe('2');
    expect(text(el('requests-status-count', chip('all') as HTMLElement))).toBe('17');
    expect(chip('all')?.getAttribute('aria-pressed')).toBe('true');
    expect(chip('new')?.getAttribute('aria-pressed')).toBe('false');

    const [first, second] = all('request-row');
    expect(text(first)).toContain('Al Rashid, Mohamed');
    expect(text(first)).toContain('m.alrashid@example.com');
    expect(text(first)).toContain('consultations.programs.cec_express_entry');
    // 9:30 on the firm's clock, whatever the zone the test runs in.
    expect(text(el('request-next-booking', first))).toMatch(/9:30/);
    expect(el('request-conflict-badge', first)?.getAttribute('data-count')).toBe('2');
    expect(text(el('request-conflict-badge', first))).toBe(
      'consultations.requests.possibleMatches',
    );
    expect(el('request-conflict-badge', second)?.getAttribute('data-count')).toBe('0');
    expect(text(el('request-next-booking', second))).toBe('consultations.requests.noBooking');
    expect(el('request-link', first)?.getAttribute('href')).toBe('/requests/r-1');
  });

  it('filters by status from the first page and keeps the filter in the URL', async () => {
    await open();
    await flush(expectList({ limit: '25', offset: '0' }), makePage([makeSummary()], { total: 60 }));

    chip('new')?.click();
    await settle();
    await flush(
      expectList({ limit: '25', offset: '0', status: 'new' }),
      makePage([makeSummary({ id: 'r-5', status: 'new' })], { total: 1 }),
    );
    expect(TestBed.inject(Router).url).toBe('/?status=new');
    expect(chip('new')?.getAttribute('aria-pressed')).toBe('true');
    expect(all('request-row').map((r) => r.getAttribute('data-request-id'))).toEqual(['r-5']);

    chip('all')?.click();
    await settle();
    await flush(expectList({ limit: '25', offset: '0' }), makePage([makeSummary()]));
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('searches after a pause, and pages with limit and offset', async () => {
    await open();
    await flush(expectList({ limit: '25', offset: '0' }), makePage([makeSummary()], { total: 60 }));

    (root().querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle();
    await flush(
      expectList({ limit: '25', offset: '25' }),
      makePage([makeSummary({ id: 'r-26' })], { total: 60 }),
    );
    expect(TestBed.inject(Router).url).toBe('/?page=2');

    const search = el('requests-search') as HTMLInputElement;
    search.value = '  silva ';
    search.dispatchEvent(new Event('input'));
    await settle();
    backend.expectNone((r) => r.url === LIST_URL);
    await new Promise((resolve) => setTimeout(resolve, REQUEST_SEARCH_DEBOUNCE_MS + 20));
    await settle();
    await flush(expectList({ limit: '25', offset: '0', q: 'silva' }), makePage([], { total: 0 }));
    expect(TestBed.inject(Router).url).toBe('/?q=silva');
    expect(text(el('requests-empty'))).toContain('consultations.requests.emptySearch');
  });

  it('starts from the state in the URL', async () => {
    await open('/?status=contacted&q=ana&page=2&size=50');
    await flush(
      expectList({ limit: '50', offset: '50', status: 'contacted', q: 'ana' }),
      makePage([makeSummary({ status: 'contacted' })], { total: 51 }),
    );
    expect((el('requests-search') as HTMLInputElement).value).toBe('ana');
    expect(chip('contacted')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the empty state, and an error with retry', async () => {
    await open();
    expectList({ limit: '25', offset: '0' }).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(text(el('page-state-error'))).toContain('consultations.requests.loadError');

    el('page-state-retry')?.click();
    await settle();
    await flush(expectList({ limit: '25', offset: '0' }), makePage([]));
    expect(text(el('requests-empty'))).toContain('consultations.requests.empty');
    expect(all('request-row')).toHaveLength(0);
  });
});
