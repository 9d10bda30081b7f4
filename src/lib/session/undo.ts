/**
 * Write sets that take a change back, or set one field: the session's undo, and "use the other tab's
 * version" for a conflict.
 */
import { findRecord, recordsOf, type RecordLists, type RecordStore, type WriteSet } from './write-set';

type AnyRecord = { id: string; updatedAt: string };

const put = (set: WriteSet, store: RecordStore, record: AnyRecord): void => {
  if (store === 'partnerships') set.partnership = record as NonNullable<WriteSet['partnership']>;
  else Object.assign(set, { [store]: [...(set[store] ?? []), record] });
};

/** The write set that puts `data` back as it was before `set` (records created by it are removed). */
export function inverseOf(set: WriteSet, data: RecordLists): WriteSet {
  const inverse: WriteSet = {};
  for (const { store, record } of recordsOf(set)) {
    const before = findRecord(data, store, record.id);
    if (before) put(inverse, store, before);
    else if (store === 'meetings' || store === 'actions' || store === 'goals') {
      inverse.removed = { ...inverse.removed, [store]: [...(inverse.removed?.[store] ?? []), record.id] };
    }
  }
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    for (const id of set.removed?.[store] ?? []) {
      const before = findRecord(data, store, id);
      if (before) put(inverse, store, before);
    }
  }
  return inverse;
}

/** A write set saving `record` with the value at `path` replaced (`undefined` removes it). */
export function setField(store: RecordStore, record: AnyRecord, path: string[], value: unknown): WriteSet {
  const copy = structuredClone(record) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const inner = at[key];
    at = at[key] = typeof inner === 'object' && inner !== null ? { ...inner } : {};
  }
  const last = path.at(-1);
  if (last !== undefined) {
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
  const set: WriteSet = {};
  put(set, store, copy as AnyRecord);
  return set;
}
