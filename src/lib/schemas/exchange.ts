/**
 * The exchange between the pair's two devices (DESIGN.md, "The exchange between the pair's two
 * devices"): one payload, `mentoring-workbook-exchange`, that carries whatever the partner's device
 * lacks; the invite that carries the first one and the pair key; the sealed (encrypted) form every
 * later one travels in; and what each device keeps about the exchange (device-local, never shared
 * and never in a backup).
 */
import * as z from 'zod/mini';
import { actionSchema } from './action';
import { MAX, idSchema, isoDateTimeSchema, partnerRoleSchema, text } from './common';
import { goalSchema } from './goal';
import { meetingSchema } from './meeting';
import { deviceUserSchema, partnershipSchema } from './partnership';
import { revSchema, versionVectorSchema } from './rev';
import { checklistRoundSchema } from './round';
import { checklistTemplateSchema } from './template';
import { templateChangesLinkSchema } from './template-changes';

export const EXCHANGE_FORMAT = 'mentoring-workbook-exchange';
export const INVITE_FORMAT = 'mentoring-workbook-invite';
export const SEALED_FORMAT = 'mentoring-workbook-exchange-sealed';
/** The version every exchange, invite and sealed file is written with. */
export const EXCHANGE_VERSION = 1;

/** The most records of one kind an exchange may carry (a long log still fits; a hostile one does not). */
const MAX_RECORDS = 20_000;

/** Fields of a partnership that belong to this device alone: never sent, never overwritten. */
export const localPartnershipFields = ['answerMode', 'thisDevice', 'exampleData', 'ending'] as const;
/** Fields of a meeting that belong to this device alone (the private note above all). */
export const localMeetingFields = ['privateNote', 'inProgress', 'sharedFrom'] as const;

export const sharedPartnershipSchema = z.omit(partnershipSchema, {
  answerMode: true,
  thisDevice: true,
  exampleData: true,
  ending: true,
});
export type SharedPartnership = z.infer<typeof sharedPartnershipSchema>;

/** A meeting as it travels: never the private note, nor whether this device is still recording it. */
export const exchangedMeetingSchema = z.omit(meetingSchema, {
  privateNote: true,
  inProgress: true,
  sharedFrom: true,
});
export type ExchangedMeeting = z.infer<typeof exchangedMeetingSchema>;

/** The stores whose records can be deleted on one device and so need a tombstone on the other. */
export const deletableStores = ['meetings', 'actions', 'goals'] as const;
export type DeletableStore = (typeof deletableStores)[number];

/** A deletion, kept so that a later exchange cannot bring the record back. */
export const tombstoneSchema = z.strictObject({
  id: idSchema,
  store: z.enum(deletableStores),
  deletedAt: isoDateTimeSchema,
  /** The deleted record's stamp, moved on by the device that deleted it. */
  rev: revSchema,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

export const exchangeSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  partnershipId: idSchema,
  /** The device that made it, and whose answers it may carry. */
  from: z.strictObject({ device: idSchema, role: deviceUserSchema }),
  /** When it was made. */
  at: isoDateTimeSchema,
  /** What the sender's device holds (device → last clock reading): the receiver's acknowledgment. */
  have: versionVectorSchema,
  partnership: z.optional(sharedPartnershipSchema),
  /** The checklist, when it is not one the site ships (whole, or as changes against a shipped one). */
  template: z.optional(checklistTemplateSchema),
  templateChanges: z.optional(templateChangesLinkSchema),
  rounds: z.array(checklistRoundSchema).check(z.maxLength(MAX.list)),
  meetings: z.array(exchangedMeetingSchema).check(z.maxLength(MAX_RECORDS)),
  actions: z.array(actionSchema).check(z.maxLength(MAX_RECORDS)),
  goals: z.array(goalSchema).check(z.maxLength(MAX_RECORDS)),
  deletions: z.array(tombstoneSchema).check(z.maxLength(MAX_RECORDS)),
});
export type Exchange = z.infer<typeof exchangeSchema>;

/** 32 random bytes as base64url: the AES-256-GCM key the pair's devices share. */
export const pairKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a pair key'));

/** The invite: the first exchange, and the pair key every later one is sealed with. */
export const inviteSchema = z.strictObject({
  format: z.literal(INVITE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  key: pairKeySchema,
  /** Whose device this invite sets up: the other partner's (or either, from a device both shared). */
  for: partnerRoleSchema,
  exchange: exchangeSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

/** A sealed exchange as a file: the same text a link carries, with the partnership it is for. */
export const sealedFileSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  partnershipId: idSchema,
  data: z.string().check(z.maxLength(1_000_000)),
});
export type SealedFile = z.infer<typeof sealedFileSchema>;

/** A record both devices changed apart: the value kept, and the other, for the pair to settle. */
export const exchangeConflictSchema = z.strictObject({
  store: z.enum(['partnerships', 'rounds', 'meetings', 'actions', 'goals']),
  id: idSchema,
  /** Where in the record (`[]`: the whole record, e.g. deleted on one device and changed on the other). */
  path: z.array(text(80)).check(z.maxLength(4)),
  kept: z.unknown(),
  other: z.unknown(),
  /** True when the kept value is the other device's (this device's own was set aside). */
  keptTheirs: z.boolean(),
  at: isoDateTimeSchema,
});
export type ExchangeConflict = z.infer<typeof exchangeConflictSchema>;

/** What this device knows of one partner device. */
export const partnerDeviceSchema = z.strictObject({
  role: deviceUserSchema,
  /** What that device holds, as it last said (so only the rest is sent). */
  have: versionVectorSchema,
  lastSentAt: z.optional(isoDateTimeSchema),
  lastReceivedAt: z.optional(isoDateTimeSchema),
});
export type PartnerDevice = z.infer<typeof partnerDeviceSchema>;

/** What this device keeps about the exchange for one partnership (store `exchange`, database version 3). */
export const exchangeStateSchema = z.strictObject({
  /** The partnership's id. */
  id: idSchema,
  updatedAt: isoDateTimeSchema,
  /** This device's id for the partnership. */
  me: idSchema,
  /** The pair key, once there is one. */
  key: z.optional(pairKeySchema),
  partners: z.record(idSchema, partnerDeviceSchema).check(z.refine((r) => Object.keys(r).length <= 16)),
  tombstones: z.array(tombstoneSchema).check(z.maxLength(MAX_RECORDS)),
  conflicts: z.array(exchangeConflictSchema).check(z.maxLength(MAX.list)),
});
export type ExchangeState = z.infer<typeof exchangeStateSchema>;
