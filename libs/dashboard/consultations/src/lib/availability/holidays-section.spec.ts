import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { todayIso } from '@intake/dashboard/ui';
import { consultationTestProviders, problem, signIn } from '../testing/consultation-fixtures';
import { HolidaysSection } from './holidays-section';

const URL = '/api/availability/holidays';
const YEAR = Number(todayIso().slice(0, 4));

describe('HolidaysSection', () => {
  let fixture: ComponentFixture<HolidaysSection>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    signIn('admin', 'u-admin');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HolidaysSection);
    await settle();
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const overlay = (testId: string): HTMLElement | null =>
    document.body.querySelector(`.cdk-overlay-container [data-testid="${testId}"]`);
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectYear(year: number): TestRequest {
    return backend.expectOne(
      (r) => r.url === URL && r.method === 'GET' && r.params.get('year') === String(year),
    );
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  }

  it("lists this year's holidays and moves between years", async () => {
    expectYear(YEAR).flush([{ date: `${YEAR}-07-01`, name: 'Canada Day' }]);
    await settle();
    expect(all('holiday-row').map((r) => r.getAttribute('data-date'))).toEqual([`${YEAR}-07-01`]);
    el('holidays-next-year')?.click();
    await settle();
    expectYear(YEAR + 1).flush([]);
    await settle();
    expect(el('holidays-empty')).not.toBeNull();
  });

  it('adds a holiday, showing a duplicate date under the field', async () => {
    expectYear(YEAR).flush([]);
    await settle();
    await type('holiday-date', `${YEAR}-12-25`);
    await type('holiday-name', ' Christmas ');
    el('holiday-add')?.click();
    await settle();
    const first = backend.expectOne({ method: 'POST', url: URL });
    expect(first.request.body).toEqual({ date: `${YEAR}-12-25`, name: 'Christmas' });
    first.flush(problem(409, 'already-exists', { detail: 'already a firm holiday' }), {
      status: 409,
      statusText: 'Conflict',
    });
    await settle();
    expect(text(el('holiday-date')?.closest('mat-form-field')?.querySelector('mat-error'))).toBe(
      'consultations.availability.holidays.exists',
    );
    expect((el('holiday-name') as HTMLInputElement).value).toBe(' Christmas ');

    await type('holiday-date', `${YEAR + 1}-01-01`);
    el('holiday-add')?.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: URL })
      .flush({ date: `${YEAR + 1}-01-01`, name: 'Christmas' });
    await settle();
    // The list follows the year of the holiday added.
    expectYear(YEAR + 1).flush([{ date: `${YEAR + 1}-01-01`, name: 'Christmas' }]);
    await settle();
    expect(text(el('holidays-year'))).toBe(String(YEAR + 1));
    expect(all('holiday-row')).toHaveLength(1);
    expect((el('holiday-name') as HTMLInputElement).value).toBe('');
  });

  it('deletes a holiday only after confirmation', async () => {
    expectYear(YEAR).flush([{ date: `${YEAR}-07-01`, name: 'Canada Day' }]);
    await settle();
    el('holiday-delete')?.click();
    await settle();
    expect(overlay('confirm-message')?.textContent).toBe(
      'consultations.availability.holidays.removeConfirm.message',
    );
    overlay('confirm-cancel')?.click();
    await settle();
    backend.expectNone({ method: 'DELETE' });

    el('holiday-delete')?.click();
    await settle();
    overlay('confirm-submit')?.click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: `${URL}/${YEAR}-07-01` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle();
    expectYear(YEAR).flush([]);
    await settle();
    expect(all('holiday-row')).toHaveLength(0);
  });
});
