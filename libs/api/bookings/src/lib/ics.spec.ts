import { buildIcs, foldLine, icsText, icsUtc } from './ics';

describe('calendar invitations', () => {
  const event = {
    method: 'REQUEST' as const,
    uid: '0b6f8a52-4c1e-4a8e-9d0f-1f2e3d4c5b6a',
    sequence: 0,
    start: new Date('2027-11-08T15:00:00Z'),
    end: new Date('2027-11-08T15:30:00Z'),
    stamp: new Date('2027-11-01T12:34:56.789Z'),
    summary: 'Évaluation CEC, Tremblay & Singh',
    description: 'Vidéo; lien: https://firm.example/booking/manage?token=abc,def\nÀ bientôt',
    organizer: { name: 'Tremblay & Singh "LLP"', email: 'bookings@firm.example' },
    attendee: { name: 'Amélie Nguyen', email: 'amelie@example.com' },
  };

  it('writes METHOD:REQUEST, the booking id as UID and times in UTC, with CRLF line ends', () => {
    const ics = buildIcs(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        `UID:${event.uid}`,
        'DTSTART:20271108T150000Z',
        'DTEND:20271108T153000Z',
        'DTSTAMP:20271101T123456Z',
        'STATUS:CONFIRMED',
        'ORGANIZER;CN="Tremblay & Singh LLP":mailto:bookings@firm.example',
        'SUMMARY:Évaluation CEC\\, Tremblay & Singh',
        'DESCRIPTION:Vidéo\\; lien: https://firm.example/booking/manage?token=abc\\,def\\nÀ bientôt',
      ]),
    );
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = buildIcs({ ...event, method: 'CANCEL', sequence: 2 });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(icsText('a\\b')).toBe('a\\\\b');
    expect(icsUtc(new Date('2027-01-02T03:04:05Z'))).toBe('20270102T030405Z');
  });
});
