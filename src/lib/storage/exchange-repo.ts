/**
 * What this device keeps about the exchange with the partner's device, one record per partnership
 * (store `exchange`, database version 3): its own device id, the partner devices and what they hold,
 * the pair key, tombstones and conflicts. Device-local: never in a backup, never sent.
 */
import { exchangeStateSchema, newId, type ExchangeState, type Tombstone } from '../schemas';
import type { WriteOp } from './backend';
import { parseOne, type RepoContext } from './read-parse';
import { validate } from './repo';

export interface ExchangeRepo {
  /** The partnership's exchange record, if this device has one. */
  get(partnershipId: string): Promise<ExchangeState | undefined>;
  /** The record, made (with a fresh device id) and stored first if there is none. */
  ensure(partnershipId: string, now?: Date): Promise<ExchangeState>;
  /**
   * Changes the stored record (if there is one) inside the write's own transaction, so a deletion's
   * tombstone saved at the same moment is never lost. `fn` must be synchronous.
   */
  change(partnershipId: string, fn: (state: ExchangeState) => ExchangeState): Promise<void>;
}

/** A fresh exchange record: this device, no partner yet. */
export function newExchangeState(partnershipId: string, now: Date = new Date()): ExchangeState {
  return {
    id: partnershipId,
    updatedAt: now.toISOString(),
    me: newId(),
    partners: {},
    tombstones: [],
    conflicts: [],
  };
}

/** The operation that stores a whole (validated) exchange record. */
export function putExchangeOp(state: ExchangeState): WriteOp {
  return { type: 'put', store: 'exchange', value: validate(exchangeStateSchema, state) };
}

/**
 * The operation that adds tombstones to a partnership's exchange record inside the write's own
 * transaction (deleting a record and keeping its tombstone happen together, or not at all).
 */
export function addTombstonesOp(partnershipId: string, tombstones: readonly Tombstone[]): WriteOp {
  return {
    type: 'update',
    store: 'exchange',
    key: partnershipId,
    fn(current) {
      const parsed = exchangeStateSchema.safeParse(current);
      const by = tombstones[0]?.rev.by ?? newId();
      const state = parsed.success ? parsed.data : { ...newExchangeState(partnershipId), me: by };
      const kept = state.tombstones.filter(
        (t) => !tombstones.some((n) => n.id === t.id && n.store === t.store),
      );
      return { ...state, updatedAt: new Date().toISOString(), tombstones: [...kept, ...tombstones] };
    },
  };
}

export function exchangeRepo(ctx: RepoContext): ExchangeRepo {
  const get = async (id: string) =>
    parseOne(ctx, 'exchange', exchangeStateSchema, id, await ctx.backend.get('exchange', id));
  return {
    get,
    async ensure(partnershipId, now = new Date()) {
      const stored = await get(partnershipId);
      if (stored) return stored;
      const fresh = newExchangeState(partnershipId, now);
      // Only if still none: two tabs asking at once end with one device id.
      await ctx.backend
        .write([{ ...putExchangeOp(fresh), expectUpdatedAt: null } as WriteOp])
        .catch(() => undefined);
      // The session layer re-reads, and from now on stamps each change for the exchange.
      ctx.changed(['exchange'], partnershipId);
      return (await get(partnershipId)) ?? fresh;
    },
    async change(partnershipId, fn) {
      if (!(await get(partnershipId))) return;
      await ctx.backend.write([
        {
          type: 'update',
          store: 'exchange',
          key: partnershipId,
          fn(current) {
            const parsed = exchangeStateSchema.safeParse(current);
            return parsed.success ? validate(exchangeStateSchema, fn(parsed.data)) : current;
          },
        },
      ]);
      ctx.changed(['exchange'], partnershipId);
    },
  };
}
