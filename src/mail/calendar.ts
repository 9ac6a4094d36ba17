/**
 * An interview as an iCalendar (RFC 5545) invitation or cancellation, the
 * way mail clients expect it under RFC 5546's METHOD:REQUEST and CANCEL: a
 * cancellation carries the invitation's UID with a higher SEQUENCE.
 */
export interface InterviewCalendarInput {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version of the event was written (DTSTAMP). */
  stamp: Date;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

export function interviewCalendar(input: InterviewCalendarInput): string {
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a whole number from 0, not ${input.sequence}`);
  }
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`An interview lasts a whole number of minutes above 0, not ${input.durationMinutes}`);
  }
  const end = new Date(input.start.getTime() + input.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sift//Interviews//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utc(input.stamp, 'DTSTAMP')}`,
    `DTSTART:${utc(input.start, 'DTSTART')}`,
    `DTEND:${utc(end, 'DTEND')}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location ? [`LOCATION:${escapeText(input.location)}`] : []),
    ...(input.url ? [`URL:${uri(input.url)}`] : []),
    `ORGANIZER${commonName(input.organizer.name)}:${mailto(input.organizer.email)}`,
    ...input.attendees.map(
      (attendee) =>
        `ATTENDEE${commonName(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(attendee.email)}`,
    ),
    `STATUS:${input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, every kind of line break as \n. */
export function escapeText(value: string): string {
  return withoutControls(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

/**
 * Lines of at most 75 octets, continued after CRLF and one space (RFC 5545 3.1).
 * Counted in UTF-8 and cut between code points, so no character is split.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(piece);
      piece = ' ';
      octets = 1;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(CRLF);
}

function utc(date: Date, property: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${property} is not a valid date`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** ";CN=..." (nothing for an empty name): quoted when it holds : ; or , since a parameter value cannot hold a double quote. */
function commonName(name: string): string {
  const value = withoutControls(name.replace(/\r\n|\r|\n/g, ' '))
    .replace(/"/g, '')
    .trim();
  if (value === '') return '';
  return /[:;,]/.test(value) ? `;CN="${value}"` : `;CN=${value}`;
}

function mailto(email: string): string {
  // An address is written as it is, so one that could break the line or the property is refused.
  if (!/^[^\s@";:,<>\\]+@[^\s@";:,<>\\]+$/.test(email))
    throw new RangeError(`Not an e-mail address for a calendar: ${JSON.stringify(email)}`);
  return `mailto:${email}`;
}

function uri(url: string): string {
  if (/[\s\p{Cc}]/u.test(url))
    throw new RangeError(`A URL in a calendar holds no spaces or line breaks: ${JSON.stringify(url)}`);
  return url;
}

function withoutControls(value: string): string {
  return value.replace(/(?!\t)\p{Cc}/gu, '');
}
