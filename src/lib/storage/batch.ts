/**
 * The one write-set type, and how it is written: one partnership's records (the partnership itself,
 * rounds, meetings, actions, goals) saved or deleted in one transaction. Either all of it is stored or,
 * on any failure, none of it — so a meeting is never deleted without its own actions, a partnership is
 * never started without its first round, and an undo puts everything back at once.
 */
import type * as z from 'zod/mini';
import {
  actionSchema,
  checklistRoundSchema,
  goalSchema,
  meetingSchema,
  nextUpdatedAt,
  partnershipSchema,
  type Action,
  type ChecklistRound,
  type Goal,
  type Meeting,
  type Partnership,
  type ExchangeState,
  type Tombstone,
} from '../schemas';
import type { WriteOp } from './backend';
import type { StoreName } from './db-schema';
import { WorkbookError } from './errors';
import { addTombstonesOp, putExchangeOp } from './exchange-repo';
import { bumpChangesOp } from './meta-repo';
import type { RepoContext } from './read-parse';
import { validate } from './repo';

/** Ids of records to delete. */
export interface Removed {
  meetings?: readonly string[];
  actions?: readonly string[];
  goals?: readonly string[];
}

/** Records to write together (all or nothing). Every record must belong to the one partnership. */
export interface WriteSet {
  partnership?: Partnership;
  rounds?: readonly ChecklistRound[];
  meetings?: readonly Meeting[];
  actions?: readonly Action[];
  goals?: readonly Goal[];
  /** Ids of records to delete (a meeting deleted with its own actions, an action removed). */
  removed?: Removed;
  /** Deletions the partner's device must hear of, kept with them (lib/exchange). */
  tombstones?: readonly Tombstone[];
}

/** The stores a write set can hold records of. */
export type RecordStore = 'partnerships' | 'rounds' | 'meetings' | 'actions' | 'goals';

export interface BatchOptions {
  /**
   * The stored `updatedAt` each record was read at (`null`: it is new, nothing may be stored yet).
   * When the stored copy has moved on, the whole write fails with `conflict` and changes nothing, so
   * the caller can merge and try again. `undefined`: write whatever is stored.
   */
  basedOn?: (store: RecordStore, id: string) => string | null | undefined;
  /** The exchange record to store with the records, in the same transaction (an exchange merged). */
  exchangeState?: ExchangeState;
}

type ChildRecord = { id: string; updatedAt: string; partnershipId: string };
const schemas: Record<'rounds' | 'meetings' | 'actions' | 'goals', z.ZodMiniType<ChildRecord>> = {
  rounds: checklistRoundSchema,
  meetings: meetingSchema,
  actions: actionSchema,
  goals: goalSchema,
};

/**
 * The operations of a write set, validated first (throws `invalid` before anything is written), and
 * the records as they will be stored (with their fresh `updatedAt`).
 */
export function batchOps(
  partnershipId: string,
  set: WriteSet,
  options: BatchOptions = {},
): { ops: WriteOp[]; stores: StoreName[]; written: WriteSet } {
  const ops: WriteOp[] = [];
  const stores = new Set<StoreName>();
  const written: WriteSet = {};
  const put = (store: RecordStore, value: { id: string }) => {
    const op: WriteOp = { type: 'put', store, value };
    const basedOn = options.basedOn?.(store, value.id);
    if (basedOn !== undefined) op.expectUpdatedAt = basedOn;
    ops.push(op);
    stores.add(store);
  };
  if (set.partnership) {
    const p = validate(partnershipSchema, {
      ...set.partnership,
      updatedAt: nextUpdatedAt(set.partnership.updatedAt),
    });
    if (p.id !== partnershipId)
      throw new WorkbookError('invalid', { message: 'That is another partnership.' });
    put('partnerships', p);
    written.partnership = p;
  }
  for (const store of ['rounds', 'meetings', 'actions', 'goals'] as const) {
    const records = (set[store] ?? []).map((record: ChildRecord) => {
      const value = validate(schemas[store], { ...record, updatedAt: nextUpdatedAt(record.updatedAt) });
      if (value.partnershipId !== partnershipId) {
        throw new WorkbookError('invalid', { message: 'That record belongs to another partnership.' });
      }
      put(store, value);
      return value;
    });
    // One assignment per store keeps each list's own type.
    if (records.length) Object.assign(written, { [store]: records });
  }
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    for (const key of set.removed?.[store] ?? []) {
      ops.push({ type: 'delete', store, key });
      stores.add(store);
    }
  }
  if (set.removed) written.removed = set.removed;
  if (options.exchangeState) {
    if (options.exchangeState.id !== partnershipId)
      throw new WorkbookError('invalid', { message: 'That is another partnership.' });
    ops.push(putExchangeOp(options.exchangeState));
    stores.add('exchange');
  }
  if (set.tombstones?.length) {
    ops.push(addTombstonesOp(partnershipId, set.tombstones));
    stores.add('exchange');
    written.tombstones = set.tombstones;
  }
  return { ops, stores: [...stores], written };
}

/**
 * Writes a write set in one transaction and announces the change; nothing is written on failure.
 * Returns the records as stored.
 */
export async function writeBatch(
  ctx: RepoContext,
  partnershipId: string,
  set: WriteSet,
  options: BatchOptions = {},
): Promise<WriteSet> {
  const { ops, stores, written } = batchOps(partnershipId, set, options);
  if (ops.length === 0) return written;
  await ctx.backend.write([...ops, bumpChangesOp()]);
  ctx.changed(stores, partnershipId);
  return written;
}
