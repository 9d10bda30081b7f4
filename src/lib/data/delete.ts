/**
 * Deleting from the Your data page: one partnership, after saying what goes with it, kept in the
 * trash for `TRASH_DAYS` so it can be undone even after leaving the page; or everything on this
 * device ("Clear this device", for shared laptops), trash and bookkeeping included.
 */
import type { TrashEntry } from '../schemas/trash';
import type { Snapshot, Workbook } from '../storage';
import { formatInstant } from '../dates';
import { describeOwned, type OwnedCounts } from './summary';

/** The word a person types to confirm clearing the device. */
export const CLEAR_WORD = 'delete';

/** Whether what was typed confirms clearing (case and surrounding spaces do not matter). */
export function confirmsClear(typed: string): boolean {
  return typed.trim().toLowerCase() === CLEAR_WORD;
}

/** How many of each kind of record belong to partnership `id` in `data`. */
export function ownedCounts(
  data: Pick<Snapshot, 'rounds' | 'meetings' | 'actions' | 'goals'>,
  id: string,
): OwnedCounts {
  const count = (list: readonly { partnershipId: string }[]) =>
    list.filter((r) => r.partnershipId === id).length;
  return {
    meetings: count(data.meetings),
    actions: count(data.actions),
    goals: count(data.goals),
    rounds: count(data.rounds),
  };
}

/** The question before deleting: what goes, and for how long (`days`, the trash's) it can be undone. */
export function deleteQuestion(label: string, counts: OwnedCounts, days: number): string {
  return `Delete “${label}”? This deletes it and its ${describeOwned(counts)} from this device. You can undo it for ${days} days.`;
}

/** What the trash says about a deleted partnership, and until when it can be undone. */
export function describeDeleted(entry: TrashEntry): string {
  return `Deleted on ${formatInstant(entry.deletedAt)}, with its ${describeOwned(ownedCounts(entry.data, entry.id))}. You can undo this until ${formatInstant(entry.keepUntil)}; then it is removed for good.`;
}

/**
 * Deletes a partnership and its rounds, meetings, actions and goals in one transaction, keeping
 * them in the trash so `undo(workbook, id)` can put the same records back (same ids and dates).
 */
export function deletePartnership(workbook: Workbook, id: string): Promise<TrashEntry> {
  return workbook.trash.deletePartnership(id);
}

/** localStorage keys this site uses start with this (e.g. the meeting log's unsaved changes). */
export const SITE_STORAGE_PREFIX = 'mentoring-';

/** The part of `Storage` clearing needs (so tests can pass a plain object). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** Removes this site's keys from localStorage or sessionStorage; other keys are left alone. */
export function clearSiteKeys(storage: KeyValueStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SITE_STORAGE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/**
 * Deletes everything the workbook holds on this device, in one transaction: every partnership
 * with its records, every stored template, every damaged record set aside, the trash and the
 * meta record (when the last backup was made), then this site's keys in local and session storage.
 */
export async function clearWorkbook(
  workbook: Workbook,
  storages: readonly (() => KeyValueStorage)[] = [],
): Promise<void> {
  await workbook.clear();
  for (const storage of storages) {
    try {
      clearSiteKeys(storage());
    } catch {
      // Storage refused: there is nothing of ours in it.
    }
  }
}
