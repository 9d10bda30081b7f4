/**
 * Ids and timestamps for new records. Ids are short, URL-safe and random (so two devices never
 * pick the same one), timestamps are UTC ISO strings so they sort as text.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A new random id: 16 characters of `[A-Za-z0-9_-]` (96 bits), always starting with a letter or
 * digit so it satisfies `idSchema`.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = '';
  for (const [i, b] of bytes.entries()) {
    // 62 letters/digits for the first character, 64 symbols after; `& 63` keeps the rest unbiased.
    id += i === 0 ? ALPHABET.charAt(b % 62) : ALPHABET.charAt(b & 63);
  }
  return id;
}

/** The current instant as an ISO string in UTC, e.g. `2026-11-28T09:30:00.000Z`. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/**
 * A fresh `updatedAt` that is strictly later than `previous`, even if the clock has not moved
 * (or moved backwards), so "newest wins" merges never tie with the record's own older copy.
 */
export function nextUpdatedAt(previous: string | undefined, now: Date = new Date()): string {
  const candidate = now.toISOString();
  if (previous === undefined || candidate > previous) return candidate;
  const bumped = new Date(Date.parse(previous) + 1);
  return Number.isNaN(bumped.getTime()) ? candidate : bumped.toISOString();
}

/** The `id`, `createdAt` and `updatedAt` of a record made now. */
export function newRecordFields(now: Date = new Date()): {
  id: string;
  createdAt: string;
  updatedAt: string;
} {
  const at = now.toISOString();
  return { id: newId(), createdAt: at, updatedAt: at };
}
