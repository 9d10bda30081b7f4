/**
 * Building blocks shared by every workbook schema: ids, ISO dates and times, text limits and the
 * fields every stored record carries. Kept in one place so the limits are the same everywhere.
 */
import * as z from 'zod/mini';

/** Maximum lengths for text fields, in characters. Generous for people, small enough to stay fast. */
export const MAX = {
  /** Names, titles, labels. */
  short: 120,
  /** Prompts, action and goal text, one-line sentences. */
  line: 600,
  /** An agenda, an agreed note, a free-text answer. */
  medium: 5000,
  /** Meeting notes and private notes. */
  long: 20000,
  /** Items in a template, answers in a round, reviews on an action, entries in a goal's history. */
  list: 200,
} as const;

/**
 * An id: 1–64 URL-safe characters starting with a letter or digit. Random ids come from `newId()`;
 * content ids such as `default` or `meeting-frequency` are fine too. Names of `Object.prototype`
 * members (`constructor`, `toString`…) are refused so an id can safely key a plain object.
 */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Expected an id of letters, digits, - and _'),
  z.refine((id) => !(id in Object.prototype), 'This id is reserved'),
);

/** An instant as `Date.prototype.toISOString()` writes it, in UTC: `2026-11-28T09:30:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime();

/** A calendar date: `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** A local wall-clock time: `HH:mm`. */
export const localTimeSchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:mm'));

/** A local date and time without a zone: `YYYY-MM-DDTHH:mm` (what `<input type="datetime-local">` gives). */
export const localDateTimeSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
      'Expected YYYY-MM-DDTHH:mm',
    ),
  );

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** A non-empty, trimmed-looking string of at most `max` characters (whitespace-only is refused). */
export const requiredText = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => s.trim().length > 0, 'Must not be empty'),
  );

/** How a meeting happens. */
export const meetingFormats = ['in-person', 'video', 'phone'] as const;
export const meetingFormatSchema = z.enum(meetingFormats);
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;

/** The two people in a partnership. */
export const partnerRoles = ['mentor', 'mentee'] as const;
export const partnerRoleSchema = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

/** Fields every stored record has; merge and sync compare `updatedAt`. */
export const recordFields = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};

/** A whole number of minutes for a meeting (5 minutes to 10 hours). */
export const minutesSchema = z.number().check(z.int(), z.minimum(5), z.maximum(600));
