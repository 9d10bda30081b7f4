/**
 * Restoring a backup: read (size-checked before reading), parse, decrypt, migrate and validate —
 * changing nothing — then preview what would change, then merge or replace in one transaction.
 */
import {
  BACKUP_FORMAT,
  ENCRYPTED_BACKUP_FORMAT,
  backupFileSchema,
  encryptedBackupSchema,
  linkFormats,
  type BackupData,
  type BackupFile,
} from '../schemas';
import { withLock, type ImportMode, type Workbook } from '../storage';
import { describeIssues } from '../storage/read-parse';
import { migrateBackup } from './backup-migrations';
import { decryptBackup } from './crypto';
import { TransferError } from './errors';
import { parseJson } from './safe-json';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ReadBackupResult =
  { status: 'needs-passphrase' } | { status: 'ready'; backup: BackupFile; encrypted: boolean };

/**
 * Reads a backup file (or its text). Returns `needs-passphrase` for an encrypted file read
 * without one. Throws `TransferError` for anything that is not a valid backup.
 */
export async function readBackup(input: Blob | string, passphrase?: string): Promise<ReadBackupResult> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) throw new TransferError('too-large', { detail: `${size} bytes` });
  let text: string;
  try {
    text =
      typeof input === 'string'
        ? input
        : new TextDecoder('utf-8', { fatal: true }).decode(await input.arrayBuffer());
  } catch (error) {
    throw new TransferError('not-json', { detail: 'Not UTF-8 text', cause: error });
  }
  // A byte-order mark (some editors add one) is not part of the JSON.
  const value = envelopeOf(parseJson(text.replace(/^\uFEFF/, '')));
  if (value.format === ENCRYPTED_BACKUP_FORMAT) {
    const parsed = encryptedBackupSchema.safeParse(migrateBackup(value));
    if (!parsed.success) throw new TransferError('bad-encryption', { detail: describeIssues(parsed.error) });
    if (passphrase === undefined || passphrase === '') return { status: 'needs-passphrase' };
    const inner = envelopeOf(parseJson(await decryptBackup(parsed.data, passphrase)));
    if (inner.format !== BACKUP_FORMAT) throw new TransferError('bad-encryption', { detail: 'Inner format' });
    return { status: 'ready', backup: validateBackup(inner), encrypted: true };
  }
  return { status: 'ready', backup: validateBackup(value), encrypted: false };
}

/** The top-level object, with its format checked. */
function envelopeOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TransferError('wrong-format');
  const record = value as Record<string, unknown>;
  if (record.format === BACKUP_FORMAT || record.format === ENCRYPTED_BACKUP_FORMAT) return record;
  if (Object.values(linkFormats).includes(record.format as never)) {
    throw new TransferError('wrong-kind', {
      message: 'This is a file for sharing with your partner, not a backup.',
    });
  }
  throw new TransferError('wrong-format');
}

/** Migrates and validates a plain backup, including that a one-partnership file holds only that partnership. */
function validateBackup(value: Record<string, unknown>): BackupFile {
  const parsed = backupFileSchema.safeParse(migrateBackup(value));
  if (!parsed.success) throw new TransferError('invalid', { detail: describeIssues(parsed.error) });
  const backup = parsed.data;
  const scope = backup.partnershipId;
  if (scope !== undefined) {
    const { partnerships, rounds, meetings, actions, goals } = backup.data;
    const stray = [...rounds, ...meetings, ...actions, ...goals].some((r) => r.partnershipId !== scope);
    if (stray || partnerships.some((p) => p.id !== scope)) {
      throw new TransferError('invalid', {
        detail: 'Records of another partnership in a one-partnership backup',
      });
    }
  }
  return backup;
}

type Kind = keyof BackupData;
const kinds: readonly Kind[] = ['partnerships', 'templates', 'rounds', 'meetings', 'actions', 'goals'];

export interface ImportPreview {
  /** `partnership` when the file holds one partnership. */
  scope: 'all' | 'partnership';
  exportedAt: string;
  /** Records in the file, per kind. */
  counts: Record<Kind, number>;
  /** Records already on this device with the same id: how many the file would update, and keep. */
  conflicts: Record<Kind, { fileNewer: number; deviceNewer: number }>;
  /** The partnerships in the file, to name them. */
  partnerships: { id: string; title?: string; onDevice: boolean }[];
}

const keyOf = (kind: Kind, r: { id: string; version?: number }) =>
  kind === 'templates' ? `${r.id}@${r.version}` : r.id;

/** What importing `backup` would do, without changing anything. */
export async function previewImport(workbook: Workbook, backup: BackupFile): Promise<ImportPreview> {
  const current = await workbook.snapshot();
  const counts = {} as ImportPreview['counts'];
  const conflicts = {} as ImportPreview['conflicts'];
  for (const kind of kinds) {
    const stored = new Map<string, string>(
      (current[kind] as { id: string; version?: number; updatedAt: string }[]).map((r) => [
        keyOf(kind, r),
        r.updatedAt,
      ]),
    );
    const incoming = backup.data[kind] as { id: string; version?: number; updatedAt: string }[];
    counts[kind] = incoming.length;
    conflicts[kind] = { fileNewer: 0, deviceNewer: 0 };
    for (const r of incoming) {
      const at = stored.get(keyOf(kind, r));
      if (at === undefined) continue;
      if (Date.parse(r.updatedAt) > Date.parse(at)) conflicts[kind].fileNewer++;
      else conflicts[kind].deviceNewer++;
    }
  }
  const onDevice = new Set(current.partnerships.map((p) => p.id));
  return {
    scope: backup.partnershipId === undefined ? 'all' : 'partnership',
    exportedAt: backup.exportedAt,
    counts,
    conflicts,
    partnerships: backup.data.partnerships.map((p) => ({
      id: p.id,
      ...(p.title !== undefined ? { title: p.title } : {}),
      onDevice: onDevice.has(p.id),
    })),
  };
}

/**
 * Imports a validated backup in one transaction. `merge`: newest `updatedAt` wins per record.
 * `replace`: what the file covers (everything, or its one partnership) is replaced by the file.
 */
export async function applyBackup(workbook: Workbook, backup: BackupFile, mode: ImportMode): Promise<void> {
  await withLock(() => workbook.importData(backup.data, mode, backup.partnershipId));
}

/**
 * Reads and imports in one go (for callers that skip the preview). Throws `TransferError`
 * (nothing changed) for a bad file, including `wrong-passphrase` and a missing passphrase.
 */
export async function importBackup(
  workbook: Workbook,
  input: Blob | string,
  options: { passphrase?: string; mode: ImportMode },
): Promise<BackupFile> {
  const result = await readBackup(input, options.passphrase);
  if (result.status === 'needs-passphrase') {
    throw new TransferError('wrong-passphrase', { message: 'This backup is protected with a passphrase.' });
  }
  await applyBackup(workbook, result.backup, options.mode);
  return result.backup;
}
