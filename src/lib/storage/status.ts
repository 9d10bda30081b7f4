/**
 * Storage status for the Your data page: where data lives, whether the browser promised to keep
 * it, how much space it uses, and when to remind the person to make a backup.
 */
import type { Meta } from '../schemas';
import type { Workbook } from './workbook';
import { DAY_MS } from '../dates';

/** Remind after this many days without a backup… */
export const BACKUP_REMINDER_DAYS = 14;
/** …or after this many changes since the last one. */
export const BACKUP_REMINDER_CHANGES = 20;

/**
 * Whether to remind about a backup: never when nothing changed since the last one; otherwise
 * after 20 changes, or 14 days since the last backup (or, with none yet, since the workbook
 * began).
 */
export function shouldRemindBackup(
  meta: Pick<Meta, 'lastBackupAt' | 'changesSinceBackup' | 'createdAt'>,
  now: Date = new Date(),
): boolean {
  if (meta.changesSinceBackup <= 0) return false;
  if (meta.changesSinceBackup >= BACKUP_REMINDER_CHANGES) return true;
  const since = Date.parse(meta.lastBackupAt ?? meta.createdAt);
  return Number.isNaN(since) || now.getTime() - since >= BACKUP_REMINDER_DAYS * DAY_MS;
}

interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

const storageManager = (): StorageManagerLike | undefined =>
  (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;

/**
 * Asks the browser to keep the workbook's data (call after the first save). Returns whether it
 * is persisted, or undefined if the browser cannot tell; the answer is stored in meta.
 */
export async function requestPersistence(workbook: Workbook): Promise<boolean | undefined> {
  const storage = storageManager();
  if (workbook.backend === 'memory' || !storage?.persist) return undefined;
  try {
    const already = (await storage.persisted?.()) ?? false;
    const persisted = already || (await storage.persist());
    await workbook.meta.setPersisted(persisted);
    return persisted;
  } catch {
    return undefined;
  }
}

export interface StorageStatus {
  backend: 'indexeddb' | 'memory';
  persisted?: boolean;
  /** Bytes used and available to this site, when the browser says. */
  usage?: number;
  quota?: number;
  lastBackupAt?: string;
  changesSinceBackup: number;
  remindBackup: boolean;
}

/** Everything the Your data page shows about storage. */
export async function getStorageStatus(workbook: Workbook, now: Date = new Date()): Promise<StorageStatus> {
  const meta = await workbook.meta.get();
  const status: StorageStatus = {
    backend: workbook.backend,
    changesSinceBackup: meta.changesSinceBackup,
    remindBackup: shouldRemindBackup(meta, now),
  };
  if (meta.lastBackupAt !== undefined) status.lastBackupAt = meta.lastBackupAt;
  const storage = storageManager();
  try {
    const persisted = await storage?.persisted?.();
    if (persisted !== undefined) status.persisted = persisted;
    else if (meta.persisted !== undefined) status.persisted = meta.persisted;
    const estimate = await storage?.estimate?.();
    if (estimate?.usage !== undefined) status.usage = estimate.usage;
    if (estimate?.quota !== undefined) status.quota = estimate.quota;
  } catch {
    // The browser would not say; the page shows what it knows.
  }
  return status;
}
