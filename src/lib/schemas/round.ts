/**
 * A checklist round: both partners' answers to one template version, and what they agreed.
 * A partnership can hold several rounds (the first meeting, a review at three months, …).
 */
import * as z from 'zod/mini';
import { atMostListKeys, answersSchema, givenAnswerSchema } from './answers';
import { MAX, idSchema, isoDateSchema, isoDateTimeSchema, recordFields, text } from './common';
import { revSchema } from './rev';

/**
 * Where the round is. One device: `answering-first` → `handover` → `answering-second` →
 * `compare` → `settled`. Two devices: each answers on their own (`answering-first`), then
 * `compare` once the partner's answers arrive, then `settled`.
 */
export const roundStages = ['answering-first', 'handover', 'answering-second', 'compare', 'settled'] as const;
export const roundStageSchema = z.enum(roundStages);
export type RoundStage = z.infer<typeof roundStageSchema>;

/**
 * What the pair settled for one item. `value` is absent while an item is parked, or for a text
 * item marked read together without a joint wording.
 */
export const agreedEntrySchema = z.strictObject({
  value: z.optional(givenAnswerSchema),
  note: z.optional(text(MAX.medium)),
  /** A discuss item the pair chose to come back to on this date. */
  parkedUntil: z.optional(isoDateSchema),
  /** When a close item was confirmed (one confirmation settles it). */
  confirmedAt: z.optional(isoDateTimeSchema),
  /** A text item both have read together. */
  readTogether: z.optional(z.boolean()),
});
export type AgreedEntry = z.infer<typeof agreedEntrySchema>;

export const checklistRoundSchema = z.strictObject({
  ...recordFields,
  partnershipId: idSchema,
  templateId: idSchema,
  templateVersion: z.number().check(z.int(), z.positive()),
  /** 1 for the first meeting, 2 for the first review, … */
  number: z.number().check(z.int(), z.positive()),
  startedAt: isoDateTimeSchema,
  mentor: answersSchema,
  mentee: answersSchema,
  mentorDone: z.optional(isoDateTimeSchema),
  menteeDone: z.optional(isoDateTimeSchema),
  stage: roundStageSchema,
  agreed: z.record(idSchema, agreedEntrySchema).check(atMostListKeys),
  settledAt: z.optional(isoDateTimeSchema),
  /**
   * The version stamp of what both partners change together (the agreement, the stage). Each
   * partner's own answers have their own stamp (`answersRev`): only that partner's device changes them.
   */
  rev: z.optional(revSchema),
  answersRev: z.optional(z.strictObject({ mentor: z.optional(revSchema), mentee: z.optional(revSchema) })),
});
export type ChecklistRound = z.infer<typeof checklistRoundSchema>;
