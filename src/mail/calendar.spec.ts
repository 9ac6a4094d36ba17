import fc from 'fast-check';
import { escapeText, foldLine, interviewCalendar, InterviewCalendarInput } from './calendar';

const invitation: InterviewCalendarInput = {
  uid: 'interview-7f3c@sift',
  sequence: 0,
  method: 'REQUEST',
  start: new Date('2024-05-14T08:00:00Z'),
  durationMinutes: 45,
  summary: 'Gesprek: Technisch gesprek, Backend-ontwikkelaar',
  description: 'Backend-ontwikkelaar\nTechnisch gesprek',
  location: 'Stationsplein 1, Utrecht',
  url: 'https://meet.example.com/sift-room-7?pwd=abc;x=1',
  organizer: { name: 'Sift', email: 'interviews@example.com' },
  attendees: [
    { name: 'Kandidaat Een', email: 'kandidaat.een@example.org' },
    { name: 'Interviewer, Twee', email: 'interviewer.twee@example.net' },
  ],
  stamp: new Date('2024-05-01T12:30:05.123Z'),
};

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds and splits the way a calendar client reads it, so the tests check what a reader gets back. */
function parse(calendar: string): Property[] {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z-]+)((?:;[A-Z-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
      if (!match) throw new Error(`Not a content line: ${line}`);
      const params: Record<string, string> = {};
      for (const [, key, quoted, plain] of match[2].matchAll(/;([A-Z-]+)=(?:"([^"]*)"|([^";:,]*))/g)) {
        params[key] = quoted ?? plain;
      }
      return { name: match[1], params, value: match[3] };
    });
}

const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const values = (calendar: string, name: string) => parse(calendar).filter((p) => p.name === name);
const value = (calendar: string, name: string) => values(calendar, name)[0]?.value;

