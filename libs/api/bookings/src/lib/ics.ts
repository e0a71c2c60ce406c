import { createEvent } from 'ics';

/** One meeting, as the invitation e-mail describes it. */
export interface CalendarEvent {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  /** Increases with each change of the meeting (RFC 5546). */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** Parameter values (CN) are quoted by the writer; a quote inside one is not allowed (RFC 5545). */
function paramSafe(value: string): string {
  return value.replace(/["\r\n]/g, '');
}

/**
 * A calendar invitation (RFC 5545, with the RFC 5546 method) for one meeting, times in UTC,
 * written by the `ics` package (which stamps it now); a change keeps the UID and raises the
 * sequence.
 */
export function buildIcs(event: CalendarEvent): string {
  const utc = { inputType: 'utc', outputType: 'utc' } as const;
  const { error, value } = createEvent({
    productId: 'Immigration intake//Bookings//EN',
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    start: event.start.getTime(),
    startInputType: utc.inputType,
    startOutputType: utc.outputType,
    end: event.end.getTime(),
    endInputType: utc.inputType,
    endOutputType: utc.outputType,
    title: event.summary,
    description: event.description,
    ...(event.location ? { location: event.location } : {}),
    status: event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: paramSafe(event.organizer.name), email: event.organizer.email },
    attendees: [
      {
        name: paramSafe(event.attendee.name),
        email: event.attendee.email,
        rsvp: false,
        role: 'REQ-PARTICIPANT',
      },
    ],
  });
  if (error || !value) throw error ?? new Error('The calendar invitation could not be written.');
  return value;
}
