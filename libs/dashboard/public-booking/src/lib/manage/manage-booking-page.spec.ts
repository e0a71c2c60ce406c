import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { ConfirmService, type ConfirmDialogData } from '@intake/dashboard/ui';
import { provideTranslateService } from '@ngx-translate/core';
import { PUBLIC_API, bookingUrl } from '../data/public-booking-api';
import {
  NOW,
  STATUS_TEXT,
  TODAY,
  VISITOR_ZONE,
  problem,
  publicBooking,
  slotList,
} from '../testing/booking-fixtures';
import { BOOKING_CLOCK, VISITOR_TIME_ZONE } from '../time/zoned-time';
import { ManageBookingPage } from './manage-booking-page';

const TOKEN = 'Xq3v'.repeat(10) + 'abc';
const START = '2026-03-12T10:00:00-04:00';
const NEW_STARTS = ['2026-03-13T09:00:00-04:00', '2026-03-13T09:30:00-04:00'];
const WEEK = { from: TODAY, to: '2026-03-15' };

describe('ManageBookingPage', () => {
  let fixture: ComponentFixture<ManageBookingPage>;
  let backend: HttpTestingController;
  let answer: boolean;
  let dialogs: ConfirmDialogData[];

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-token; path=/';
    answer = true;
    dialogs = [];
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: VISITOR_TIME_ZONE, useValue: VISITOR_ZONE },
        { provide: BOOKING_CLOCK, useValue: () => NOW },
        {
          provide: ConfirmService,
          useValue: {
            confirm: (data: ConfirmDialogData) => {
              dialogs.push(data);
              return Promise.resolve(answer);
            },
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ManageBookingPage);
  });

  afterEach(() => {
    backend.verify();
    document.cookie = 'XSRF-TOKEN=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  }

  async function click(testId: string, index = 0): Promise<void> {
    all(testId)[index].click();
    await settle();
  }

  async function open(token: string | undefined = TOKEN): Promise<void> {
    fixture.componentRef.setInput('token', token);
    await settle();
  }

  async function loaded(): Promise<void> {
    await open();
    backend.expectOne({ method: 'GET', url: bookingUrl(TOKEN) }).flush(publicBooking(START));
    await settle();
  }

  async function pickNewTime(index: number): Promise<void> {
    await click('manage-reschedule');
    const slots = backend.expectOne((r) => r.url === PUBLIC_API.slots);
    expect(slots.request.params.get('type')).toBe('cec_assessment');
    slots.flush(slotList(NEW_STARTS, WEEK));
    await settle();
    await click('slot', index);
  }

  it('shows the booking in the visitor’s time and the firm’s', async () => {
    await open();
    expect(el('page-state-loading')).not.toBeNull();
    backend.expectOne(bookingUrl(TOKEN)).flush(publicBooking(START));
    await settle();
    expect(el('manage-booking')).not.toBeNull();
    expect(el('manage-status')?.getAttribute('data-status')).toBe('confirmed');
    expect(el('summary-when')?.textContent).toContain('Thursday, March 12, 2026 at 7:00 a.m.');
    expect(el('summary-firm-when')?.textContent).toContain(
      'Thursday, March 12, 2026 at 10:00 a.m.',
    );
    expect(el('manage-cancel')).not.toBeNull();
    expect(el('manage-reschedule')).not.toBeNull();
  });

  it('says the link is invalid or expired (404), or when it has no token', async () => {
    await open();
    backend
      .expectOne(bookingUrl(TOKEN))
      .flush(problem(404, 'not-found'), { status: 404, statusText: STATUS_TEXT[404] });
    await settle();
    expect(el('manage-invalid')?.textContent).toContain('booking.manage.invalid');
    expect(el('manage-cancel')).toBeNull();

    await open('');
    backend.expectNone((r) => r.url.startsWith(PUBLIC_API.bookings));
    expect(el('manage-invalid')).not.toBeNull();
  });

  it('offers a retry when the booking cannot be loaded', async () => {
    await open();
    backend.expectOne(bookingUrl(TOKEN)).flush(null, { status: 500, statusText: STATUS_TEXT[500] });
    await settle();
    expect(el('page-state-error')?.textContent).toContain('booking.manage.loadError');
    await click('page-state-retry');
    backend.expectOne(bookingUrl(TOKEN)).flush(publicBooking(START));
    await settle();
    expect(el('manage-status')).not.toBeNull();
  });

  it('cancels only after the visitor confirms', async () => {
    await loaded();
    answer = false;
    await click('manage-cancel');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toEqual(
      expect.objectContaining({
        titleKey: 'booking.manage.cancelConfirm.title',
        destructive: true,
        params: { when: 'Thursday, March 12, 2026 at 7:00 a.m.' },
      }),
    );
    backend.expectNone(`${bookingUrl(TOKEN)}/cancel`);

    answer = true;
    await click('manage-cancel');
    const req = backend.expectOne({ method: 'POST', url: `${bookingUrl(TOKEN)}/cancel` });
    expect(req.request.headers.get('X-XSRF-TOKEN')).toBe('csrf-token');
    req.flush(publicBooking(START, { status: 'cancelled' }));
    await settle();
    expect(el('manage-status')?.getAttribute('data-status')).toBe('cancelled');
    expect(el('manage-message')?.textContent).toContain('booking.manage.cancelled');
    expect(el('manage-cancel')).toBeNull();
    expect(el('manage-reschedule')).toBeNull();
    expect(el('manage-book-new')).not.toBeNull();
  });

  it('moves the booking to a new time of the same type', async () => {
    await loaded();
    await pickNewTime(1);
    expect(dialogs[0].params).toEqual({ when: 'Friday, March 13, 2026 at 6:30 a.m.' });
    const req = backend.expectOne({ method: 'POST', url: `${bookingUrl(TOKEN)}/reschedule` });
    expect(req.request.body).toEqual({ slotId: slotList(NEW_STARTS, WEEK).slots[1].slotId });
    req.flush(publicBooking(NEW_STARTS[1]));
    await settle();
    expect(el('summary-when')?.textContent).toContain('Friday, March 13, 2026 at 6:30 a.m.');
    expect(el('manage-message')?.textContent).toContain('booking.manage.rescheduled');
    expect(all('slot')).toHaveLength(0);
  });

  it('says when the new time was just taken and reloads the times', async () => {
    await loaded();
    await pickNewTime(0);
    backend
      .expectOne(`${bookingUrl(TOKEN)}/reschedule`)
      .flush(problem(409, 'slot-taken'), { status: 409, statusText: STATUS_TEXT[409] });
    await settle();
    expect(el('booking-error')?.textContent).toContain('booking.errors.slotTaken');
    backend.expectOne((r) => r.url === PUBLIC_API.slots).flush(slotList(NEW_STARTS.slice(1), WEEK));
    await settle();
    expect(all('slot').map((s) => s.getAttribute('data-start'))).toEqual([NEW_STARTS[1]]);
    expect(el('summary-when')?.textContent).toContain('Thursday, March 12, 2026 at 7:00 a.m.');
  });

  it('explains when the meeting can no longer be changed, and shows it as it is now', async () => {
    await loaded();
    await click('manage-cancel');
    backend
      .expectOne(`${bookingUrl(TOKEN)}/cancel`)
      .flush(problem(409, 'transition-refused'), { status: 409, statusText: STATUS_TEXT[409] });
    await settle();
    expect(el('booking-error')?.textContent).toContain('booking.manage.errors.tooLate');
    backend.expectOne(bookingUrl(TOKEN)).flush(publicBooking(START));
    await settle();
    expect(el('manage-status')).not.toBeNull();
  });
});
