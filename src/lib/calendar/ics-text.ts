/**
 * The low-level text rules of iCalendar (RFC 5545 §3.1 and §3.3): escaping TEXT values, folding long
 * content lines and writing date-times. Kept apart from the event writer so each rule is tested alone.
 */

const encoder = new TextEncoder();

/** Lines are folded so that no line is longer than this many octets, not counting CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon and comma get a backslash; a line break becomes
 * `\n`. Other control characters are not allowed in TEXT, so they are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds one content line into lines of at most 75 octets, each continuation starting with a space
 * (§3.1). Splits only between characters, never inside a multi-byte UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line may hold 75 octets; a continuation's leading space takes one of its 75.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant as a UTC DATE-TIME, e.g. 20261128T095500Z (§3.3.5, form #2). */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** A wall-clock "YYYY-MM-DDTHH:mm[:ss]" as a floating DATE-TIME, e.g. 20261128T095500 (§3.3.5, form #1). */
export function formatFloatingDateTime(local: string): string {
  const digits = local.replace(/[-:]/g, '');
  return digits.length === 13 ? `${digits}00` : digits;
}

/** Joins content lines into an iCalendar stream: each folded, each ending in CRLF. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
