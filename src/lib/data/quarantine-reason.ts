/**
 * Why a record was set aside, in plain words, and what the person can do about it. The stored
 * reason is technical ("createdAt: Invalid input", kept for whoever repairs the file); these words
 * come from checking the record's raw contents again, so records set aside by older versions of
 * the site are explained the same way.
 */
import type * as z from 'zod/mini';
import { backupRecordSchemas } from '../schemas/backup';
import { metaSchema, type QuarantineRecord } from '../schemas/meta';
import { formatInstant } from '../dates';

/** The schema each store's records must pass (a trash entry is a whole partnership: not checked field by field here). */
const schemas: Partial<Record<QuarantineRecord['store'], z.ZodMiniType>> = {
  ...backupRecordSchemas,
  meta: metaSchema,
};

/** What a field is called in a sentence; other fields are named as they are stored. */
const fieldWords: Record<string, string> = {
  createdAt: 'creation date',
  updatedAt: 'date of last change',
  startedAt: 'start date',
  startedOn: 'start date',
  reviewOn: 'review date',
  date: 'date',
  due: 'due date',
  time: 'time',
  at: 'date',
  notes: 'notes',
  agenda: 'agenda',
  privateNote: 'private note',
  partnershipId: 'link to its partnership',
  createdInMeetingId: 'link to its meeting',
  id: 'id',
  title: 'title',
  text: 'text',
  status: 'status',
  owner: 'owner',
  durationMinutes: 'length',
  format: 'format',
  changesSinceBackup: 'count of changes',
};

/** Fields named in the plural ("its notes are…"). */
const plurals = new Set(['notes', 'items', 'reviews', 'history', 'options', 'sentences']);

type Issue = z.core.$ZodIssue;

/** The stored value at the issue's path. */
function valueAt(raw: unknown, issue: Issue): unknown {
  let value = raw;
  for (const part of issue.path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** One problem as a sentence: "Its date is not a valid date (it says “yesterday”)." */
function sentence(raw: unknown, issue: Issue): string {
  const key = [...issue.path].reverse().find((part): part is string => typeof part === 'string');
  const field = key === undefined ? 'contents' : (fieldWords[key] ?? `“${key}” field`);
  const is = key !== undefined && plurals.has(key) ? 'are' : 'is';
  const value = valueAt(raw, issue);
  const says = typeof value === 'string' && value.length <= 40 ? ` (it says “${value}”)` : '';
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `Its ${field} ${is} missing.`
        : `Its ${field} ${is} the wrong kind of value.`;
    case 'unrecognized_keys':
      return `It has parts this version of the site does not know: ${issue.keys.map((k) => `“${k}”`).join(', ')}.`;
    case 'too_big':
      return `Its ${field} ${is} longer than the site allows.`;
    case 'too_small':
      return `Its ${field} ${is} empty or too short.`;
    case 'invalid_format':
      return /date|time/.test(issue.format)
        ? `Its ${field} is not a valid date or time${says}.`
        : `Its ${field} ${is} not written the way the site writes it${says}.`;
    case 'invalid_value':
      return `Its ${field} is not one the site knows${says}.`;
    default:
      return `Its ${field} ${is} not valid${says}.`;
  }
}

/** Why the record cannot be read, in one or two sentences. */
export function quarantineWhy(record: Pick<QuarantineRecord, 'store' | 'raw'>): string {
  let raw: unknown;
  try {
    raw = JSON.parse(record.raw);
  } catch {
    return 'It could not be read at all: its contents are not in the form the site saves.';
  }
  if (typeof raw !== 'object' || raw === null)
    return 'It is not a record at all: only a single value was found.';
  const schema = schemas[record.store];
  if (!schema) return 'Part of it was damaged, so it cannot be put back.';
  const result = schema.safeParse(raw);
  if (result.success)
    return 'It reads correctly now: a newer version of the site may have fixed the problem.';
  const [first] = result.error.issues;
  if (!first) return 'Part of it is not valid.';
  const more = result.error.issues.length - 1;
  return `${sentence(raw, first)}${more > 0 ? ` There ${more === 1 ? 'is 1 other problem' : `are ${more} other problems`} too.` : ''}`;
}

/** What the person can do, for this kind of record. */
export function quarantineTodo(record: Pick<QuarantineRecord, 'store' | 'at'>): string {
  const before = `a backup made before ${formatInstant(record.at)}`;
  const restore = `If you have ${before}, restore it on this page and choose “Merge”`;
  switch (record.store) {
    case 'meta':
      return 'Nothing you wrote is lost: this only kept track of your backups. Make a backup now and the reminders start again.';
    case 'trash':
      return 'This was a partnership you deleted, so it can no longer be undone. Download the records below if you want to keep them.';
    case 'partnerships':
      return `Its meetings, actions and goals are still on this device, but no page can show them without it. ${restore} to bring it back. Or make a backup now and restore that with “Merge”: its records come back under “Recovered records”.`;
    case 'templates':
      return `Partnerships that use this checklist may not open. ${restore} to bring it back.`;
    default:
      return `${restore} to get it back. Either way, download the records below and keep the file.`;
  }
}
