/**
 * Payloads that travel in a link's fragment (`#p=<partnership>&<kind>=<payload>`) or as a file:
 * between the pair's two devices (join, answers, agreement, meeting summary) and from trainers
 * (template, template-changes). Each carries a format tag and a version.
 */
import * as z from 'zod/mini';
import { actionSchema } from './action';
import { answersSchema, atMostListKeys } from './answers';
import { idSchema, isoDateTimeSchema, partnerRoleSchema } from './common';
import { sharedMeetingSchema } from './meeting';
import { nextMeetingSchema, partnershipSchema } from './partnership';
import { agreedEntrySchema } from './round';
import { checklistTemplateSchema } from './template';
import { templateChangesLinkSchema } from './template-changes';
import { INVITE_FORMAT, inviteSchema } from './exchange';

/** The version every link payload is written with. */
export const LINK_VERSION = 1;

const templateRef = {
  templateId: idSchema,
  templateVersion: z.number().check(z.int(), z.positive()),
};

/** Sets up the partner's device for a two-device checklist. */
export const joinLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-join'),
  version: z.literal(LINK_VERSION),
  partnership: z.pick(partnershipSchema, {
    id: true,
    title: true,
    mentorName: true,
    menteeName: true,
    startedOn: true,
    templateId: true,
    templateVersion: true,
    reviewOn: true,
  }),
  roundId: idSchema,
  roundNumber: z.number().check(z.int(), z.positive()),
  /** The sender's role; the receiving device is the other one. */
  from: partnerRoleSchema,
  /** The template itself, when it is not one the site ships. */
  template: z.optional(checklistTemplateSchema),
});
export type JoinLink = z.infer<typeof joinLinkSchema>;

/** One partner's answers, sent to the other device to compare. */
export const answersLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-answers'),
  version: z.literal(LINK_VERSION),
  partnershipId: idSchema,
  roundId: idSchema,
  ...templateRef,
  from: partnerRoleSchema,
  answers: answersSchema,
  doneAt: z.optional(isoDateTimeSchema),
});
export type AnswersLink = z.infer<typeof answersLinkSchema>;

/** What the pair agreed, so both devices hold the same agreement. */
export const agreementLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-agreement'),
  version: z.literal(LINK_VERSION),
  partnershipId: idSchema,
  roundId: idSchema,
  ...templateRef,
  agreed: z.record(idSchema, agreedEntrySchema).check(atMostListKeys),
  settledAt: z.optional(isoDateTimeSchema),
});
export type AgreementLink = z.infer<typeof agreementLinkSchema>;

/** A meeting's summary for the partner: never the private note. */
export const meetingLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-meeting'),
  version: z.literal(LINK_VERSION),
  partnershipId: idSchema,
  meeting: sharedMeetingSchema,
  actions: z.array(actionSchema).check(z.maxLength(50)),
  nextMeeting: z.optional(nextMeetingSchema),
});
export type MeetingLink = z.infer<typeof meetingLinkSchema>;

/** A trainer's checklist template. */
export const templateLinkSchema = z.strictObject({
  format: z.literal('mentoring-workbook-template'),
  version: z.literal(LINK_VERSION),
  template: checklistTemplateSchema,
});
export type TemplateLink = z.infer<typeof templateLinkSchema>;

/** Link kinds, as they appear as the fragment parameter name (`#p=…&answers=…`). */
export const linkSchemas = {
  join: joinLinkSchema,
  answers: answersLinkSchema,
  agreement: agreementLinkSchema,
  meeting: meetingLinkSchema,
  template: templateLinkSchema,
  /** A trainer's checklist as its changes against a shipped one (schemas/template-changes.ts). */
  'template-changes': templateChangesLinkSchema,
  /** The invite to the partner's device: the first exchange and the pair key (schemas/exchange.ts). */
  invite: inviteSchema,
} as const;
export type LinkKind = keyof typeof linkSchemas;
export const linkKinds = Object.keys(linkSchemas) as LinkKind[];

/** The payload type for a link kind. */
export type LinkPayload<K extends LinkKind> = z.infer<(typeof linkSchemas)[K]>;

/** The format tag each kind carries. */
export const linkFormats: { [K in LinkKind]: LinkPayload<K>['format'] } = {
  join: 'mentoring-workbook-join',
  answers: 'mentoring-workbook-answers',
  agreement: 'mentoring-workbook-agreement',
  meeting: 'mentoring-workbook-meeting',
  template: 'mentoring-workbook-template',
  'template-changes': 'mentoring-workbook-template-changes',
  invite: INVITE_FORMAT,
};
