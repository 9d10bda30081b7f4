/**
 * Which part of the checklist a person was on, so a reload (or coming back to the tab) opens the same
 * part rather than the first one with a blank. This is view state, not a record: it stays in this
 * browser's localStorage, keyed by round and partner, and a missing or stale value falls back to the
 * first part with something unanswered.
 */
const KEY = 'mentoring-checklist-part';

function key(roundId: string, role: string): string {
  return `${KEY}:${roundId}:${role}`;
}

/** The part (an expectation group id) this partner was last on in this round, if remembered. */
export function rememberedPart(roundId: string, role: string): string | undefined {
  try {
    return localStorage.getItem(key(roundId, role)) ?? undefined;
  } catch {
    return undefined; // storage refused: start from the first open part
  }
}

/** Remembers the part this partner is on. */
export function rememberPart(roundId: string, role: string, groupId: string): void {
  try {
    localStorage.setItem(key(roundId, role), groupId);
  } catch {
    // Not remembered: a reload opens the first part with a blank, which is still sensible.
  }
}
