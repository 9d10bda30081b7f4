/**
 * Moves this tab's unsaved changes onto what another tab saved: each record in the write set is merged
 * (merge.ts) with the stored copy, against the copy this tab had read. What comes back is what this
 * tab should now save, based on the stored versions, and the conflicts to show.
 */
import { mergeRecord, type FieldConflict } from './merge';
import { findRecord, recordsOf, type RecordLists, type RecordStore, type WriteSet } from './write-set';

/** A field both tabs changed differently, in one record. */
export interface Conflict extends FieldConflict {
  store: RecordStore;
  id: string;
}

export function rebaseWriteSet(
  set: WriteSet,
  read: RecordLists,
  stored: RecordLists,
): { set: WriteSet; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const next: WriteSet = {};
  for (const { store, record } of recordsOf(set)) {
    const merged = mergeRecord(
      findRecord(read, store, record.id),
      record,
      findRecord(stored, store, record.id),
    );
    conflicts.push(...merged.conflicts.map((c) => ({ ...c, store, id: record.id })));
    if (merged.value === undefined) continue;
    if (store === 'partnerships') next.partnership = merged.value as NonNullable<WriteSet['partnership']>;
    else Object.assign(next, { [store]: [...(next[store] ?? []), merged.value] });
  }
  // A record deleted here but changed in the other tab since is kept, and the page says so.
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    const ids = (set.removed?.[store] ?? []).filter((id) => {
      const merged = mergeRecord(findRecord(read, store, id), undefined, findRecord(stored, store, id));
      conflicts.push(...merged.conflicts.map((c) => ({ ...c, store, id })));
      return merged.value === undefined;
    });
    if (ids.length) next.removed = { ...next.removed, [store]: ids };
  }
  const tombstones = set.tombstones?.filter((t) => next.removed?.[t.store]?.includes(t.id));
  if (tombstones?.length) next.tombstones = tombstones;
  return { set: next, conflicts };
}
