/**
 * A meeting in the log: the mentee's agenda, notes, and a short check that the time stayed protected.
 * `privateNote` is the owner's own: it goes into backups, never into anything shared or printed
 * unless the person chooses.
 */
import * as z from 'zod/mini';
import {
  MAX,
  idSchema,
  isoDateSchema,
  localTimeSchema,
  meetingFormatSchema,
  minutesSchema,
  recordFields,
  text,
} from './common';
import { revSchema } from './rev';

const yesPartlyNo = z.enum(['yes', 'partly', 'no']);

/** Two quick questions after a meeting: was it about the mentee, and free from interruptions? */
export const protectedTimeCheckSchema = z.strictObject({
  aboutMentee: yesPartlyNo,
  freeFromInterruptions: yesPartlyNo,
});
export type ProtectedTimeCheck = z.infer<typeof protectedTimeCheckSchema>;

/** `prepared`: agenda written ahead; `held`: the meeting took place. */
export const meetingStatusSchema = z.enum(['prepared', 'held']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSchema = z.strictObject({
  ...recordFields,
  partnershipId: idSchema,
  date: isoDateSchema,
  /** Local start time, `HH:mm`. */
  time: z.optional(localTimeSchema),
  durationMinutes: z.optional(minutesSchema),
  format: z.optional(meetingFormatSchema),
  /** The mentee's agenda. */
  agenda: text(MAX.medium),
  notes: text(MAX.long),
  privateNote: z.optional(text(MAX.long)),
  protectedTimeCheck: z.optional(protectedTimeCheckSchema),
  status: meetingStatusSchema,
  /** Set when the meeting arrived from the partner's device via a meeting summary link. */
  sharedFrom: z.optional(z.literal('partner')),
  /**
   * True from "Record a meeting" until "Finish": the meeting any view resumes. Absent on meetings
   * recorded before this field existed, which count as finished.
   */
  inProgress: z.optional(z.boolean()),
  /** The version stamp for the exchange between the pair's devices (schemas/rev.ts). */
  rev: z.optional(revSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** A meeting as shared with the partner: never carries the private note. */
export const sharedMeetingSchema = z.omit(meetingSchema, { privateNote: true });
export type SharedMeeting = z.infer<typeof sharedMeetingSchema>;
