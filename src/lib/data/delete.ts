/**
 * Deleting from the Your data page: one partnership (with an undo that puts back exactly what
 * was deleted), or everything on this device ("Clear this device", for shared laptops).
 */
import type { Snapshot, Workbook } from '../storage';

/** The word a person types to confirm clearing the device. */
export const CLEAR_WORD = 'delete';

/** Whether what was typed confirms clearing (case and surrounding spaces do not matter). */
export function confirmsClear(typed: string): boolean {
  return typed.trim().toLowerCase() === CLEAR_WORD;
}

/** What `deletePartnership` returns: the undo, valid while the page stays open. */
export interface DeletedPartnership {
  /** The deleted partnership's records, kept in memory only. */
  snapshot: Snapshot;
  /** Puts the partnership and everything in it back as it was. */
  undo(): Promise<void>;
}

/**
 * Deletes a partnership and its rounds, meetings, actions and goals in one transaction, after
 * reading them, so that undo can put the same records back (with the same ids and dates).
 */
export async function deletePartnership(workbook: Workbook, id: string): Promise<DeletedPartnership> {
  const snapshot = await workbook.snapshot(id);
  await workbook.partnerships.delete(id);
  return {
    snapshot,
    undo: () => workbook.importData(snapshot, 'replace', id),
  };
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
 * Deletes everything the workbook holds on this device: every partnership with its records,
 * every stored template and every quarantined record. The data stores are cleared in one
 * transaction (a replace with nothing); templates and quarantine follow.
 */
export async function clearWorkbook(workbook: Workbook): Promise<void> {
  await workbook.importData(
    { partnerships: [], templates: [], rounds: [], meetings: [], actions: [], goals: [] },
    'replace',
  );
  for (const template of await workbook.templates.list()) {
    await workbook.templates.delete(template.id, template.version);
  }
  for (const record of await workbook.quarantine.list()) await workbook.quarantine.delete(record.id);
}