/** Physical lines as bytes, decoded strictly: a character cut by a fold would not decode. */
function physicalLines(calendar: string): string[] {
  const bytes = Buffer.from(calendar, 'utf8');
  const lines: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      lines.push(decoder.decode(line));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

describe('interviewCalendar', () => {
  const calendar = interviewCalendar(invitation);

  it('writes one event in a calendar, in order, with CRLF after every line', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parse(calendar).map((p) => p.name)).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'SEQUENCE',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'LOCATION',
      'URL',
      'ORGANIZER',
      'ATTENDEE',
      'ATTENDEE',
      'STATUS',
      'END',
      'END',
    ]);
    expect(values(calendar, 'BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VEVENT']);
    expect(value(calendar, 'VERSION')).toBe('2.0');
    expect(value(calendar, 'PRODID')).toBe('-//Sift//Interviews//EN');
    expect(value(calendar, 'CALSCALE')).toBe('GREGORIAN');
    expect(value(calendar, 'METHOD')).toBe('REQUEST');
    expect(value(calendar, 'STATUS')).toBe('CONFIRMED');
  });

  it('writes times in UTC and ends the interview after its duration', () => {
    expect(value(calendar, 'DTSTAMP')).toBe('20240501T123005Z');
    expect(value(calendar, 'DTSTART')).toBe('20240514T080000Z');
    expect(value(calendar, 'DTEND')).toBe('20240514T084500Z');
    const late = interviewCalendar({ ...invitation, start: new Date('2024-12-31T23:30:00Z'), durationMinutes: 90 });
    expect(value(late, 'DTEND')).toBe('20250101T010000Z');
  });

  it('gives back every text as it was written, after escaping', () => {
    const summary = 'Ronde 1; deel A, B \\ C';
    const description = 'Eerste regel\nTweede regel\r\nDerde, met; tekens\\n';
    const written = interviewCalendar({ ...invitation, summary, description });
    expect(written).toContain('SUMMARY:Ronde 1\\; deel A\\, B \\\\ C\r\n');
    expect(unescape(value(written, 'SUMMARY'))).toBe(summary);
    expect(unescape(value(written, 'DESCRIPTION'))).toBe('Eerste regel\nTweede regel\nDerde, met; tekens\\n');
    expect(unescape(value(written, 'LOCATION'))).toBe('Stationsplein 1, Utrecht');
    expect(value(written, 'URL')).toBe(invitation.url);
    expect(value(written, 'UID')).toBe('interview-7f3c@sift');
  });

  it('names the organizer and every attendee, quoting names with : ; or , and dropping double quotes', () => {
    const written = interviewCalendar({
      ...invitation,
      attendees: [
        { name: 'Kandidaat Een', email: 'een@example.org' },
        { name: 'Interviewer, Twee', email: 'twee@example.net' },
        { name: 'Drie "de derde": Interviewer', email: 'drie@example.com' },
        { name: 'Vier "Vier"', email: 'vier@example.com' },
      ],
    });
    const unfolded = written.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORGANIZER;CN=Sift:mailto:interviews@example.com\r\n');
    expect(unfolded).toContain(
      'ATTENDEE;CN=Kandidaat Een;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:een@example.org\r\n',
    );
    expect(unfolded).toContain('ATTENDEE;CN="Interviewer, Twee";ROLE=REQ-PARTICIPANT;');
    const attendees = values(written, 'ATTENDEE');
    expect(attendees.map((a) => [a.params.CN, a.value])).toEqual([
      ['Kandidaat Een', 'mailto:een@example.org'],
      ['Interviewer, Twee', 'mailto:twee@example.net'],
      ['Drie de derde: Interviewer', 'mailto:drie@example.com'],
      ['Vier Vier', 'mailto:vier@example.com'],
    ]);
    expect(attendees.every((a) => a.params.RSVP === 'TRUE' && a.params.PARTSTAT === 'NEEDS-ACTION')).toBe(true);
  });

  it('leaves out LOCATION and URL when there is none', () => {
    const written = interviewCalendar({ ...invitation, location: null, url: null });
    expect(values(written, 'LOCATION')).toEqual([]);
    expect(values(written, 'URL')).toEqual([]);
  });

  it('folds a long Estonian description at 75 octets without cutting a character', () => {
    const description = 'Õhtune vestlus: töö, ülesanded ja õppimine; Pärnu mnt 10, Tallinn. '.repeat(6) + 'Lõpp 🙂 ✓';
    const written = interviewCalendar({ ...invitation, description });
    const lines = physicalLines(written);
    const continued = lines.filter((line) => line.startsWith(' '));
    expect(continued.length).toBeGreaterThan(5);
    expect(unescape(value(written, 'DESCRIPTION'))).toBe(description);
  });

  it('moves the fold before a character that would not fit whole', () => {
    // 74 octets, then "õ" (two octets): cutting at 75 would split it.
    const folded = foldLine('X'.repeat(74) + 'õäöü'.repeat(40)).split('\r\n');
    expect(folded[0]).toBe('X'.repeat(74));
    expect(folded[1]).toBe(' ' + 'õäöü'.repeat(9) + 'õ');
    expect(Buffer.byteLength(folded[1])).toBe(75);
    expect(folded.slice(1, -1).every((line) => Buffer.byteLength(line) === 75)).toBe(true);
  });

  it('folds any line so that unfolding gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (content) => {
        const line = `DESCRIPTION:${escapeText(content)}`;
        const folded = foldLine(line);
        for (const piece of folded.split('\r\n')) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
        expect(
          folded
            .split('\r\n')
            .slice(1)
            .every((piece) => piece.startsWith(' ') && piece.length > 1),
        ).toBe(true);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('cancels with the same UID, a higher SEQUENCE, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const cancel = interviewCalendar({
      ...invitation,
      method: 'CANCEL',
      sequence: 2,
      stamp: new Date('2024-05-10T09:00:00Z'),
    });
    expect(value(cancel, 'UID')).toBe(value(calendar, 'UID'));
    expect(Number(value(cancel, 'SEQUENCE'))).toBeGreaterThan(Number(value(calendar, 'SEQUENCE')));
    expect(value(cancel, 'METHOD')).toBe('CANCEL');
    expect(value(cancel, 'STATUS')).toBe('CANCELLED');
    expect(values(cancel, 'ATTENDEE')).toHaveLength(2);
  });

  it('refuses what would make a broken calendar', () => {
    expect(() => interviewCalendar({ ...invitation, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => interviewCalendar({ ...invitation, sequence: -1 })).toThrow(RangeError);
    expect(() => interviewCalendar({ ...invitation, start: new Date('not a date') })).toThrow('DTSTART');
    const injected = { name: 'Een', email: 'een@example.org\r\nATTENDEE:mailto:x@example.com' };
    expect(() => interviewCalendar({ ...invitation, attendees: [injected] })).toThrow(RangeError);
    expect(() => interviewCalendar({ ...invitation, url: 'https://example.com/a\r\nX:1' })).toThrow(RangeError);
    const named = interviewCalendar({ ...invitation, organizer: { name: 'Sift\r\nX-EVIL:1', email: 'a@example.com' } });
    expect(values(named, 'X-EVIL')).toEqual([]);
  });
});
