/**
 * Several records of one partnership written in one transaction: meetings, actions and goals saved
 * or deleted together, and optionally one change to the partnership record itself. Either all of it
 * is stored or, on any failure, none of it — so a meeting is never deleted without its own actions,
 * and an undo puts everything back at once.
 */
import type * as z from 'zod/mini';
import {
  actionSchema,
  goalSchema,
  meetingSchema,
  nextUpdatedAt,
  partnershipSchema,
  type Action,
  type Goal,
  type Meeting,
  type Partnership,
} from '../schemas';
import type { WriteOp } from './backend';
import type { StoreName } from './db-schema';
import { WorkbookError } from './errors';
import { bumpChangesOp } from './meta-repo';
import type { RepoContext } from './read-parse';
import { validate } from './repo';

/** What one batch writes. Every record must belong to `partnershipId`. */
export interface RecordBatch {
  partnershipId: string;
  /**
   * Changes the stored partnership inside the transaction (so edits made elsewhere are kept);
   * runs synchronously on the current record. Fails with `not-found` when there is none.
   */
  partnership?: (current: Partnership) => Partnership;
  /** Records to save whole, each with a fresh `updatedAt`. */
  put?: { meetings?: readonly Meeting[]; actions?: readonly Action[]; goals?: readonly Goal[] };
  /** Ids of records to delete. */
  delete?: { meetings?: readonly string[]; actions?: readonly string[]; goals?: readonly string[] };
}

/** The partnership `change` makes of the stored one, validated; throws inside the transaction. */
function changePartnership(
  current: unknown,
  id: string,
  change: (p: Partnership) => Partnership,
): Partnership {
  if (current === undefined) throw new WorkbookError('not-found');
  const parsed = partnershipSchema.safeParse(current);
  if (!parsed.success) throw new WorkbookError('invalid');
  const next = change(parsed.data);
  return validate(partnershipSchema, {
    ...next,
    id,
    createdAt: parsed.data.createdAt,
    updatedAt: nextUpdatedAt(parsed.data.updatedAt),
  });
}

/** The operations of a batch, validated first (throws `invalid` before anything is written). */
export function batchOps(batch: RecordBatch): { ops: WriteOp[]; stores: StoreName[] } {
  const ops: WriteOp[] = [];
  const stores = new Set<StoreName>();
  const { partnershipId } = batch;
  const change = batch.partnership;
  if (change) {
    ops.push({
      type: 'update',
      store: 'partnerships',
      key: partnershipId,
      fn: (current) => changePartnership(current, partnershipId, change),
    });
    stores.add('partnerships');
  }
  const put = <T extends { updatedAt: string; partnershipId: string }>(
    store: 'meetings' | 'actions' | 'goals',
    schema: z.ZodMiniType<T>,
    records: readonly T[] = [],
  ) => {
    for (const record of records) {
      const value = validate(schema, { ...record, updatedAt: nextUpdatedAt(record.updatedAt) });
      if (value.partnershipId !== partnershipId) {
        throw new WorkbookError('invalid', { message: 'That record belongs to another partnership.' });
      }
      ops.push({ type: 'put', store, value });
      stores.add(store);
    }
  };
  put('meetings', meetingSchema, batch.put?.meetings);
  put('actions', actionSchema, batch.put?.actions);
  put('goals', goalSchema, batch.put?.goals);
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    for (const key of batch.delete?.[store] ?? []) {
      ops.push({ type: 'delete', store, key });
      stores.add(store);
    }
  }
  return { ops, stores: [...stores] };
}

/** Writes a batch in one transaction and announces the change; nothing is written on failure. */
export async function writeBatch(ctx: RepoContext, batch: RecordBatch): Promise<void> {
  const { ops, stores } = batchOps(batch);
  if (ops.length === 0) return;
  await ctx.backend.write([...ops, bumpChangesOp()]);
  ctx.changed(stores, batch.partnershipId);
}
