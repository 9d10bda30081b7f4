/**
 * The single meta record (backup bookkeeping, persistence) and the quarantine store.
 */
import { META_ID, metaSchema, quarantineRecordSchema, type Meta, type QuarantineRecord } from '../schemas';
import type { WriteOp } from './backend';
import { parseOne, type RepoContext } from './read-parse';

/** A meta record for a workbook that has none yet. */
export function defaultMeta(at: string = new Date().toISOString()): Meta {
  return { id: META_ID, createdAt: at, updatedAt: at, changesSinceBackup: 0 };
}

/** How a write is counted towards the backup reminder. */
export interface WriteOptions {
  /**
   * `false` for data a backup need not protect: the example pair a trainer loads and removes. Such
   * a write leaves the meta record exactly as it was (no count, no `updatedAt`, not even created),
   * so removing the example restores the database to its earlier state. Default `true`.
   */
  countAsChange?: boolean;
}

/** The bookkeeping operations a write adds: one more change, unless `options` says otherwise. */
export function changeOps(options: WriteOptions = {}): WriteOp[] {
  return options.countAsChange === false ? [] : [bumpChangesOp()];
}

/**
 * The operation every data write adds to its transaction: one more change since the last backup.
 * A damaged meta record is left as it is (it is quarantined when next read).
 */
export function bumpChangesOp(by = 1): WriteOp {
  return {
    type: 'update',
    store: 'meta',
    key: META_ID,
    fn(current) {
      if (current === undefined) return { ...defaultMeta(), changesSinceBackup: by };
      const parsed = metaSchema.safeParse(current);
      if (!parsed.success) return current;
      return {
        ...parsed.data,
        changesSinceBackup: parsed.data.changesSinceBackup + by,
        updatedAt: new Date().toISOString(),
      };
    },
  };
}

export interface MetaRepo {
  /** The meta record (a fresh one if none is stored). */
  get(): Promise<Meta>;
  /** Records a backup: sets `lastBackupAt` and resets the change counter. */
  markBackedUp(at?: string): Promise<Meta>;
  /** Stores whether persistent storage was granted. */
  setPersisted(persisted: boolean): Promise<Meta>;
}

export interface QuarantineRepo {
  /** Every quarantined record, oldest first. */
  list(): Promise<QuarantineRecord[]>;
  /** Removes one quarantined record for good (the person chose to). */
  delete(id: string): Promise<void>;
}

export function metaRepo(ctx: RepoContext): MetaRepo {
  const change = async (fn: (meta: Meta) => Meta): Promise<Meta> => {
    let result = defaultMeta();
    await ctx.backend.write([
      {
        type: 'update',
        store: 'meta',
        key: META_ID,
        fn(current) {
          const parsed = metaSchema.safeParse(current);
          result = fn(parsed.success ? parsed.data : defaultMeta());
          return result;
        },
      },
    ]);
    ctx.changed(['meta']);
    return result;
  };
  return {
    async get() {
      return (
        (await parseOne(ctx, 'meta', metaSchema, META_ID, await ctx.backend.get('meta', META_ID))) ??
        defaultMeta()
      );
    },
    markBackedUp(at = new Date().toISOString()) {
      return change((m) => ({ ...m, lastBackupAt: at, changesSinceBackup: 0, updatedAt: at }));
    },
    setPersisted(persisted) {
      return change((m) => ({ ...m, persisted, updatedAt: new Date().toISOString() }));
    },
  };
}

export function quarantineRepo(ctx: RepoContext): QuarantineRepo {
  return {
    async list() {
      // Not through parseEntries: a damaged quarantine record stays where it is rather than being
      // quarantined into itself.
      const records = (await ctx.backend.getAll('quarantine')).flatMap((entry) => {
        const parsed = quarantineRecordSchema.safeParse(entry.value);
        return parsed.success ? [parsed.data] : [];
      });
      return records.sort((a, b) => (a.at < b.at ? -1 : 1));
    },
    async delete(id) {
      await ctx.backend.write([{ type: 'delete', store: 'quarantine', key: id }]);
      ctx.changed(['quarantine']);
    },
  };
}
