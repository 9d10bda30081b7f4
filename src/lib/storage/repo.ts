/**
 * A repository for one store of records that belong to a partnership (rounds, meetings,
 * actions, goals): create, get, list by partnership, update, save, delete. Every write is
 * validated first, bumps the backup counter in the same transaction, and announces the change.
 */
import type * as z from 'zod/mini';
import { nextUpdatedAt, newRecordFields } from '../schemas';
import type { WriteOp } from './backend';
import type { PartnershipStoreName, StoreName } from './db-schema';
import { WorkbookError } from './errors';
import { bumpChangesOp } from './meta-repo';
import { describeIssues, parseEntries, parseOne, type RepoContext } from './read-parse';

/** Fields a repository fills in itself. */
export type Managed = 'id' | 'createdAt' | 'updatedAt';
/** What `create` takes: the record without the managed fields (an `id` may be given). */
export type NewRecord<T> = Omit<T, Managed> & { id?: string };
/** What `update` takes: changed fields, or a function from the current record to the new one. */
export type Change<T> = Partial<Omit<T, Managed | 'partnershipId'>> | ((current: T) => T);

export interface SaveOptions {
  /** Fail with `conflict` unless the stored copy still has this `updatedAt` (null: must not exist). */
  expectUpdatedAt?: string | null;
}

export interface RecordRepo<T extends { id: string; updatedAt: string }> {
  /** Adds a new record; returns it as stored. */
  create(input: NewRecord<T>): Promise<T>;
  /** The record, or undefined if there is none (or it was quarantined). */
  get(id: string): Promise<T | undefined>;
  /** Saves a whole record, setting a fresh `updatedAt`. Autosave uses this. */
  save(record: T, options?: SaveOptions): Promise<T>;
  /** Reads, changes and saves one record; retries if another tab changed it in between. */
  update(id: string, change: Change<T>): Promise<T>;
  delete(id: string): Promise<void>;
}

export interface PartnershipRecordRepo<
  T extends { id: string; updatedAt: string; partnershipId: string },
> extends RecordRepo<T> {
  /** Every record of one partnership, in id order (sort for display as you need). */
  listByPartnership(partnershipId: string): Promise<T[]>;
}

/** Validates a record before it is written; throws `invalid` with the reason. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new WorkbookError('invalid', {
      message: `That could not be saved: ${describeIssues(result.error)}.`,
    });
  }
  return result.data;
}

/** Builds the basic record repository for `store`. */
export function recordRepo<T extends { id: string; updatedAt: string }>(
  ctx: RepoContext,
  store: StoreName,
  schema: z.ZodMiniType<T>,
  partnershipIdOf: (record: T) => string | undefined,
): RecordRepo<T> {
  const write = async (ops: WriteOp[], record: T | undefined): Promise<void> => {
    await ctx.backend.write([...ops, bumpChangesOp()]);
    ctx.changed([store], record ? partnershipIdOf(record) : undefined);
  };

  const repo: RecordRepo<T> = {
    async create(input) {
      const fresh = newRecordFields();
      const record = validate(schema, { ...input, ...fresh, id: input.id ?? fresh.id });
      await write([{ type: 'put', store, value: record, expectUpdatedAt: null }], record);
      return record;
    },
    async get(id) {
      return parseOne(ctx, store, schema, id, await ctx.backend.get(store, id));
    },
    async save(record, options = {}) {
      const next = validate(schema, { ...record, updatedAt: nextUpdatedAt(record.updatedAt) });
      const op: WriteOp = { type: 'put', store, value: next };
      if (options.expectUpdatedAt !== undefined) op.expectUpdatedAt = options.expectUpdatedAt;
      await write([op], next);
      return next;
    },
    async update(id, change) {
      for (let attempt = 0; ; attempt++) {
        const current = await repo.get(id);
        if (!current) throw new WorkbookError('not-found');
        const changed = typeof change === 'function' ? change(current) : { ...current, ...change };
        try {
          return await repo.save(
            { ...changed, id: current.id, createdAt: (current as { createdAt?: string }).createdAt },
            {
              expectUpdatedAt: current.updatedAt,
            },
          );
        } catch (error) {
          if (!(error instanceof WorkbookError && error.code === 'conflict') || attempt >= 2) throw error;
        }
      }
    },
    async delete(id) {
      const current = await ctx.backend.get(store, id);
      await write([{ type: 'delete', store, key: id }], current as T | undefined);
    },
  };
  return repo;
}

/** A record repository for a store indexed by partnership. */
export function partnershipRecordRepo<T extends { id: string; updatedAt: string; partnershipId: string }>(
  ctx: RepoContext,
  store: PartnershipStoreName,
  schema: z.ZodMiniType<T>,
): PartnershipRecordRepo<T> {
  return {
    ...recordRepo(ctx, store, schema, (r) => r.partnershipId),
    async listByPartnership(partnershipId) {
      return parseEntries(ctx, store, schema, await ctx.backend.getAll(store, partnershipId));
    },
  };
}
