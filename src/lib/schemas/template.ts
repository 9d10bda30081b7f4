/**
 * A checklist template and its items. The default template is site content; a trainer's template
 * arrives by link. Both use this schema, and a stored copy is kept by id and version.
 */
import * as z from 'zod/mini';
import { itemGroupIds } from '../expectations';
import { MAX, idSchema, meetingFormatSchema, recordFields, requiredText, text } from './common';

/** Items other parts of the workbook read (the meeting log reads the rhythm from them). */
export const itemRoles = [
  'meeting-frequency',
  'meeting-length',
  'meeting-format',
  'review-after',
  'confidentiality-exceptions',
] as const;
export const itemRoleSchema = z.enum(itemRoles);
export type ItemRole = z.infer<typeof itemRoleSchema>;

/**
 * Machine-readable values of a choice option, read by role items: `everyDays` for
 * `meeting-frequency` (e.g. 14 = fortnightly), `minutes` for `meeting-length`, `format` for
 * `meeting-format`, `months` for `review-after`.
 */
export const optionMetaSchema = z.strictObject({
  everyDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(366))),
  minutes: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(600))),
  months: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
  format: z.optional(meetingFormatSchema),
});
export type OptionMeta = z.infer<typeof optionMetaSchema>;

export const choiceOptionSchema = z.strictObject({
  id: idSchema,
  label: requiredText(MAX.short),
  /** What the agreement says when this option is chosen. */
  sentence: z.optional(text(MAX.line)),
  meta: z.optional(optionMetaSchema),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** Fields every item has, whatever its kind. */
const itemBase = {
  id: idSchema,
  /** The expectation (or practicalities) group the item belongs to. */
  expectation: z.enum(itemGroupIds),
  prompt: requiredText(MAX.line),
  help: z.optional(text(MAX.medium)),
  /** Site path and anchor of the guide section that explains it, e.g. `/guide/protected-time/#not-an-appraisal`. */
  guideLink: z.optional(
    text(MAX.short).check(
      z.regex(/^\/[a-z0-9/_-]*(#[A-Za-z0-9_-]+)?$/, 'Expected a site path such as /guide/x/#y'),
    ),
  ),
  role: z.optional(itemRoleSchema),
};

/** Two opposite statements; 1 = the left fully, 3 = shared, 5 = the right fully. */
export const scaleItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('scale'),
  left: requiredText(MAX.line),
  right: requiredText(MAX.line),
  /** What the agreement says for positions 1 to 5. */
  sentences: z.optional(
    z.tuple([text(MAX.line), text(MAX.line), text(MAX.line), text(MAX.line), text(MAX.line)]),
  ),
});

/** One of listed options, optionally "other" with the person's own words. */
export const choiceItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('choice'),
  options: z.array(choiceOptionSchema).check(
    z.minLength(2),
    z.maxLength(20),
    z.refine(
      (options) => new Set(options.map((o) => o.id)).size === options.length,
      'Option ids must be unique',
    ),
  ),
  allowOther: z.optional(z.boolean()),
});

/** A free answer the pair read together. */
export const textItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('text'),
  /** What the agreement says before the text, e.g. "We will not share:". */
  sentence: z.optional(text(MAX.line)),
});

export const itemSchema = z.discriminatedUnion('kind', [scaleItemSchema, choiceItemSchema, textItemSchema]);
export type Item = z.infer<typeof itemSchema>;
export type ScaleItem = z.infer<typeof scaleItemSchema>;
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type ItemKind = Item['kind'];

/** Template fields, as content and links carry them. */
const templateShape = {
  id: idSchema,
  /** Whole number from 1; a changed template gets a new version, never an edit in place. */
  version: z.number().check(z.int(), z.positive()),
  title: requiredText(MAX.short),
  programme: z.optional(text(MAX.short)),
  intro: z.optional(text(MAX.medium)),
  /** Who to contact about a safeguarding concern, in the programme's words. */
  safeguardingContact: z.optional(text(MAX.line)),
  items: z.array(itemSchema).check(
    z.minLength(1),
    z.maxLength(MAX.list),
    z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'Item ids must be unique'),
  ),
};

/** A checklist template as content, a trainer's link or the builder produce it. */
export const checklistTemplateSchema = z.strictObject(templateShape);
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** A template kept on this device (keyed by `[id, version]`), with the usual record timestamps. */
export const storedTemplateSchema = z.strictObject({ ...templateShape, ...recordFields });
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;
