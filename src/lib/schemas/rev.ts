/**
 * The version stamp every record shared between the pair's devices carries (`rev`), so that two
 * copies changed apart can be put in order, or found to be changed on both sides. `vv` maps each
 * device that has changed the record to the last clock reading it stamped (a version vector whose
 * readings are hybrid logical clocks: milliseconds, never behind anything the record has seen);
 * `by` is the device that made this version. lib/exchange/clock.ts holds the rules.
 */
import * as z from 'zod/mini';
import { idSchema } from './common';

/** A clock reading: milliseconds since 1970, or a little ahead of them. */
const reading = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));

/** Device id → its last clock reading. A pair has two devices; a few more (an old laptop) are fine. */
export const versionVectorSchema = z
  .record(idSchema, reading)
  .check(z.refine((vv) => Object.keys(vv).length <= 16, 'At most 16 devices'));
export type VersionVector = z.infer<typeof versionVectorSchema>;

export const revSchema = z.strictObject({
  vv: versionVectorSchema,
  by: idSchema,
});
export type Rev = z.infer<typeof revSchema>;
