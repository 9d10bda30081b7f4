/**
 * Making a backup: the whole workbook or one partnership, as the `mentoring-workbook` envelope,
 * optionally encrypted with a passphrase.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MB,
  backupKinds,
  type BackupFile,
} from '../schemas';
import { localToday } from '../dates';
import type { Workbook } from '../storage';
import { formatBytes } from '../data/summary';
import { encryptBackup } from './crypto';
import { TransferError } from './errors';

export interface ExportOptions {
  /** Only this partnership (and the template versions it uses). */
  partnershipId?: string;
  /** Encrypt with this passphrase (PBKDF2-SHA256 + AES-256-GCM). */
  passphrase?: string;
  now?: Date;
  /** Record the backup in meta (resets the reminder). Default true. */
  markBackedUp?: boolean;
}

export interface ExportedBackup {
  /** `mentoring-workbook-YYYY-MM-DD.json` (the person's local date). */
  fileName: string;
  /** The file's contents. */
  text: string;
  /** The file's size in bytes (UTF-8). */
  bytes: number;
  /** The unencrypted envelope (handy for counts and tests). */
  backup: BackupFile;
  encrypted: boolean;
}

/** The file name for a backup made on `now`. */
export function backupFileName(now: Date = new Date()): string {
  return `mentoring-workbook-${localToday(now)}.json`;
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

/**
 * The backup as JSON text with one record per line: a person can still read it in a text editor,
 * and it is a third smaller than indenting every field (a large workbook's file stays restorable).
 */
export function backupText(backup: BackupFile): string {
  const { data, ...envelope } = backup;
  const head = JSON.stringify(envelope).slice(0, -1);
  const lists = backupKinds.map((kind) => {
    const records = data[kind].map((record) => JSON.stringify(record));
    return `${JSON.stringify(kind)}: [${records.length ? `\n${records.join(',\n')}\n` : ''}]`;
  });
  return `${head},\n"data": {\n${lists.join(',\n')}\n}}\n`;
}

/** The UTF-8 size of `text`, without making a copy of it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Refuses a backup that could not be restored (larger than `readBackup` accepts): says what it
 * would weigh, and what to do instead.
 */
export function assertRestorable(bytes: number, encrypted: boolean): void {
  if (bytes <= MAX_BACKUP_BYTES) return;
  throw new TransferError('too-large', {
    message: `This backup would be ${formatBytes(bytes)}, more than the ${MAX_BACKUP_MB} MB a backup can be restored from, so it was not made.`,
    hint: encrypted
      ? 'Back up one partnership at a time, or without a passphrase (the file is then a quarter smaller).'
      : 'Back up one partnership at a time: choose it under “What to back up”.',
    detail: `${Math.round(bytes)} bytes`,
  });
}

/**
 * Makes the backup file (text and name), encrypting it if a passphrase is given. Refuses (with
 * `too-large`, changing nothing) to make a file larger than a restore accepts.
 */
export async function exportBackup(workbook: Workbook, options: ExportOptions = {}): Promise<ExportedBackup> {
  const now = options.now ?? new Date();
  const backup = await createBackup(workbook, { ...options, now });
  const encrypted = options.passphrase !== undefined && options.passphrase !== '';
  let text = backupText(backup);
  if (encrypted) {
    // Checked before encrypting too (no point deriving a key): base64 adds a third.
    assertRestorable((utf8Bytes(text) * 4) / 3, true);
    text = JSON.stringify(await encryptBackup(text, options.passphrase ?? ''), null, 2);
  }
  const bytes = utf8Bytes(text);
  assertRestorable(bytes, encrypted);
  if (options.markBackedUp ?? true) await workbook.meta.markBackedUp(now.toISOString());
  return { fileName: backupFileName(now), text, bytes, backup, encrypted };
}
