/**
 * A mentee's goal and how it changed over time (goals may change: that is part of the design).
 */
import * as z from 'zod/mini';
import { MAX, idSchema, isoDateTimeSchema, recordFields, requiredText } from './common';
import { revSchema } from './rev';

export const goalStatusSchema = z.enum(['active', 'achieved', 'changed', 'dropped']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

/** One earlier state of the goal, appended whenever its text or status changes. */
export const goalHistoryEntrySchema = z.strictObject({
  at: isoDateTimeSchema,
  status: goalStatusSchema,
  text: requiredText(MAX.line),
});
export type GoalHistoryEntry = z.infer<typeof goalHistoryEntrySchema>;

/** A short note at a meeting on how the goal is going. */
export const goalProgressSchema = z.strictObject({
  at: isoDateTimeSchema,
  /** The meeting where it was written, if any. */
  meetingId: z.optional(idSchema),
  text: requiredText(MAX.line),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

export const goalSchema = z.strictObject({
  ...recordFields,
  partnershipId: idSchema,
  text: requiredText(MAX.line),
  status: goalStatusSchema,
  history: z.array(goalHistoryEntrySchema).check(z.maxLength(MAX.list)),
  /** Progress notes, oldest first (absent on goals from before they existed). */
  progress: z.optional(z.array(goalProgressSchema).check(z.maxLength(MAX.list))),
  /** The version stamp for the exchange between the pair's devices (schemas/rev.ts). */
  rev: z.optional(revSchema),
});
export type Goal = z.infer<typeof goalSchema>;
