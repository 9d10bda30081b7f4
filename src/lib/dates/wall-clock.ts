/**
 * Local date-times ("YYYY-MM-DDTHH:mm") as wall-clock values: a meeting at 18:30 stays at 18:30 across
 * a clock change. Only `localDateTimeToInstant` applies this device's time zone.
 */
import { zeroPad, parseDate, toIsoDate, type DateParts } from './calendar';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A local wall-clock date and time split into numbers. */
export interface LocalDateTimeParts extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

/** Reads "YYYY-MM-DDTHH:mm" or "YYYY-MM-DDTHH:mm:ss" as wall-clock time (no zone). */
export function parseLocalDateTime(value: string): LocalDateTimeParts {
  const match = LOCAL_RE.exec(value);
  if (!match) throw new RangeError(`Not a local date and time: ${value}`);
  const date = parseDate(value.slice(0, 10));
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`No such time: ${value}`);
  return { ...date, hour, minute, second };
}

/** Adds minutes to a wall-clock time, returning "YYYY-MM-DDTHH:mm:ss" (clock changes do not apply). */
export function addMinutesLocal(value: string, minutes: number): string {
  const p = parseLocalDateTime(value);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute + minutes, p.second));
  return (
    `${toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })}` +
    `T${zeroPad(d.getUTCHours())}:${zeroPad(d.getUTCMinutes())}:${zeroPad(d.getUTCSeconds())}`
  );
}

/** The instant a wall-clock time names on this device (its own time zone and clock changes applied). */
export function localDateTimeToInstant(value: string): Date {
  const p = parseLocalDateTime(value);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}
