import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { addDays, todayIso } from '@intake/dashboard/ui';
import { mondayOf } from '../data/firm-time';
import {
  ME_ID,
  STAFF,
  consultationTestProviders,
  makeStaffBooking,
  makeType,
  signIn,
} from '../testing/consultation-fixtures';
import { CalendarPage, calendarStateFromParams } from './calendar-page';

const BOOKINGS_URL = '/api/bookings';

describe('calendar state in the URL', () => {
  it('starts on the Monday of the week asked for, or of today', () => {
    expect(calendarStateFromParams({ week: '2026-03-12', staff: 'u-1' }, '2026-01-01')).toEqual({
      week: '2026-03-09',
      staff: 'u-1',
    });
    expect(calendarStateFromParams({ week: 'nope' }, '2026-03-15')).toEqual({
      week: '2026-03-09',
      staff: null,
    });
  });
});

describe('CalendarPage', () => {
  let fixture: ComponentFixture<CalendarPage>;
  let backend: HttpTestingController;
  const zone = process.env['TZ'];

  // The browser is far from the firm: bookings must still sit at the firm's hours.
  beforeAll(() => (process.env['TZ'] = 'Asia/Tokyo'));
  afterAll(() => (process.env['TZ'] = zone));

  beforeEach(() => {
    signIn('lawyer');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    document.body.querySelector('.cdk-overlay-container')?.remove();
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string, scope: ParentNode = root()): HTMLElement | null =>
    scope.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string, scope: ParentNode = root()): HTMLElement[] =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const cell = (date: string, hour: number): HTMLElement | null =>
    root().querySelector(`[data-testid="calendar-cell"][data-date="${date}"][data-hour="${hour}"]`);

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  function expectBookings(params: Record<string, string>): TestRequest {
    const req = backend.expectOne((r) => r.url === BOOKINGS_URL && r.method === 'GET');
    const actual: Record<string, string> = {};
    for (const key of req.request.params.keys()) {
      actual[key] = req.request.params.get(key) ?? '';
    }
    expect(actual).toEqual(params);
    return req;
  }

  async function open(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(CalendarPage);
    await settle();
    backend.expectOne('/api/staff').flush(STAFF);
    backend
      .expectOne('/api/consultation-types')
      .flush([makeType({ nameEn: 'CEC assessment', nameFr: 'Évaluation CEC' })]);
  }

  const MINE = makeStaffBooking({
    id: 'b-mine',
    start: '2026-03-10T09:30:00-04:00',
    end: '2026-03-10T10:00:00-04:00',
  });
  const CANCELLED = makeStaffBooking({
    id: 'b-cancelled',
    status: 'cancelled',
    start: '2026-03-15T18:00:00-04:00',
    end: '2026-03-15T18:30:00-04:00',
    visitorName: 'Tom Berg',
    consultationRequestId: 'r-2',
  });
  const THEIRS = makeStaffBooking({
    id: 'b-theirs',
    staffId: 'u-para',
    staffName: 'Pierre Paralegal',
    start: '2026-03-12T13:00:00-04:00',
    end: '2026-03-12T13:30:00-04:00',
    mode: 'in_person',
    consultationRequestId: 'r-3',
  });

  it('shows my week by default when I have bookings, each at its firm day and hour', async () => {
    await open('/?week=2026-03-11');
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15' }).flush([MINE, THEIRS, CANCELLED]);
    await settle();

    expect(el('bookings-calendar')?.getAttribute('data-week')).toBe('2026-03-09');
    expect(TestBed.inject(Router).url).toBe(`/?week=2026-03-09&staff=${ME_ID}`);
    const shown = all('calendar-booking');
    expect(shown.map((b) => b.getAttribute('data-booking-id'))).toEqual(['b-mine', 'b-cancelled']);

    const mine = el('calendar-booking', cell('2026-03-10', 9) as HTMLElement) as HTMLElement;
    expect(mine.getAttribute('data-booking-id')).toBe('b-mine');
    expect(text(el('calendar-booking-time', mine))).toMatch(/^9:30\sa\.m\. – 10:00\sa\.m\.$/);
    expect(text(mine)).toContain('Mohamed Al Rashid');
    expect(text(mine)).toContain('CEC assessment');
    expect(text(mine)).toContain('consultations.modes.video');
    expect(mine.getAttribute('href')).toBe('/bookings/requests/r-1');

    // Sunday 18:00 widens the day to 18:00; it is struck through and announced as cancelled.
    const cancelled = el('calendar-booking', cell('2026-03-15', 18) as HTMLElement) as HTMLElement;
    expect(cancelled.getAttribute('data-status')).toBe('cancelled');
    expect(cancelled.classList).toContain('cancelled');
    expect(text(cancelled)).toContain('consultations.bookingStatus.cancelled');
    expect(all('calendar-day').map((d) => d.getAttribute('data-date'))).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
  });

  it("shows everyone's bookings when I have none, and filters by a staff member", async () => {
    await open('/?week=2026-03-09');
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15' }).flush([THEIRS]);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/?week=2026-03-09&staff=all');
    const theirs = el('calendar-booking', cell('2026-03-12', 13) as HTMLElement) as HTMLElement;
    expect(text(theirs)).toContain('Pierre Paralegal');
    expect(text(theirs)).toContain('consultations.modes.in_person');

    (el('calendar-staff-filter')?.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await settle();
    (document.querySelector('mat-option[data-staff-id="u-para"]') as HTMLElement).click();
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15', staffId: 'u-para' }).flush([THEIRS]);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/?week=2026-03-09&staff=u-para');
    expect(all('calendar-booking')).toHaveLength(1);
  });

  it('moves a week back and forth, and back to this week', async () => {
    await open('/?week=2026-03-09&staff=all');
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15' }).flush([]);
    await settle();
    expect(el('calendar-empty')).not.toBeNull();

    el('calendar-prev')?.click();
    await settle();
    expectBookings({ from: '2026-03-02', to: '2026-03-08' }).flush([]);
    await settle();
    el('calendar-next')?.click();
    el('calendar-next')?.click();
    await settle();
    // Only the answer for the last week asked counts.
    const stale = backend.match((r) => r.url === BOOKINGS_URL);
    expect(stale.map((r) => r.request.params.get('from'))).toEqual(['2026-03-09', '2026-03-16']);
    stale[1].flush([makeStaffBooking({ id: 'b-16', start: '2026-03-16T10:00:00-04:00' })]);
    stale[0].flush([MINE]);
    await settle();
    expect(all('calendar-booking').map((b) => b.getAttribute('data-booking-id'))).toEqual(['b-16']);

    el('calendar-today')?.click();
    await settle();
    const monday = mondayOf(todayIso());
    expectBookings({ from: monday, to: addDays(monday, 6) }).flush([]);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/?staff=all');
    expect((el('calendar-today') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows an error with retry', async () => {
    await open('/?week=2026-03-09&staff=all');
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15' }).flush(null, {
      status: 500,
      statusText: 'Error',
    });
    await settle();
    expect(text(el('page-state-error'))).toContain('consultations.calendar.loadError');
    el('page-state-retry')?.click();
    await settle();
    expectBookings({ from: '2026-03-09', to: '2026-03-15' }).flush([MINE]);
    await settle();
    expect(all('calendar-booking')).toHaveLength(1);
  });
});
