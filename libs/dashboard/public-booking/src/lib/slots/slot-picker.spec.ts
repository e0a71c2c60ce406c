import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { LanguageService } from '@intake/dashboard/core';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PUBLIC_API } from '../data/public-booking-api';
import { CEC_TYPE, NOW, TODAY, VISITOR_ZONE, slotList } from '../testing/booking-fixtures';
import { BOOKING_CLOCK, VISITOR_TIME_ZONE } from '../time/zoned-time';
import { type PickedSlot, SlotPicker } from './slot-picker';

const FIRST_WEEK = { from: TODAY, to: '2026-03-15' };
const SLOTS = [
  '2026-03-10T09:30:00-04:00',
  '2026-03-10T09:00:00-04:00',
  // 01:00 on the firm's March 11 is 22:00 on March 10 for a visitor in Vancouver.
  '2026-03-11T01:00:00-04:00',
  '2026-03-11T09:00:00-04:00',
];

async function setUp(visitorZone: string): Promise<{
  fixture: ComponentFixture<SlotPicker>;
  backend: HttpTestingController;
}> {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTranslateService(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: VISITOR_TIME_ZONE, useValue: visitorZone },
      { provide: BOOKING_CLOCK, useValue: () => NOW },
    ],
  });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', {
    booking: { slots: { zoneNote: 'Your zone: {{zone}}.', firmZoneNote: 'Firm: {{zone}}.' } },
  });
  translate.setTranslation('fr', {});
  await firstValueFrom(translate.use('en'));
  const fixture = TestBed.createComponent(SlotPicker);
  fixture.componentRef.setInput('typeCode', CEC_TYPE.code);
  return { fixture, backend: TestBed.inject(HttpTestingController) };
}

describe('SlotPicker', () => {
  let fixture: ComponentFixture<SlotPicker>;
  let backend: HttpTestingController;

  const root = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const el = (testId: string): HTMLElement | null =>
    root().querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string): HTMLElement[] =>
    Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }

  function expectSlots(from: string, to: string, locale = 'en'): TestRequest {
    const req = backend.expectOne((r) => r.url === PUBLIC_API.slots);
    expect(req.request.params.get('type')).toBe(CEC_TYPE.code);
    expect(req.request.params.get('from')).toBe(from);
    expect(req.request.params.get('to')).toBe(to);
    expect(req.request.params.get('locale')).toBe(locale);
    return req;
  }

  afterEach(() => backend.verify());

  describe('for a visitor in Vancouver (firm in Toronto)', () => {
    beforeEach(async () => {
      ({ fixture, backend } = await setUp(VISITOR_ZONE));
      await settle();
    });

    it('groups the times by the visitor’s days and shows them in the visitor’s zone', async () => {
      expect(el('page-state-loading')).not.toBeNull();
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();

      const days = all('slot-day');
      expect(days.map((d) => d.getAttribute('data-date'))).toEqual(['2026-03-10', '2026-03-11']);
      expect(days[0].querySelector('h3')?.textContent?.trim()).toBe('Tuesday, March 10');
      const times = (day: HTMLElement) =>
        Array.from(day.querySelectorAll('[data-testid="slot"]')).map((s) => s.textContent?.trim());
      expect(times(days[0])).toEqual(['6:00 a.m.', '6:30 a.m.', '10:00 p.m.']);
      expect(times(days[1])).toEqual(['6:00 a.m.']);

      const late = days[0].querySelectorAll('[data-testid="slot"]')[2];
      expect(late.getAttribute('data-start')).toBe('2026-03-11T01:00:00-04:00');
      expect(late.getAttribute('aria-label')).toBe('Tuesday, March 10, 2026 at 10:00 p.m.');
      expect(el('slots-zone')?.textContent).toContain('Your zone: America/Vancouver.');
      expect(el('slots-zone')?.textContent).toContain('Firm: America/Toronto.');
    });

    it('follows the page language', async () => {
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      await TestBed.inject(LanguageService).use('fr');
      await settle();
      expect(all('slot')[0].textContent?.trim()).toBe('6 h 00');
      expect(all('slot-day')[0].querySelector('h3')?.textContent?.trim()).toBe('mardi 10 mars');
    });

    it('moves a week at a time, never before today, and says when a week has no free time', async () => {
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      expect((el('slots-previous') as HTMLButtonElement).disabled).toBe(true);
      expect(el('slots-empty')).toBeNull();

      el('slots-next')?.click();
      await settle();
      expectSlots('2026-03-16', '2026-03-22').flush(
        slotList([], { from: '2026-03-16', to: '2026-03-22' }),
      );
      await settle();
      expect(all('slot')).toHaveLength(0);
      expect(el('slots-empty')?.textContent).toContain('booking.slots.empty');
      expect(fixture.componentInstance.periodStart()).toBe('2026-03-16');

      el('slots-previous')?.click();
      await settle();
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      expect(all('slot')).toHaveLength(4);
      expect((el('slots-previous') as HTMLButtonElement).disabled).toBe(true);
    });

    it('starts at a period kept by the parent', async () => {
      backend.expectOne((r) => r.url === PUBLIC_API.slots).flush(slotList([], FIRST_WEEK));
      fixture.componentRef.setInput('periodStart', '2026-03-23');
      await settle();
      expectSlots('2026-03-23', '2026-03-29').flush(slotList([], FIRST_WEEK));
      await settle();
      expect((el('slots-previous') as HTMLButtonElement).disabled).toBe(false);
    });

    it('shows an error with a retry', async () => {
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(null, {
        status: 500,
        statusText: 'Internal Server Error',
      });
      await settle();
      expect(el('page-state-error')?.textContent).toContain('booking.slots.loadError');
      el('page-state-retry')?.click();
      await settle();
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      expect(all('slot')).toHaveLength(4);
    });

    it('emits the chosen time with the firm’s zone and marks the selected one', async () => {
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      const picked: PickedSlot[] = [];
      fixture.componentInstance.picked.subscribe((p) => picked.push(p));
      const second = all('slot')[1];
      second.click();
      expect(picked).toEqual([
        {
          slot: expect.objectContaining({ start: '2026-03-10T09:30:00-04:00' }),
          timeZone: 'America/Toronto',
          typeName: 'CEC assessment',
          durationMinutes: 30,
        },
      ]);
      fixture.componentRef.setInput('selectedSlotId', second.getAttribute('data-slot-id'));
      await settle();
      expect(all('slot').map((s) => s.getAttribute('aria-pressed'))).toEqual([
        'false',
        'true',
        'false',
        'false',
      ]);
    });

    it('reloads the same period on demand', async () => {
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
      await settle();
      const reloaded = fixture.componentInstance.reload();
      await settle();
      expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS.slice(1), FIRST_WEEK));
      await reloaded;
      await settle();
      expect(all('slot').map((s) => s.getAttribute('data-start'))).not.toContain(SLOTS[0]);
      expect(all('slot')).toHaveLength(3);
    });
  });

  it('does not mention the firm’s zone to a visitor in the same zone', async () => {
    ({ fixture, backend } = await setUp('America/Toronto'));
    await settle();
    expectSlots(FIRST_WEEK.from, FIRST_WEEK.to).flush(slotList(SLOTS, FIRST_WEEK));
    await settle();
    expect(all('slot-day').map((d) => d.getAttribute('data-date'))).toEqual([
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(all('slot')[0].textContent?.trim()).toBe('9:00 a.m.');
    expect(el('slots-zone')?.textContent).toContain('Your zone: America/Toronto.');
    expect(el('slots-zone')?.textContent).not.toContain('Firm:');
  });
});
