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

/** Iterations the app uses, and the range it accepts on import (a hostile file cannot freeze the page). */
export const PBKDF2_ITERATIONS = 600_000;
export const PBKDF2_MIN_ITERATIONS = 100_000;
export const PBKDF2_MAX_ITERATIONS = 5_000_000;

/** Refuses arrays in which two records share an id (a merge could not tell which is meant). */
function uniqueIds<T extends { id: string }>(label: string) {
  return z.refine<T[]>((records) => new Set(records.map((r) => r.id)).size === records.length, {
    message: `Two ${label} have the same id`,
  });
}

/** Everything in a workbook (or one partnership of it). */
export const backupDataSchema = z.strictObject({
  partnerships: z.array(partnershipSchema).check(uniqueIds('partnerships')),
  templates: z
    .array(storedTemplateSchema)
    .check(
      z.refine(
        (ts) => new Set(ts.map((t) => `${t.id}@${t.version}`)).size === ts.length,
        'Two templates have the same id and version',
      ),
    ),
  rounds: z.array(checklistRoundSchema).check(uniqueIds('checklist rounds')),
  meetings: z.array(meetingSchema).check(uniqueIds('meetings')),
  actions: z.array(actionSchema).check(uniqueIds('actions')),
  goals: z.array(goalSchema).check(uniqueIds('goals')),
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
  iterations: z.number().check(z.int(), z.minimum(PBKDF2_MIN_ITERATIONS), z.maximum(PBKDF2_MAX_ITERATIONS)),
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
  ciphertext: base64(40_000_000),
});
export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>;
