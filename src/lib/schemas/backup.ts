/**
 * Backup files: the plain envelope (`mentoring-workbook`) and the passphrase-encrypted one
 * (`mentoring-workbook-encrypted`). The JSON Schema published at /schema/ is generated from these.
 */
import * as z from 'zod/mini';
import { actionSchema } from './action';
import { isoDateTimeSchema, idSchema } from './common';
import { goalSchema } from './goal';
import { meetingSchema } from './meeting';
import { partnershipSchema } from './partnership';
import { checklistRoundSchema } from './round';
import { storedTemplateSchema } from './template';

export const BACKUP_FORMAT = 'mentoring-workbook';
export const ENCRYPTED_BACKUP_FORMAT = 'mentoring-workbook-encrypted';
/** The backup format version this code writes. Older versions are migrated on import. */
export const BACKUP_VERSION = 1;

/**
 * The largest backup file this site makes or reads: 256 MB (a workbook of about 100,000 meetings).
 * Backing up refuses to make a larger file, so every backup it makes can be restored.
 */
export const MAX_BACKUP_MB = 256;
export const MAX_BACKUP_BYTES = MAX_BACKUP_MB * 1024 * 1024;

/**
 * The iteration count this site writes and reads. Exactly this: every backup this site has made
 * uses 600,000, so any other count means the file was changed (and a hostile count could freeze
 * the page), which is reported as damage rather than as a wrong passphrase.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** The record kinds in a backup's `data`, in the order files list them. */
export const backupKinds = ['partnerships', 'templates', 'rounds', 'meetings', 'actions', 'goals'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** The schema of each kind's records (read one record at a time from large files). */
export const backupRecordSchemas = {
  partnerships: partnershipSchema,
  templates: storedTemplateSchema,
  rounds: checklistRoundSchema,
  meetings: meetingSchema,
  actions: actionSchema,
  goals: goalSchema,
} as const;

/** What identifies a record of `kind`: its id, or id and version for templates (never changed in place). */
export function backupRecordKey(kind: BackupKind, record: { id: string; version?: number }): string {
  return kind === 'templates' ? `${record.id}@${String(record.version)}` : record.id;
}

const duplicateWords: Record<BackupKind, string> = {
  partnerships: 'Two partnerships have the same id',
  templates: 'Two templates have the same id and version',
  rounds: 'Two checklist rounds have the same id',
  meetings: 'Two meetings have the same id',
  actions: 'Two actions have the same id',
  goals: 'Two goals have the same id',
};

/** Why `records` cannot be merged (two share a key: which is meant?), or undefined when they can. */
export function duplicateProblem(
  kind: BackupKind,
  records: readonly { id: string; version?: number }[],
): string | undefined {
  const keys = new Set(records.map((r) => backupRecordKey(kind, r)));
  return keys.size === records.length ? undefined : duplicateWords[kind];
}

const uniqueIn = (kind: BackupKind) =>
  z.refine<{ id: string; version?: number }[]>((records) => duplicateProblem(kind, records) === undefined, {
    message: duplicateWords[kind],
  });

/** Everything in a workbook (or one partnership of it). */
export const backupDataSchema = z.strictObject({
  partnerships: z.array(partnershipSchema).check(uniqueIn('partnerships')),
  templates: z.array(storedTemplateSchema).check(uniqueIn('templates')),
  rounds: z.array(checklistRoundSchema).check(uniqueIn('rounds')),
  meetings: z.array(meetingSchema).check(uniqueIn('meetings')),
  actions: z.array(actionSchema).check(uniqueIn('actions')),
  goals: z.array(goalSchema).check(uniqueIn('goals')),
});
export type BackupData = z.infer<typeof backupDataSchema>;

/** `mentoring-workbook-YYYY-MM-DD.json`. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTimeSchema,
  /** Present when the file holds one partnership rather than the whole workbook. */
  partnershipId: z.optional(idSchema),
  data: backupDataSchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** Base64 (standard alphabet, padded) of at most `max` characters. */
const base64 = (max: number) =>
  z.string().check(z.maxLength(max), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64'));

/** A backup file encrypted with a passphrase: PBKDF2-SHA256 → AES-256-GCM, WebCrypto only. */
export const encryptedBackupSchema = z.strictObject({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.literal(PBKDF2_ITERATIONS),
  cipher: z.literal('AES-256-GCM'),
  /** 16 random bytes. */
  salt: base64(24).check(z.length(24)),
  /** 12 random bytes. */
  iv: base64(16).check(z.length(16)),
  /**
   * 16 bytes derived from the passphrase beside the key, so a wrong passphrase can be told apart
   * from a damaged file. It makes guessing no cheaper: each guess still costs the full PBKDF2.
   */
  check: base64(24).check(z.length(24)),
  /** The backup file's JSON, encrypted; the last 16 bytes are GCM's tag. */
  ciphertext: base64(MAX_BACKUP_BYTES).check(z.minLength(24)),
});
export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>;
