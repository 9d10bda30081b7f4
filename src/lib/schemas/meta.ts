/**
 * Workbook-wide bookkeeping (backup reminders, persistence) and quarantined records.
 */
import * as z from 'zod/mini';
import { MAX, isoDateTimeSchema, recordFields, text } from './common';

/** The id of the single meta record. */
export const META_ID = 'workbook';

export const metaSchema = z.strictObject({
  ...recordFields,
  lastBackupAt: z.optional(isoDateTimeSchema),
  /** Saves since the last backup; drives the backup reminder. */
  changesSinceBackup: z.number().check(z.int(), z.nonnegative()),
  /** Whether the browser granted persistent storage, when last asked. */
  persisted: z.optional(z.boolean()),
  /**
   * Written by early builds while the example pair was on the device; no longer written (the example
   * partnership carries its own `exampleData` flag). Kept so such records still read.
   */
  exampleData: z.optional(z.boolean()),
});
export type Meta = z.infer<typeof metaSchema>;

/** The stores whose records can be quarantined. */
export const dataStoreNames = [
  'partnerships',
  'templates',
  'rounds',
  'meetings',
  'actions',
  'goals',
  'meta',
  'trash',
  'exchange',
] as const;
export type DataStoreName = (typeof dataStoreNames)[number];

/**
 * A stored record that failed its schema on read. Kept, never dropped, so it can be shown on
 * the Your data page, exported, and perhaps repaired.
 */
export const quarantineRecordSchema = z.strictObject({
  ...recordFields,
  store: z.enum(dataStoreNames),
  /** Why it failed, in words. */
  reason: text(MAX.medium),
  /** The record as it was, as JSON. Not limited: it is what we found, not what a person typed. */
  raw: z.string(),
  at: isoDateTimeSchema,
});
export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;
