/**
 * Backup format versions: a file from an older version is brought up to date one step at a
 * time before it is validated. A file from a newer version is refused with a clear message.
 */
import { BACKUP_VERSION } from '../schemas';
import { TransferError } from './errors';

/** Step from `version` to `version + 1`, on the plain JSON value. None yet: version 1 is the first. */
export const backupSteps: Readonly<
  Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
> = {};

/**
 * Brings a backup (plain or encrypted envelope) to the current version. Throws
 * `newer-version` for a file from a newer site, `unsupported-version` for one no step can read.
 */
export function migrateBackup(
  file: Record<string, unknown>,
  steps: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = backupSteps,
  current: number = BACKUP_VERSION,
): Record<string, unknown> {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new TransferError('invalid', { detail: 'version: expected a whole number from 1' });
  }
  if (version > current)
    throw new TransferError('newer-version', {
      detail: `File version ${version}, this site reads up to ${current}`,
    });
  let migrated = file;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) throw new TransferError('unsupported-version', { detail: `No step from version ${v}` });
    migrated = { ...step(migrated), version: v + 1 };
  }
  return migrated;
}
