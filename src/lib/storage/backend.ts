/**
 * The small set of primitive operations the repositories need, implemented twice: over IndexedDB
 * (idb-backend.ts) and in memory (memory-backend.ts) for browsers that refuse IndexedDB.
 * Reads return raw values (parsed later, so bad ones can be quarantined). Writes are a list of
 * operations applied atomically: all of them, or none.
 */
import type { PartnershipStoreName, StoreKey, StoreName } from './db-schema';

/** One raw stored value and its key. */
export interface RawEntry {
  key: StoreKey;
  value: unknown;
}

/** What to read in one consistent snapshot. */
export interface ReadRequest {
  store: StoreName;
  /** Only the records of this partnership (partnership stores), or the partnership itself. */
  partnershipId?: string;
}

export type WriteOp =
  /**
   * Put a record. `expectUpdatedAt`: the stored record's `updatedAt` must equal it (optimistic
   * concurrency), or with `null` no record may exist yet; otherwise the whole write fails with `conflict`.
   */
  | { type: 'put'; store: StoreName; value: unknown; expectUpdatedAt?: string | null }
  | { type: 'delete'; store: StoreName; key: StoreKey }
  | { type: 'deleteByPartnership'; store: PartnershipStoreName; partnershipId: string }
  | { type: 'clear'; store: StoreName }
  /** Put each value unless a stored record with the same key has a newer or equal `updatedAt`. */
  | { type: 'merge'; store: StoreName; values: readonly unknown[] }
  /** Read-modify-write one record inside the transaction; `fn` must be synchronous. */
  | { type: 'update'; store: StoreName; key: StoreKey; fn: (current: unknown) => unknown }
  /**
   * Move a record to the quarantine store, but only if it is still exactly `raw` (JSON), so a
   * record that another tab has just fixed is left alone.
   */
  | { type: 'quarantine'; store: StoreName; key: StoreKey; raw: string; record: unknown };

/** How one write is made. */
export interface BackendWriteOptions {
  /**
   * What a full disk does to this write (see full-switch.ts): by default the workbook moves to memory
   * and the write succeeds there, so what a person types is not lost; `fail` refuses it instead and
   * changes nothing — right for a restore, which the person can simply try again with more space.
   */
  whenFull?: 'move-to-memory' | 'fail';
}

export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: StoreKey): Promise<unknown>;
  getAll(store: StoreName, partnershipId?: string): Promise<RawEntry[]>;
  /** Several stores read in one transaction (a consistent snapshot, e.g. for export). */
  readMany(requests: readonly ReadRequest[]): Promise<RawEntry[][]>;
  /** Applies every operation in one transaction; throws a `WorkbookError` and changes nothing on failure. */
  write(ops: readonly WriteOp[], options?: BackendWriteOptions): Promise<void>;
  close(): void;
}

/** The stores a list of operations touches. */
export function storesOf(ops: readonly WriteOp[]): StoreName[] {
  const stores = new Set<StoreName>();
  for (const op of ops) {
    stores.add(op.store);
    if (op.type === 'quarantine') stores.add('quarantine');
  }
  return [...stores];
}

/** The `updatedAt` of a raw value, if it has a string one. */
export function updatedAtOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const at = (value as { updatedAt?: unknown }).updatedAt;
  return typeof at === 'string' ? at : undefined;
}

/** True when `incoming` should replace `existing` in a merge: newest `updatedAt` wins, ties keep what is stored. */
export function incomingWins(existing: unknown, incoming: unknown): boolean {
  if (existing === undefined) return true;
  const a = updatedAtOf(existing);
  const b = updatedAtOf(incoming);
  const ta = a === undefined ? NaN : Date.parse(a);
  const tb = b === undefined ? NaN : Date.parse(b);
  if (Number.isNaN(ta)) return true; // a stored record without a valid date loses to a valid one
  // Compare instants, not text: "…00Z" and "…00.000Z" are the same moment.
  return !Number.isNaN(tb) && tb > ta;
}
