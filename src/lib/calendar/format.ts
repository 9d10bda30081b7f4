/**
 * Dates and lengths as people read them, in UK English: "Tuesday 1 December 2026", "10:00", "1 hour".
 */
import { parseDate, parseLocalDateTime } from './dates';

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Tuesday 1 December 2026" for "2026-12-01". */
export function formatDateLong(date: string): string {
  const { year, month, day } = parseDate(date);
  // Built from parts: en-GB puts a comma after the weekday in some engines and not others.
  const parts = longDate.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
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
