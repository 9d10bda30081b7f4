/**
 * A partnership: one mentor and one mentee working together, with the checklist template they
 * pinned and how they use their devices.
 */
import * as z from 'zod/mini';
import {
  MAX,
  idSchema,
  isoDateSchema,
  localDateTimeSchema,
  meetingFormatSchema,
  minutesSchema,
  recordFields,
  text,
} from './common';
import { revSchema } from './rev';

/** Whether the pair answer the checklist taking turns on one device, or each on their own. */
export const answerModeSchema = z.enum(['one-device', 'two-devices']);
export type AnswerMode = z.infer<typeof answerModeSchema>;

/** Who uses this device: the mentor, the mentee, or both (one device shared). */
export const deviceUserSchema = z.enum(['mentor', 'mentee', 'both']);
export type DeviceUser = z.infer<typeof deviceUserSchema>;

/** The next meeting the pair planned; `start` is local wall-clock time (no zone). */
export const nextMeetingSchema = z.strictObject({
  start: localDateTimeSchema,
  durationMinutes: minutesSchema,
  format: z.optional(meetingFormatSchema),
});
export type NextMeeting = z.infer<typeof nextMeetingSchema>;

/** What one partner takes from the partnership at its end, in their words. */
export const reflectionSchema = z.strictObject({
  wentWell: text(MAX.medium),
  takeAway: text(MAX.medium),
  /** True when the partner chose to put it in the closing summary; otherwise it stays private. */
  shared: z.boolean(),
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** The end of the partnership: each partner's reflection, and the day they closed it. */
export const endingSchema = z.strictObject({
  /** Present while the partnership is closed (and so read-only); removed when it is reopened. */
  closedOn: z.optional(isoDateSchema),
  mentor: z.optional(reflectionSchema),
  mentee: z.optional(reflectionSchema),
});
export type Ending = z.infer<typeof endingSchema>;

export const partnershipSchema = z.strictObject({
  ...recordFields,
  /** A name the pair give it, e.g. "Sam and Priya". */
  title: z.optional(text(MAX.short)),
  mentorName: z.optional(text(MAX.short)),
  menteeName: z.optional(text(MAX.short)),
  /** The day the partnership began. */
  startedOn: z.optional(isoDateSchema),
  /** The checklist template the pair use, by id… */
  templateId: idSchema,
  /** …and the version they started with (pinned: a newer version never changes their checklist). */
  templateVersion: z.number().check(z.int(), z.positive()),
  /** When the pair plan to review how it is going. */
  reviewOn: z.optional(isoDateSchema),
  answerMode: answerModeSchema,
  thisDevice: deviceUserSchema,
  nextMeeting: z.optional(nextMeetingSchema),
  /** True for the demonstration pair, so pages can label it and offer to remove it. */
  exampleData: z.optional(z.boolean()),
  /** How the pair closed the partnership (device-local: reflections are never sent to the partner). */
  ending: z.optional(endingSchema),
  /** The version stamp for the exchange between the pair's devices (schemas/rev.ts). */
  rev: z.optional(revSchema),
});
export type Partnership = z.infer<typeof partnershipSchema>;
