/**
 * A mentee's goal and how it changed over time (goals may change: that is part of the design).
 */
import * as z from 'zod/mini';
import { MAX, idSchema, isoDateTimeSchema, recordFields, requiredText } from './common';

export const goalStatusSchema = z.enum(['active', 'achieved', 'changed', 'dropped']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

/** One earlier state of the goal, appended whenever its text or status changes. */
export const goalHistoryEntrySchema = z.strictObject({
  at: isoDateTimeSchema,
  status: goalStatusSchema,
  text: requiredText(MAX.line),
});
export type GoalHistoryEntry = z.infer<typeof goalHistoryEntrySchema>;

export const goalSchema = z.strictObject({
  ...recordFields,
  partnershipId: idSchema,
  text: requiredText(MAX.line),
  status: goalStatusSchema,
  history: z.array(goalHistoryEntrySchema).check(z.maxLength(MAX.list)),
});
export type Goal = z.infer<typeof goalSchema>;
