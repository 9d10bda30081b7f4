/**
 * Making a backup: the whole workbook or one partnership, as the `mentoring-workbook` envelope,
 * optionally encrypted with a passphrase.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, todayLocal, type BackupFile } from '../schemas';
import type { Workbook } from '../storage';
import { encryptBackup } from './crypto';

export interface ExportOptions {
  /** Only this partnership (and the template versions it uses). */
  partnershipId?: string;
  /** Encrypt with this passphrase (PBKDF2-SHA256 + AES-256-GCM). */
  passphrase?: string;
  /** For tests: a cheaper key derivation. Never lower in real use. */
  iterations?: number;
  now?: Date;
  /** Record the backup in meta (resets the reminder). Default true. */
  markBackedUp?: boolean;
}

export interface ExportedBackup {
  /** `mentoring-workbook-YYYY-MM-DD.json` (the person's local date). */
  fileName: string;
  /** The file's contents. */
  text: string;
  /** The unencrypted envelope (handy for counts and tests). */
  backup: BackupFile;
  encrypted: boolean;
}

/** The file name for a backup made on `now`. */
export function backupFileName(now: Date = new Date()): string {
  return `mentoring-workbook-${todayLocal(now)}.json`;
}

/** Builds the backup envelope from one consistent read of the workbook. */
export async function createBackup(
  workbook: Workbook,
  options: Pick<ExportOptions, 'partnershipId' | 'now'> = {},
): Promise<BackupFile> {
  const data = await workbook.snapshot(options.partnershipId);
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    data,
  };
  if (options.partnershipId !== undefined) backup.partnershipId = options.partnershipId;
  return backup;
}

/** Makes the backup file (text and name), encrypting it if a passphrase is given. */
export async function exportBackup(workbook: Workbook, options: ExportOptions = {}): Promise<ExportedBackup> {
  const now = options.now ?? new Date();
  const backup = await createBackup(workbook, { ...options, now });
  const plain = JSON.stringify(backup, null, 2);
  const encrypted = options.passphrase !== undefined && options.passphrase !== '';
  const text = encrypted
    ? JSON.stringify(await encryptBackup(plain, options.passphrase ?? '', options.iterations), null, 2)
    : plain;
  if (options.markBackedUp ?? true) await workbook.meta.markBackedUp(now.toISOString());
  return { fileName: backupFileName(now), text, backup, encrypted };
}
