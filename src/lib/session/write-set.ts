/**
 * Working with write sets (the one type, in lib/storage/batch.ts): combine two that wait to be saved,
 * apply one to what a page shows, tell whether one is empty, and list the records it holds.
 */
import type { Partnership, ChecklistRound, Meeting, Action, Goal } from '../schemas';
import type { RecordStore, Removed, WriteSet } from '../storage';

export type { RecordStore, Removed, WriteSet };

/** A partnership's records as a page holds them (the meeting log leaves out rounds). */
export interface RecordLists {
  partnership: Partnership;
  rounds?: ChecklistRound[];
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
}

export const childStores = ['rounds', 'meetings', 'actions', 'goals'] as const;
export type ChildStore = (typeof childStores)[number];
const removable = ['meetings', 'actions', 'goals'] as const;

type AnyRecord = { id: string; updatedAt: string };

function mergeById<T extends { id: string }>(a?: readonly T[], b?: readonly T[]): T[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  const map = new Map(a.map((item) => [item.id, item]));
  for (const item of b) map.set(item.id, item);
  return [...map.values()];
}

/**
 * Combines two write sets; where both hold a record, the later one wins: a record saved after it was
 * removed (an undo) is saved, and a record removed after it was saved is removed.
 */
export function mergeWriteSets(a: WriteSet, b: WriteSet): WriteSet {
  const merged: WriteSet = {};
  const partnership = b.partnership ?? a.partnership;
  if (partnership) merged.partnership = partnership;
  const rounds = mergeById(a.rounds, b.rounds);
  if (rounds) merged.rounds = rounds;
  const removed: Removed = {};
  for (const store of removable) {
    const gone = b.removed?.[store] ?? [];
    const list = mergeById<AnyRecord>(a[store], b[store])?.filter((r) => !gone.includes(r.id));
    if (list) Object.assign(merged, { [store]: list });
    const savedLater = new Set((b[store] ?? []).map((r) => r.id));
    const ids = new Set((a.removed?.[store] ?? []).filter((id) => !savedLater.has(id)));
    for (const id of gone) ids.add(id);
    if (ids.size) removed[store] = [...ids];
  }
  if (Object.keys(removed).length) merged.removed = removed;
  const tombstones = mergeById(a.tombstones, b.tombstones)?.filter((t) => removed[t.store]?.includes(t.id));
  if (tombstones?.length) merged.tombstones = tombstones;
  return merged;
}

function replaceById<T extends { id: string }>(list: readonly T[], changed?: readonly T[]): T[] {
  if (!changed?.length) return [...list];
  const byId = new Map(changed.map((item) => [item.id, item]));
  const known = new Set(list.map((item) => item.id));
  return [...list.map((item) => byId.get(item.id) ?? item), ...changed.filter((item) => !known.has(item.id))];
}

/** The records with the write set applied (new ones added, changed ones replaced, removed ones gone). */
export function applyWriteSet<D extends RecordLists>(data: D, set: WriteSet): D {
  const next = { ...data, partnership: set.partnership ?? data.partnership };
  if (data.rounds) next.rounds = replaceById(data.rounds, set.rounds);
  for (const store of removable) {
    const gone = set.removed?.[store] ?? [];
    const list = replaceById<AnyRecord>(data[store], set[store]).filter((r) => !gone.includes(r.id));
    Object.assign(next, { [store]: list });
  }
  return next;
}

/** True when there is nothing in the write set. */
export function isEmptyWriteSet(set: WriteSet): boolean {
  return (
    !set.partnership &&
    childStores.every((store) => !set[store]?.length) &&
    removable.every((store) => !set.removed?.[store]?.length)
  );
}

/** Every record the write set saves, with its store. */
export function recordsOf(set: WriteSet): { store: RecordStore; record: AnyRecord }[] {
  const out: { store: RecordStore; record: AnyRecord }[] = [];
  if (set.partnership) out.push({ store: 'partnerships', record: set.partnership });
  for (const store of childStores) for (const record of set[store] ?? []) out.push({ store, record });
  return out;
}

/** The record with this id in the page's data, if there is one. */
export function findRecord(data: RecordLists, store: RecordStore, id: string): AnyRecord | undefined {
  if (store === 'partnerships') return data.partnership.id === id ? data.partnership : undefined;
  return (data[store] as readonly AnyRecord[] | undefined)?.find((r) => r.id === id);
}
