/**
 * Dates and lengths as people read them, in UK English: "Tuesday 1 December 2026", "28 November 2026",
 * "3 March 2026 at 14:05", "1 hour". Built on Intl, with the parts put together here because en-GB puts a
 * comma after the weekday in some engines and not others.
 */
import { parseDate, parseLocalDateTime } from './calendar';

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function partsOf(date: string) {
  const { year, month, day } = parseDate(date);
  const parts = longDate.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "Tuesday 1 December 2026" for "2026-12-01". */
export function formatDateLong(date: string): string {
  const part = partsOf(date);
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "28 November 2026" for "2026-11-28" (or the date part of a longer ISO string); "" for no date. */
export function formatDayMonthYear(date: string): string {
  const part = partsOf(date);
  return `${part('day')} ${part('month')} ${part('year')}`;
}

const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const localTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant on this device's clock: "3 March 2026 at 14:05"; "an unknown date" when it is not one. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  return `${localDay.format(date)} at ${localTime.format(date)}`;
}

/** "Tuesday 1 December 2026 at 10:00" for "2026-12-01T10:00". */
export function formatDateTimeLong(local: string): string {
  const p = parseLocalDateTime(local);
  return `${formatDateLong(local.slice(0, 10))} at ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '';
  const m = rest ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '';
  return [h, m].filter(Boolean).join(' ') || '0 minutes';
}
