/**
 * Restoring a backup: read it (backup-read.ts) — changing nothing — then preview what would
 * change, then merge or replace in one transaction.
 */
import type { BackupData, BackupFile } from '../schemas';
import { backupKinds, backupRecordKey, type BackupKind } from '../schemas';
import { partnershipLabel } from '../data/partnership-label';
import { withLock, type ImportMode, type Workbook } from '../storage';
import { findOrphans, withStandIns, type OrphanGroup } from './backup-orphans';
import { readBackup } from './backup-read';
import { TransferError } from './errors';

export interface ImportPreview {
  /** `partnership` when the file holds one partnership. */
  scope: 'all' | 'partnership';
  exportedAt: string;
  /** Records in the file, per kind. */
  counts: Record<BackupKind, number>;
  /** Records already on this device with the same id: how many the file would update, and keep. */
  conflicts: Record<BackupKind, { fileNewer: number; deviceNewer: number }>;
  /** The partnerships in the file, named as every page names them. */
  partnerships: { id: string; label: string; onDevice: boolean }[];
  /** Records whose partnership is not in the file (see backup-orphans.ts). */
  orphans: OrphanGroup[];
}

/** What importing `backup` would do, without changing anything. */
export async function previewImport(workbook: Workbook, backup: BackupFile): Promise<ImportPreview> {
  const current = await workbook.snapshot();
  const counts = {} as ImportPreview['counts'];
  const conflicts = {} as ImportPreview['conflicts'];
  for (const kind of backupKinds) {
    const stored = new Map<string, string>(
      (current[kind] as { id: string; version?: number; updatedAt: string }[]).map((r) => [
        backupRecordKey(kind, r),
        r.updatedAt,
      ]),
    );
    const incoming = backup.data[kind] as { id: string; version?: number; updatedAt: string }[];
    counts[kind] = incoming.length;
    conflicts[kind] = { fileNewer: 0, deviceNewer: 0 };
    for (const r of incoming) {
      const at = stored.get(backupRecordKey(kind, r));
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
      label: partnershipLabel(p),
      onDevice: onDevice.has(p.id),
    })),
    orphans: findOrphans(backup.data, onDevice),
  };
}

/**
 * Imports a validated backup in one transaction. `merge`: newest `updatedAt` wins per record.
 * `replace`: what the file covers (everything, or its one partnership) is replaced by the file.
 * Records whose partnership would be missing come in under a "Recovered records" partnership.
 */
export async function applyBackup(workbook: Workbook, backup: BackupFile, mode: ImportMode): Promise<void> {
  await withLock(async () => {
    const onDevice = new Set((await workbook.partnerships.list()).map((p) => p.id));
    const data: BackupData = withStandIns(backup.data, mode, onDevice);
    await workbook.importData(data, mode, backup.partnershipId);
  });
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
