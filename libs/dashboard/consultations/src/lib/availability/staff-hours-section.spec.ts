import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { StaffAvailabilityDto } from '@intake/shared/contracts';
import {
  ME_ID,
  STAFF,
  consultationTestProviders,
  problem,
  signIn,
} from '../testing/consultation-fixtures';
import { StaffHoursSection } from './staff-hours-section';

const URL = `/api/availability/${ME_ID}`;

const AVAILABILITY: StaffAvailabilityDto = {
  staffId: ME_ID,
  timeZone: 'America/Toronto',
  weeklyHours: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '13:00', end: '17:00' },
    { weekday: 2, start: '09:00', end: '17:00' },
  ],
  exceptions: [{ date: '2026-12-24', start: null, end: null }],
};

describe('StaffHoursSection', () => {
  let fixture: ComponentFixture<StaffHoursSection>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    signIn('admin', 'u-admin');
    TestBed.configureTestingModule({ providers: consultationTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffHoursSection);
    await settle();
    backend.expectOne('/api/staff').flush(STAFF);
    await settle();
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
  const day = (weekday: number): HTMLElement =>
    root().querySelector(
      `[data-testid="weekly-hours-row"][data-weekday="${weekday}"]`,
    ) as HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function type(input: HTMLElement | null, value: string): Promise<void> {
    const field = input as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await settle();
  }

  async function pick(staffId: string): Promise<void> {
    (el('availability-staff')?.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await settle();
    (document.querySelector(`mat-option[data-staff-id="${staffId}"]`) as HTMLElement).click();
    await settle();
  }

  async function openMine(): Promise<void> {
    expect(el('availability-pick-staff')).not.toBeNull();
    await pick(ME_ID);
    backend.expectOne({ method: 'GET', url: URL }).flush(AVAILABILITY);
    await settle();
  }

  it("shows a staff member's week, Monday to Sunday, and exceptions", async () => {
    await openMine();
    const rows = all('weekly-hours-row');
    expect(rows.map((r) => r.getAttribute('data-weekday'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(all('weekly-hours-range', day(1))).toHaveLength(2);
    expect((el('range-end', all('weekly-hours-range', day(1))[1]) as HTMLInputElement).value).toBe(
      '17:00',
    );
    expect(el('weekly-hours-closed', day(3))).not.toBeNull();
    expect((el('exception-date') as HTMLInputElement).value).toBe('2026-12-24');
    expect(el('exception-start')).toBeNull();
  });

  it('sends the whole week and exceptions, shows field errors under the fields and keeps the input', async () => {
    await openMine();
    // Monday afternoon ends at 18:00; Friday gets hours; a shorter day before the holiday.
    await type(el('range-end', all('weekly-hours-range', day(1))[1]), '18:00');
    (el('range-add', day(5)) as HTMLElement).click();
    await settle();
    await type(el('range-start', day(5)), '10:00');
    await type(el('range-end', day(5)), '11:00');
    // Tuesday's hours are removed.
    (el('range-remove', day(2)) as HTMLElement).click();
    el('exception-add')?.click();
    await settle();
    const added = all('exception-row')[1];
    await type(el('exception-date', added), '2026-12-23');
    (el('exception-off', added)?.querySelector('input') as HTMLInputElement).click();
    await settle();
    await type(el('exception-start', added), '13:00');
    await type(el('exception-end', added), '12:00');

    el('availability-save')?.click();
    await settle();
    const req = backend.expectOne({ method: 'PUT', url: URL });
    expect(req.request.body).toEqual({
      weeklyHours: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '18:00' },
        { weekday: 5, start: '10:00', end: '11:00' },
      ],
      exceptions: [
        { date: '2026-12-24', start: null, end: null },
        { date: '2026-12-23', start: '13:00', end: '12:00' },
      ],
    });
    req.flush(
      problem(400, 'validation', {
        errors: [
          { field: 'weeklyHours[1]', message: 'overlaps weeklyHours[0]' },
          { field: 'exceptions[1].end', message: 'must be after start' },
          { field: 'timeZone', message: 'is not an allowed field' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const monday = all('weekly-hours-range', day(1));
    expect(el('range-error', monday[0])).toBeNull();
    expect(text(el('range-error', monday[1]))).toBe('consultations.availability.errors.overlaps');
    expect(text(all('exception-row')[1].querySelector('mat-error'))).toBe(
      'consultations.availability.errors.endBeforeStart',
    );
    expect(text(el('availability-other-errors'))).toContain('timeZone');
    expect(text(el('availability-notice'))).toContain('errors.checkFields');
    // Nothing typed is lost.
    expect((el('range-end', monday[1]) as HTMLInputElement).value).toBe('18:00');
    expect((el('exception-end', all('exception-row')[1]) as HTMLInputElement).value).toBe('12:00');

    await type(el('exception-end', all('exception-row')[1]), '15:00');
    await type(el('range-start', monday[1]), '12:30');
    el('availability-save')?.click();
    await settle();
    const retry = backend.expectOne({ method: 'PUT', url: URL });
    expect(retry.request.body.exceptions[1]).toEqual({
      date: '2026-12-23',
      start: '13:00',
      end: '15:00',
    });
    expect(retry.request.body.weeklyHours[1]).toEqual({ weekday: 1, start: '12:30', end: '18:00' });
    retry.flush({ ...AVAILABILITY, weeklyHours: retry.request.body.weeklyHours });
    await settle();
    expect(el('availability-notice')).toBeNull();
    expect(all('weekly-hours-range', day(2))).toHaveLength(0);
  });

  it('does not send invalid times', async () => {
    await openMine();
    await type(el('range-start', day(2)), '');
    el('availability-save')?.click();
    await settle();
    backend.expectNone({ method: 'PUT', url: URL });
    expect(text(day(2).querySelector('mat-error'))).toBe('errors.required');
  });

  it('asks before dropping unsaved changes when another staff member is picked', async () => {
    await openMine();
    await type(el('range-end', day(2)), '16:00');
    await pick('u-para');
    const cancel = document.querySelector<HTMLElement>(
      '.cdk-overlay-container [data-testid="confirm-cancel"]',
    );
    expect(cancel).not.toBeNull();
    cancel?.click();
    await settle();
    backend.expectNone('/api/availability/u-para');
    expect((el('range-end', day(2)) as HTMLInputElement).value).toBe('16:00');
  });

  it('shows a load error with retry', async () => {
    await pick(ME_ID);
    backend.expectOne(URL).flush(null, { status: 500, statusText: 'Error' });
    await settle();
    expect(el('availability-hours-error')).not.toBeNull();
    (el('availability-hours-error')?.querySelector('button') as HTMLElement).click();
    await settle();
    backend.expectOne(URL).flush(AVAILABILITY);
    await settle();
    expect(all('weekly-hours-row')).toHaveLength(7);
  });
});
