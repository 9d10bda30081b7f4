/**
 * The trash: deleting a partnership moves it and everything in it here, in one transaction, for
 * `TRASH_DAYS`; undoing puts it back in one transaction. Entries are validated when read back,
 * and expired ones are removed for good as soon as they are seen.
 */
import { trashEntrySchema, type TrashEntry } from '../schemas/trash';
import type { WriteOp } from './backend';
import { partnershipStores, TRASH_DAYS, type StoreName } from './db-schema';
import { WorkbookError } from './errors';
import { bumpChangesOp } from './meta-repo';
import { parseEntries, parseOne, type RepoContext } from './read-parse';
import { importOps, readSnapshot } from './snapshot';
import { DAY_MS } from '../dates';

export { TRASH_DAYS };

export interface TrashRepo {
  /** `TRASH_DAYS`, for pages to say how long an undo lasts. */
  readonly days: number;
  /**
   * Deletes a partnership with its rounds, meetings, actions and goals, keeping a copy in the trash
   * until `TRASH_DAYS` from `now`. Throws `not-found` if there is no such partnership.
   */
  deletePartnership(id: string, now?: Date): Promise<TrashEntry>;
  /** What can still be undone, newest first. Expired entries are removed for good. */
  list(now?: Date): Promise<TrashEntry[]>;
  /** Puts a deleted partnership back (merged: nothing changed since is overwritten). */
  undo(id: string): Promise<void>;
  /** Removes a deleted partnership's copy for good, now. */
  purge(id: string): Promise<void>;
}

const touched: StoreName[] = ['partnerships', ...partnershipStores, 'trash'];

export function trashRepo(ctx: RepoContext): TrashRepo {
  const write = async (ops: WriteOp[], partnershipId?: string) => {
    await ctx.backend.write(ops);
    ctx.changed(touched, partnershipId);
  };
  return {
    days: TRASH_DAYS,
    async deletePartnership(id, now = new Date()) {
      const snapshot = await readSnapshot(ctx, id);
      if (snapshot.partnerships.length === 0) throw new WorkbookError('not-found');
      const entry: TrashEntry = {
        id,
        deletedAt: now.toISOString(),
        keepUntil: new Date(now.getTime() + TRASH_DAYS * DAY_MS).toISOString(),
        data: { ...snapshot, templates: [] },
      };
      await write(
        [
          { type: 'delete', store: 'partnerships', key: id },
          ...partnershipStores.map((store) => ({
            type: 'deleteByPartnership' as const,
            store,
            partnershipId: id,
          })),
          { type: 'put', store: 'trash', value: trashEntrySchema.parse(entry) },
          bumpChangesOp(),
        ],
        id,
      );
      return entry;
    },
    async list(now = new Date()) {
      const entries = await parseEntries(ctx, 'trash', trashEntrySchema, await ctx.backend.getAll('trash'));
      const expired = entries.filter((e) => Date.parse(e.keepUntil) <= now.getTime());
      if (expired.length > 0) {
        await write(expired.map((e) => ({ type: 'delete' as const, store: 'trash' as const, key: e.id })));
      }
      return entries.filter((e) => !expired.includes(e)).sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1));
    },
    async undo(id) {
      const entry = await parseOne(ctx, 'trash', trashEntrySchema, id, await ctx.backend.get('trash', id));
      if (!entry || Date.parse(entry.keepUntil) <= Date.now()) throw new WorkbookError('not-found');
      await write(
        [...importOps(entry.data, 'merge'), { type: 'delete', store: 'trash', key: id }, bumpChangesOp()],
        id,
      );
    },
    async purge(id) {
      await write([{ type: 'delete', store: 'trash', key: id }]);
    },
  };
}
