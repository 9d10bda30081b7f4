/**
 * An action agreed in a meeting, who owns it, and what happened to it at later meetings.
 */
import * as z from 'zod/mini';
import { MAX, idSchema, isoDateSchema, isoDateTimeSchema, recordFields, requiredText } from './common';
import { revSchema } from './rev';

export const actionOwnerSchema = z.enum(['mentee', 'mentor', 'both']);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

export const actionStatusSchema = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** What a later meeting found: done, carried forward, or dropped. */
export const actionReviewSchema = z.strictObject({
  meetingId: idSchema,
  outcome: z.enum(['done', 'carried', 'dropped']),
  at: isoDateTimeSchema,
});
export type ActionReview = z.infer<typeof actionReviewSchema>;

export const actionSchema = z.strictObject({
  ...recordFields,
  partnershipId: idSchema,
  createdInMeetingId: idSchema,
  text: requiredText(MAX.line),
  owner: actionOwnerSchema,
  due: z.optional(isoDateSchema),
  /** The goal this action works towards, if any. */
  goalId: z.optional(idSchema),
  status: actionStatusSchema,
  reviews: z.array(actionReviewSchema).check(z.maxLength(MAX.list)),
  /** The version stamp for the exchange between the pair's devices (schemas/rev.ts). */
  rev: z.optional(revSchema),
});
export type Action = z.infer<typeof actionSchema>;
