/**
 * A trainer's checklist as its changes against a checklist the site ships (by id and version), so
 * that a tailored checklist fits one QR code. The shipped checklist never changes under its id and
 * version, so the receiving device rebuilds exactly the trainer's template from it; `sum` (a
 * fingerprint of the result) proves it did. lib/trainers/template-changes.ts makes and reads these.
 */
import * as z from 'zod/mini';
import { MAX, idSchema } from './common';
import { itemSchema } from './template';

const index = z.number().check(z.int(), z.minimum(0), z.maximum(MAX.list - 1));
const version = z.number().check(z.int(), z.positive());

/** The template-wide fields a change can set or remove (`title` can only be set: it is required). */
export const templateDetailKeys = ['title', 'programme', 'intro', 'safeguardingContact'] as const;
const optionalDetailKeys = ['programme', 'intro', 'safeguardingContact'] as const;

/** One entry of the new item list: kept base items, a changed base item, or a new item. */
export const itemChangeSchema = z.union([
  /** The base's item at this index, unchanged. */
  index,
  /** The base's items from the first index to the second, unchanged. */
  z.tuple([index, index]),
  /** The base's item at `b`, with some fields replaced (`set`) or removed (`unset`). */
  z.strictObject({
    b: index,
    set: z.optional(z.record(z.string().check(z.maxLength(40)), z.unknown())),
    unset: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))),
  }),
  /** An item the base does not have. */
  itemSchema,
]);
export type ItemChange = z.infer<typeof itemChangeSchema>;

export const templateChangesLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-template-changes'),
  version: z.literal(1),
  /** The shipped checklist the changes apply to. */
  base: z.strictObject({ id: idSchema, version }),
  /** The trainer's template's own id and version. */
  id: idSchema,
  v: version,
  set: z.optional(z.partialRecord(z.enum(templateDetailKeys), z.string().check(z.maxLength(MAX.medium)))),
  unset: z.optional(z.array(z.enum(optionalDetailKeys)).check(z.maxLength(3))),
  items: z.array(itemChangeSchema).check(z.minLength(1), z.maxLength(MAX.list)),
  /** Fingerprint of the whole template the changes make (lib/trainers/template-changes.ts). */
  sum: z.string().check(z.regex(/^[0-9a-z]{1,13}$/)),
});
export type TemplateChangesLink = z.infer<typeof templateChangesLinkSchema>;
