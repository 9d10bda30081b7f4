/** Plain-text tables for the bench's output: fixed-width columns that read well in a terminal and in a README. */

/** Formats a byte count in kB (1 kB = 1000 bytes), one decimal place. */
export function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** Formats milliseconds, or a dash when there is no figure. */
export function ms(value: number | null): string {
  return value === null ? '–' : String(Math.round(value));
}

/**
 * Lays out rows under headers in fixed-width columns. `align` has one letter per column, `l` or `r`
 * (numbers read best right-aligned); columns past its end are left-aligned.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align = '',
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
