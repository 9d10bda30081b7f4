import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localDateTimeToInstant } from '../../../src/lib/dates';
import { ICS_PRODID, icsFileName, meetingToIcs, type CalendarMeeting } from '../../../src/lib/calendar/ics';

const now = new Date(Date.UTC(2026, 10, 28, 9, 55, 0));
const meeting: CalendarMeeting = {
  uid: 'p1-next@mentoring-expectations',
  start: '2026-12-01T10:00',
  durationMinutes: 60,
  summary: 'Mentoring meeting',
  description: 'Agenda: careers; next steps, and feedback\\notes\nSecond line',
  location: 'Video call',
};

function parse(text: string) {
  // ical.js types its parse result as `any`; a calendar parses to one jCal array.
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = component.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { component, event, vevent: new ICAL.Event(event) };
}

const octets = (value: string) => new TextEncoder().encode(value).length;

describe('meetingToIcs (one meeting)', () => {
  const text = meetingToIcs(meeting, now);

  it('has the required calendar properties and CRLF line ends', () => {
    const { component } = parse(text);
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes UID, DTSTAMP in UTC, and the start and end as UTC instants', () => {
    const { event, vevent } = parse(text);
    expect(vevent.uid).toBe(meeting.uid);
    expect(text).toContain('DTSTAMP:20261128T095500Z\r\n');
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(vevent.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(vevent.startDate.toJSDate().getTime()).toBe(localDateTimeToInstant('2026-12-01T10:00').getTime());
    expect(vevent.duration.toSeconds()).toBe(3600);
    expect(vevent.isRecurring()).toBe(false);
  });

  it('escapes ; , \\ and newlines so the text comes back as written', () => {
    const { vevent } = parse(text);
    expect(vevent.description).toBe(meeting.description);
    expect(vevent.summary).toBe('Mentoring meeting');
    expect(vevent.location).toBe('Video call');
    expect(text).toContain('careers\\; next steps\\, and feedback\\\\notes\\nSecond line');
  });
});

describe('meetingToIcs (folding)', () => {
  it('folds long lines of multi-byte text at 75 octets and the parser joins them back', () => {
    const description = 'Ünïcödé 🙂 café — '.repeat(20);
    const text = meetingToIcs({ ...meeting, description }, now);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines.every((line) => line.isWellFormed())).toBe(true);
    expect(parse(text).vevent.description).toBe(description);
  });
});

describe('meetingToIcs (a series)', () => {
  it('writes a fortnightly series in floating local time', () => {
    const text = meetingToIcs(meeting, now, { cadence: { unit: 'week', interval: 2 }, count: 6 });
    const { vevent, event } = parse(text);
    expect(text).toContain('DTSTART:20261201T100000\r\n');
    expect(text).not.toMatch(/DTSTART[^\r]*Z\r\n/);
    expect(vevent.startDate.zone).toBe(ICAL.Timezone.localTimezone);
    const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(2);
    expect(rule.count).toBe(6);
    const iterator = vevent.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    expect(dates).toEqual([
      '2026-12-01T10:00:00',
      '2026-12-15T10:00:00',
      '2026-12-29T10:00:00',
      '2027-01-12T10:00:00',
      '2027-01-26T10:00:00',
      '2027-02-09T10:00:00',
    ]);
  });

  it('keeps the same wall-clock time across the spring clock change', () => {
    const text = meetingToIcs({ ...meeting, start: '2027-03-23T18:30' }, now, {
      cadence: { unit: 'week', interval: 1 },
      count: 2,
    });
    const iterator = parse(text).vevent.iterator();
    expect([iterator.next()?.toString(), iterator.next()?.toString()]).toEqual([
      '2027-03-23T18:30:00',
      '2027-03-30T18:30:00',
    ]);
  });

  it('writes monthly as calendar months, falling back to the last day of a short month', () => {
    const text = meetingToIcs({ ...meeting, start: '2027-01-31T09:00' }, now, {
      cadence: { unit: 'month', interval: 1 },
      count: 4,
    });
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31,-1;BYSETPOS=1;COUNT=4\r\n');
    const iterator = parse(text).vevent.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString().slice(0, 10));
    expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('writes an ordinary monthly day without extra rule parts', () => {
    const text = meetingToIcs({ ...meeting, start: '2027-01-15T09:00' }, now, {
      cadence: { unit: 'month', interval: 1 },
      count: 3,
    });
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=3\r\n');
  });
});

describe('icsFileName', () => {
  it('names single and series files by their first date', () => {
    expect(icsFileName('2026-12-01T10:00', false)).toBe('mentoring-meeting-2026-12-01.ics');
    expect(icsFileName('2026-12-01T10:00', true)).toBe('mentoring-meetings-from-2026-12-01.ics');
  });
});
