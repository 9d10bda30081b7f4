/**
 * Stamping this device's own changes (schemas/rev.ts), so the partner's device can tell them from
 * older copies: the session layer calls this on every change once the partnership has an exchange
 * record. A round's answers carry their own stamps, apart from what the pair settle together, and
 * a deletion leaves a tombstone.
 */
import type { ChecklistRound, Rev, Tombstone } from '../schemas';
import { same } from '../session/merge';
import {
  findRecord,
  recordsOf,
  type RecordLists,
  type RecordStore,
  type WriteSet,
} from '../session/write-set';
import { bumpRev, revOf } from './clock';

type AnyRecord = { id: string; updatedAt: string; rev?: Rev | undefined };
const managed = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'answersRev']);
const roles = ['mentor', 'mentee'] as const;

/** Whether any field other than the managed ones differs (only these count as a change). */
function changedFields(before: object | undefined, after: object, skip: ReadonlySet<string>): boolean {
  if (!before) return true;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].some((k) => !skip.has(k) && !same(a[k], b[k]));
}

function stampRound(before: ChecklistRound | undefined, after: ChecklistRound, me: string, now: number) {
  const out: ChecklistRound = { ...after };
  const answersRev = { ...after.answersRev };
  for (const role of roles) {
    const changed =
      !before || !same(before[role], after[role]) || before[`${role}Done`] !== after[`${role}Done`];
    const empty = Object.keys(after[role]).length === 0 && after[`${role}Done`] === undefined;
    if (changed && !(empty && !before?.answersRev?.[role])) {
      answersRev[role] = bumpRev(
        before?.answersRev?.[role] ?? (before ? revOf(before, me) : undefined),
        me,
        now,
      );
    }
  }
  if (Object.keys(answersRev).length) out.answersRev = answersRev;
  const skip = new Set([...managed, 'mentor', 'mentee', 'mentorDone', 'menteeDone']);
  if (changedFields(before, after, skip)) out.rev = bumpRev(before ? revOf(before, me) : after.rev, me, now);
  return out;
}

/**
 * The write set with this device's stamp on each record it changes, and a tombstone for each
 * record it deletes. `read` is what the change was made on; `me` is this device's id.
 */
export function stampWriteSet(set: WriteSet, read: RecordLists, me: string, now: number): WriteSet {
  const out: WriteSet = { ...set };
  const put = (store: RecordStore, record: AnyRecord) => {
    if (store === 'partnerships') out.partnership = record as NonNullable<WriteSet['partnership']>;
    else Object.assign(out, { [store]: (out[store] ?? []).map((r) => (r.id === record.id ? record : r)) });
  };
  for (const { store, record } of recordsOf(set)) {
    const before = findRecord(read, store, record.id) as AnyRecord | undefined;
    if (store === 'rounds') {
      put(store, stampRound(before as ChecklistRound | undefined, record as ChecklistRound, me, now));
    } else if (changedFields(before, record, managed)) {
      put(store, {
        ...record,
        rev: bumpRev(before ? revOf(before, me) : (record as AnyRecord).rev, me, now),
      });
    }
  }
  const tombstones: Tombstone[] = [...(set.tombstones ?? [])];
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    for (const id of set.removed?.[store] ?? []) {
      const before = findRecord(read, store, id);
      if (!before) continue;
      tombstones.push({
        id,
        store,
        deletedAt: new Date(now).toISOString(),
        rev: bumpRev(revOf(before, me), me, now),
      });
    }
  }
  if (tombstones.length) out.tombstones = tombstones;
  return out;
}
