import ICAL from 'ical.js';
import { buildIcs } from './ics';

/** Mozilla's parser (Thunderbird's): what a mail client makes of the invitation. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('calendar invitations', () => {
  const event = {
    method: 'REQUEST' as const,
    uid: '0b6f8a52-4c1e-4a8e-9d0f-1f2e3d4c5b6a',
    sequence: 0,
    start: new Date('2027-11-08T15:00:00Z'),
    end: new Date('2027-11-08T15:30:00Z'),
    summary: 'Évaluation CEC, Tremblay & Singh',
    description: 'Vidéo; lien: https://firm.example/booking/manage?token=abc,def\nÀ bientôt',
    organizer: { name: 'Tremblay & Singh "LLP"', email: 'bookings@firm.example' },
    attendee: { name: 'Amélie Nguyen', email: 'amelie@example.com' },
  };

  it('parses back to the same meeting: method, UID, UTC times, texts with their commas, semicolons and newlines', () => {
    const ics = buildIcs(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { calendar, vevent, event: parsed } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.sequence).toBe(0);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-11-08T15:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-11-08T15:30:00.000Z');
    expect(parsed.startDate.zone?.tzid).toBe('UTC');
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('names the firm as organizer and the visitor as attendee, quotes left out of the names', () => {
    const { vevent } = parse(buildIcs(event));
    const organizer = vevent.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:bookings@firm.example');
    expect(organizer?.getParameter('cn')).toBe('Tremblay & Singh LLP');
    const attendee = vevent.getFirstProperty('attendee');
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe('mailto:amelie@example.com');
    expect(attendee?.getParameter('cn')).toBe('Amélie Nguyen');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and a higher sequence, same UID', () => {
    const {
      calendar,
      vevent,
      event: parsed,
    } = parse(buildIcs({ ...event, method: 'CANCEL', sequence: 2 }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed.sequence).toBe(2);
    expect(parsed.uid).toBe(event.uid);
  });

  it('keeps the office address as the location of an in-person meeting, and long texts whole', () => {
    const description = `${'é'.repeat(120)} fin`;
    const { event: parsed } = parse(
      buildIcs({ ...event, description, location: '1 rue Sainte-Catherine, Montréal' }),
    );
    expect(parsed.location).toBe('1 rue Sainte-Catherine, Montréal');
    expect(parsed.description).toBe(description);
  });
});
