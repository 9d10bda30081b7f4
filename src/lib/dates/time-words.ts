/**
 * Times and lengths as people read them, in UK English: "3 March 2026 at 14:05",
 * "Tuesday 1 December 2026 at 10:00", "1 hour 30 minutes".
 */
import { parseLocalDateTime } from './wall-clock';
import { formatDateLong } from './words';

const localDay = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const localTime = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

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
