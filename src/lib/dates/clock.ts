/**
 * Today on this device's calendar, and the length of a day. A module of its own because the session
 * and storage layers need these at start on every workbook page, while the calendar arithmetic
 * (calendar.ts) only the meeting log does: kept apart, the checklist's first load does not carry it.
 */

/** One day in milliseconds: for spans of time between instants, never for calendar arithmetic. */
export const DAY_MS = 86_400_000;

/** Today's date on this device's calendar (its own time zone, not UTC's), as "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
