/**
 * Merging one record that arrived from the partner's device with this device's copy, by their
 * stamps (clock.ts): the newer copy wins whole; copies changed apart keep the tie winner's fields
 * (the same on both devices) and report every field that differs as a conflict, so nothing is
 * silently lost. Fields that belong to this device alone (a private note) are never taken or lost.
 */
import type { ExchangeConflict, Rev } from '../schemas';
import { same } from '../session/merge';
import { compareRevs, joinRevs, revOf, tieWinner } from './clock';
import type { Stamped } from './types';

/** Fields the storage layer manages, and the stamp: never a conflict. */
const managed = new Set(['id', 'createdAt', 'updatedAt', 'rev']);

export interface RecordMerge<T> {
  /** The record to store, or undefined when this device's copy stays as it is. */
  value: T | undefined;
  conflicts: Omit<ExchangeConflict, 'store' | 'at'>[];
}

function withLocal<T extends Stamped>(
  shared: T,
  local: T | undefined,
  localFields: readonly string[],
  rev: Rev,
): T {
  const out: Record<string, unknown> = { ...shared, rev };
  for (const key of localFields) {
    const mine = local ? (local as Record<string, unknown>)[key] : undefined;
    if (mine === undefined) delete out[key];
    else out[key] = mine;
  }
  if (local) {
    out['createdAt'] = (local as Record<string, unknown>)['createdAt'];
    out['updatedAt'] = local.updatedAt;
  }
  return out as T;
}

/**
 * `remote` as stamped by the device `from`, against `local` as stamped by this device `me`.
 * `localFields` are this device's own and never cross.
 */
export function mergeRecord<T extends Stamped>(
  local: T | undefined,
  remote: T,
  ids: { me: string; from: string },
  localFields: readonly string[] = [],
): RecordMerge<T> {
  const theirs = revOf(remote, ids.from);
  if (!local) return { value: withLocal(remote, undefined, localFields, theirs), conflicts: [] };
  const mine = revOf(local, ids.me);
  const order = compareRevs(theirs, mine);
  if (order === 'same' || order === 'older') return { value: undefined, conflicts: [] };
  if (order === 'newer') return { value: withLocal(remote, local, localFields, theirs), conflicts: [] };
  // Changed on both devices since they last met.
  const joined = joinRevs(theirs, mine);
  const theirsWins = tieWinner(theirs, mine) === 'a';
  const winner = (theirsWins ? remote : local) as Record<string, unknown>;
  const loser = (theirsWins ? local : remote) as Record<string, unknown>;
  const conflicts: RecordMerge<T>['conflicts'] = [];
  const skip = new Set([...managed, ...localFields]);
  for (const key of new Set([...Object.keys(winner), ...Object.keys(loser)])) {
    if (skip.has(key) || same(winner[key], loser[key])) continue;
    conflicts.push({
      id: local.id,
      path: [key],
      kept: winner[key],
      other: loser[key],
      keptTheirs: theirsWins,
    });
  }
  return { value: withLocal(winner as T, local, localFields, joined), conflicts };
}
