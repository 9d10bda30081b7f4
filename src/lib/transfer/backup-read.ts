/**
 * Reading a backup file: size-checked before reading, read a piece at a time (backup-scan.ts),
 * decrypted, migrated and validated — changing nothing. Large files are never held as one string:
 * a plain file goes from the file's stream straight to its records, and an encrypted one from its
 * decrypted bytes.
 */
import * as z from 'zod/mini';
import {
  BACKUP_FORMAT,
  ENCRYPTED_BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MB,
  backupFileSchema,
  backupKinds,
  backupRecordSchemas,
  duplicateProblem,
  encryptedBackupSchema,
  type BackupData,
  type BackupFile,
  type BackupKind,
} from '../schemas';
import { linkFormats } from '../schemas/links';
import { describeIssues } from '../storage/read-parse';
import { formatBytes } from '../data/summary';
import { migrateBackup } from './backup-migrations';
import { scanBackup, type ScannedBackup } from './backup-scan';
import { decryptBackup } from './crypto';
import { TransferError } from './errors';

/** Characters per piece when reading text already in memory, and bytes per piece of decrypted data. */
const PIECE = 1 << 20;

export type ReadBackupResult =
  { status: 'needs-passphrase' } | { status: 'ready'; backup: BackupFile; encrypted: boolean };

/** The refusal of a file past the limit, with both sizes. */
export function tooLarge(bytes: number): TransferError {
  return new TransferError('too-large', {
    message: `This file is too large to restore: it is ${formatBytes(bytes)}, and a backup can be at most ${MAX_BACKUP_MB} MB.`,
    hint: 'Check you chose the right file: this site never makes a backup larger than that.',
    detail: `${bytes} bytes`,
  });
}

/**
 * Reads a backup file (or its text). Returns `needs-passphrase` for an encrypted file read
 * without one. Throws `TransferError` for anything that is not a valid backup.
 */
export async function readBackup(input: Blob | string, passphrase?: string): Promise<ReadBackupResult> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_BACKUP_BYTES) throw tooLarge(size);
  const scanned = await scanBackup(typeof input === 'string' ? textPieces(input) : blobPieces(input));
  const value = envelopeOf(scanned.envelope);
  if (value.format !== ENCRYPTED_BACKUP_FORMAT) {
    return { status: 'ready', backup: validateBackup(value, scanned), encrypted: false };
  }
  const parsed = encryptedBackupSchema.safeParse(migrateBackup(value));
  if (!parsed.success) throw new TransferError('bad-encryption', { detail: describeIssues(parsed.error) });
  if (passphrase === undefined || passphrase === '') return { status: 'needs-passphrase' };
  const inner = await scanBackup(bytePieces(await decryptBackup(parsed.data, passphrase)));
  const innerValue = envelopeOf(inner.envelope);
  if (innerValue.format !== BACKUP_FORMAT)
    throw new TransferError('bad-encryption', { detail: 'Inner format' });
  return { status: 'ready', backup: validateBackup(innerValue, inner), encrypted: true };
}

function* textPieces(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += PIECE) yield text.slice(i, i + PIECE);
}

const notUtf8 = (cause: unknown) => new TransferError('not-json', { detail: 'Not UTF-8 text', cause });

function* bytePieces(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let i = 0; i < bytes.length; i += PIECE) {
      yield decoder.decode(bytes.subarray(i, i + PIECE), { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TransferError) throw error;
    throw notUtf8(error);
  }
}

/** A file's text as it streams in (a reader loop: not every browser can iterate a stream). */
async function* blobPieces(blob: Blob): AsyncGenerator<string> {
  const reader = blob
    .stream()
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
    .getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<string>;
      try {
        next = await reader.read();
      } catch (error) {
        throw notUtf8(error);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
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

/** The envelope with `data` holding six lists of records still to be checked one by one. */
const envelopeShape = z.extend(backupFileSchema, {
  data: z.strictObject(
    Object.fromEntries(backupKinds.map((kind) => [kind, z.array(z.unknown())])) as Record<
      BackupKind,
      z.ZodMiniArray<z.ZodMiniUnknown>
    >,
  ),
});

const invalid = (detail: string) => new TransferError('invalid', { detail });

/**
 * Migrates and validates a plain backup, record by record, including that a one-partnership file
 * holds only that partnership. The records cut out by the scan go back in before migrating.
 */
function validateBackup(value: Record<string, unknown>, scanned: ScannedBackup): BackupFile {
  const data = value.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const lists = data as Record<string, unknown>;
    for (const kind of backupKinds) if (scanned.records[kind].length > 0) lists[kind] = scanned.records[kind];
  }
  const shaped = envelopeShape.safeParse(migrateBackup(value));
  if (!shaped.success) throw invalid(describeIssues(shaped.error));
  const out = {} as Record<BackupKind, unknown[]>;
  for (const kind of backupKinds) {
    const schema = backupRecordSchemas[kind] as z.ZodMiniType;
    const raw = shaped.data.data[kind];
    const records: unknown[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const result = schema.safeParse(raw[i]);
      if (!result.success) throw invalid(describeIssues(result.error, ['data', kind, i]));
      records[i] = result.data;
      raw[i] = undefined; // let the unchecked copy go as soon as it is checked
    }
    const duplicate = duplicateProblem(kind, records as { id: string }[]);
    if (duplicate) throw invalid(`data.${kind}: ${duplicate}`);
    out[kind] = records;
  }
  const backup: BackupFile = { ...shaped.data, data: out as BackupData };
  const scope = backup.partnershipId;
  if (scope !== undefined) {
    const { partnerships, rounds, meetings, actions, goals } = backup.data;
    const stray = [rounds, meetings, actions, goals].some((list) =>
      list.some((r) => r.partnershipId !== scope),
    );
    if (stray || partnerships.some((p) => p.id !== scope)) {
      throw invalid('Records of another partnership in a one-partnership backup');
    }
  }
  return backup;
}
