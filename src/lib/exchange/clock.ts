/**
 * The rules for version stamps (schemas/rev.ts). A stamp's version vector says which changes a copy
 * of a record has seen: one copy has seen all the other has (it is newer, and simply wins), or each
 * has seen a change the other has not (they were changed apart: a conflict). Like Excalidraw's
 * reconcile, a tie is broken the same way on every device — here by the stamping device's clock
 * reading, then its id — so both devices pick the same winner without talking to each other.
 */
import type { Rev, VersionVector } from '../schemas/rev';

/** How copy `a` stands to copy `b`. */
export type Order = 'same' | 'newer' | 'older' | 'apart';

export function compareVectors(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'apart';
  if (aAhead) return 'newer';
  return bAhead ? 'older' : 'same';
}

export const compareRevs = (a: Rev, b: Rev): Order => compareVectors(a.vv, b.vv);

/** The stamping device's own reading: what ties between copies changed apart are broken on. */
const reading = (rev: Rev): number => rev.vv[rev.by] ?? 0;

/** The copy both devices keep when two were changed apart (the same answer on both). */
export function tieWinner(a: Rev, b: Rev): 'a' | 'b' {
  if (reading(a) !== reading(b)) return reading(a) > reading(b) ? 'a' : 'b';
  return a.by >= b.by ? 'a' : 'b';
}

/** Every device's later reading of the two: a stamp that has seen both. */
export function joinVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [device, n] of Object.entries(b)) out[device] = Math.max(out[device] ?? 0, n);
  return out;
}

/** The stamp of two copies merged: it has seen both; its `by` is the tie winner's. */
export function joinRevs(a: Rev, b: Rev): Rev {
  return { vv: joinVectors(a.vv, b.vv), by: tieWinner(a, b) === 'a' ? a.by : b.by };
}

/** The highest reading in a vector (0 for none). */
export const highest = (vv: VersionVector): number => Math.max(0, ...Object.values(vv));

/**
 * The stamp for a change made on `device` now: never behind the clock, nor behind anything the record
 * (or `floor`, the highest reading this device has seen) has seen, so it is newer than every copy the
 * change was made on — a hybrid logical clock.
 */
export function bumpRev(rev: Rev | undefined, device: string, nowMs: number, floor = 0): Rev {
  const vv = rev?.vv ?? {};
  return { vv: { ...vv, [device]: Math.max(Math.floor(nowMs), highest(vv) + 1, floor + 1) }, by: device };
}

/**
 * The stamp of a record that has none yet (made before stamps existed, or by a path that does not
 * stamp): taken as changed by `device` when it was last saved.
 */
export function revOf(record: { rev?: Rev | undefined; updatedAt: string }, device: string): Rev {
  return record.rev ?? { vv: { [device]: Math.max(0, Date.parse(record.updatedAt) || 0) }, by: device };
}

/** Whether a stamp holds a change that a device holding `have` has not seen. */
export const unseenBy = (rev: Rev, have: VersionVector): boolean =>
  Object.entries(rev.vv).some(([device, n]) => n > (have[device] ?? 0));
