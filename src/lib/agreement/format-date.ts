/** Dates as people write them, for the agreement, the checklist and the workbook. */

/** A date such as `2026-11-28` as people write it: "28 November 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const month = months[(m ?? 1) - 1];
  if (!y || !d || !month) return isoDate;
  return `${d} ${month} ${y}`;
}
