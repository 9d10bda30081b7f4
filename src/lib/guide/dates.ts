/** Dates as the guide shows them: "28 November 2026", in UK English, the same wherever it is built. */

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date for people to read, e.g. "28 November 2026". Frontmatter dates are midnight UTC. */
export function formatGuideDate(date: Date): string {
  return longDate.format(date);
}

/** A date for a `<time datetime>` attribute: "2026-11-28". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
