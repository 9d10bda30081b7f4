/**
 * Days as people read them, in UK English: "Tuesday 1 December 2026", "28 November 2026". Built on Intl, with the parts put together here because en-GB puts a
 * comma after the weekday in some engines and not others.
 */
import { parseDate } from './calendar';

const longDate = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
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
