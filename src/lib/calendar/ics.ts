/**
 * Writes the next meeting as an iCalendar file (RFC 5545) that calendar apps import.
 *
 * Time zones: a **single** meeting is written in UTC (`DTSTART:…Z`), the instant this device's clock
 * names, which every calendar shows correctly in its own zone. A **repeating series** is written in
 * **floating local time** (`DTSTART:20261201T100000`, no zone), with its RRULE: "10:00 every other
 * Tuesday" then stays at 10:00 on the pair's calendars across clock changes. A series in UTC would
 * shift by an hour at each change; a named TZID would need its VTIMEZONE definition with the zone's
 * rules, which the browser does not expose (Intl gives offsets, not rules), and a hand-made one could
 * be wrong. The cost of floating time is that two partners in different zones each see the same clock
 * time: that is rare for a mentoring pair, and the single-meeting file covers it.
 */
import { addDays, addMinutesLocal, localDateTimeToInstant } from '../dates';
import { escapeText, formatFloatingDateTime, formatUtcDateTime, joinContentLines } from './ics-text';
import type { Cadence } from './rhythm';

/** Identifies this writer in PRODID (§3.7.3). */
export const ICS_PRODID = '-//Mentoring Expectations//Meeting log//EN';

/** A meeting to put in a calendar. */
export interface CalendarMeeting {
  /** A stable id: the same meeting written twice updates, not duplicates, the calendar entry. */
  uid: string;
  /** Wall-clock start on this device, "YYYY-MM-DDTHH:mm". */
  start: string;
  durationMinutes: number;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** Minutes before the start when the calendar reminds (a VALARM); none when absent. */
  remindMinutesBefore?: number | undefined;
}

/** A whole-day event, such as the agreed review date. */
export interface CalendarDay {
  uid: string;
  /** The day, "YYYY-MM-DD". */
  date: string;
  summary: string;
  description?: string | undefined;
  /** Days before when the calendar reminds (a VALARM at the start of that day); none when absent. */
  remindDaysBefore?: number | undefined;
}

/** How a series repeats. */
export interface CalendarSeries {
  cadence: Cadence;
  /** Number of meetings in the series (1–100). */
  count: number;
}

function rrule(series: CalendarSeries, start: string): string {
  const count = Math.min(100, Math.max(1, Math.round(series.count)));
  const { unit, interval } = series.cadence;
  if (unit === 'month') {
    const day = Number(start.slice(8, 10));
    // Day 29–31 does not exist in every month: take that day, or the month's last day when shorter,
    // instead of RFC 5545's default of skipping the month.
    const byDay = day > 28 ? `;BYMONTHDAY=${day},-1;BYSETPOS=1` : '';
    return `RRULE:FREQ=MONTHLY;INTERVAL=${interval}${byDay};COUNT=${count}`;
  }
  const freq = unit === 'week' ? 'WEEKLY' : 'DAILY';
  return `RRULE:FREQ=${freq};INTERVAL=${interval};COUNT=${count}`;
}

/** A display reminder (§3.6.6): ACTION, TRIGGER and DESCRIPTION are required. */
function alarm(trigger: string, description: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VALARM',
  ];
}

/** A duration before the start as a TRIGGER value, e.g. -PT1H, -PT15M, -P1D (§3.3.6). */
function before(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole > 0 && whole % 1440 === 0) return `-P${whole / 1440}D`;
  if (whole > 0 && whole % 60 === 0) return `-PT${whole / 60}H`;
  return `-PT${whole}M`;
}

function calendar(event: readonly string[]): string {
  return joinContentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/**
 * The text of an `.ics` file holding the meeting: one event in UTC, or with `series` a repeating event
 * in floating local time. `now` is the DTSTAMP.
 */
export function meetingToIcs(meeting: CalendarMeeting, now: Date, series?: CalendarSeries): string {
  const end = addMinutesLocal(meeting.start, meeting.durationMinutes);
  const timing = series
    ? [
        `DTSTART:${formatFloatingDateTime(meeting.start)}`,
        `DTEND:${formatFloatingDateTime(end)}`,
        rrule(series, meeting.start),
      ]
    : [
        `DTSTART:${formatUtcDateTime(localDateTimeToInstant(meeting.start))}`,
        `DTEND:${formatUtcDateTime(localDateTimeToInstant(end))}`,
      ];
  return calendar([
    `UID:${escapeText(meeting.uid)}`,
    `DTSTAMP:${formatUtcDateTime(now)}`,
    ...timing,
    `SUMMARY:${escapeText(meeting.summary)}`,
    ...(meeting.description ? [`DESCRIPTION:${escapeText(meeting.description)}`] : []),
    ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
    ...(meeting.remindMinutesBefore === undefined
      ? []
      : alarm(before(meeting.remindMinutesBefore), meeting.summary)),
  ]);
}

/** The text of an `.ics` file holding one whole-day event (DTSTART;VALUE=DATE, §3.6.1). */
export function dayToIcs(day: CalendarDay, now: Date): string {
  const date = day.date.replace(/-/g, '');
  const next = formatFloatingDateTime(`${addDays(day.date, 1)}T00:00`).slice(0, 8);
  return calendar([
    `UID:${escapeText(day.uid)}`,
    `DTSTAMP:${formatUtcDateTime(now)}`,
    `DTSTART;VALUE=DATE:${date}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${escapeText(day.summary)}`,
    ...(day.description ? [`DESCRIPTION:${escapeText(day.description)}`] : []),
    ...(day.remindDaysBefore === undefined ? [] : alarm(before(day.remindDaysBefore * 1440), day.summary)),
  ]);
}

/** A file name for the download, e.g. "mentoring-meeting-2026-12-01.ics". */
export function icsFileName(start: string, kind: boolean | 'review'): string {
  const name = kind === 'review' ? 'review' : kind ? 'meetings-from' : 'meeting';
  return `mentoring-${name}-${start.slice(0, 10)}.ics`;
}
