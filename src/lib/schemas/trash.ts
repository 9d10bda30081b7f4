/**
 * A deleted partnership, kept on the device for a while so that deleting it can be undone after
 * leaving the page: the partnership and everything in it, exactly as it was, and until when
 * (`TRASH_DAYS` in storage/trash-repo.ts).
 */
import * as z from 'zod/mini';
import { backupDataSchema } from './backup';
import { idSchema, isoDateTimeSchema } from './common';

export const trashEntrySchema = z
  .strictObject({
    /** The partnership's id: one entry per deleted partnership. */
    id: idSchema,
    deletedAt: isoDateTimeSchema,
    /** After this instant the entry is removed for good, and the undo is no longer offered. */
    keepUntil: isoDateTimeSchema,
    /** The partnership and its rounds, meetings, actions and goals (no templates: they are not deleted). */
    data: backupDataSchema,
  })
  .check(
    z.refine((entry) => {
      const { partnerships, templates, rounds, meetings, actions, goals } = entry.data;
      const own = [rounds, meetings, actions, goals].every((list) =>
        list.every((r) => r.partnershipId === entry.id),
      );
      return own && templates.length === 0 && partnerships.length === 1 && partnerships[0]?.id === entry.id;
    }, 'Holds records of another partnership'),
  );
export type TrashEntry = z.infer<typeof trashEntrySchema>;
