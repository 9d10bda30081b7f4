/**
 * Calendar-day arithmetic on plain dates ("YYYY-MM-DD"). Wall-clock times are in wall-clock.ts.
 *
 * Meetings happen on days in the pair's own calendar, so everything here works on wall-clock values and
 * never on instants: the arithmetic runs in UTC only as a neutral counting frame, which keeps a day at
 * exactly 24 hours and makes the answers the same whatever the device's time zone or a clock change.
 */

import { DAY_MS } from './clock';
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Reads "YYYY-MM-DD" (or the date part of a longer ISO string); throws on a date that does not exist. */
export function parseDate(value: string): DateParts {
  const match = DATE_RE.exec(value.slice(0, 10));
  if (!match) throw new RangeError(`Not a date: ${value}`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day < 1 ||
    parts.day > daysInMonth(parts.year, parts.month)
  ) {
    throw new RangeError(`No such date: ${value}`);
  }
  return parts;
}

/** True when the value is a real "YYYY-MM-DD" date. */
export function isDate(value: string): boolean {
  try {
    parseDate(value);
    return value.length === 10;
  } catch {
    return false;
  }
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A number with leading zeros: zeroPad(7) is "07". */
export function zeroPad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Writes date parts as "YYYY-MM-DD". */
export function toIsoDate(parts: DateParts): string {
  return `${zeroPad(parts.year, 4)}-${zeroPad(parts.month)}-${zeroPad(parts.day)}`;
}

function toDayNumber(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` calendar months later. When that month is shorter, the last day of the month is
 * used (31 January + 1 month = 28 or 29 February), as people expect of "a month later".
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return toIsoDate({
    year: nextYear,
    month: nextMonth,
    day: Math.min(day, daysInMonth(nextYear, nextMonth)),
  });
}

/** The UTC calendar day of an instant as "YYYY-MM-DD" (build-time dates such as a guide page's frontmatter). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
