/**
 * The in-memory backend, used when IndexedDB is unavailable (blocked by the browser, some private
 * modes). Same behaviour as the IndexedDB backend — copies on read and write, atomic writes —
 * but everything is lost when the tab closes, so the page must say so and offer a backup. `onWrite`
 * hears every committed write, so a copy can follow the workbook from page to page (tab-copy.ts).
 */
import type { Backend, RawEntry, WriteOp } from './backend';
import { incomingWins, updatedAtOf } from './backend';
import { allStores, keyOf, partnershipStores, type StoreKey, type StoreName } from './db-schema';
import { WorkbookError } from './errors';

type Entry = { key: StoreKey; value: unknown };
type Table = Map<string, Entry>;
type Tables = Map<StoreName, Table>;

const k = (key: StoreKey): string => JSON.stringify(key);

export interface MemoryBackendOptions {
  /** Tests: simulate a full disk after this many stored bytes (JSON length). */
  quotaBytes?: number;
  /** Records to start with, as read from another backend (kept as they are, even invalid ones). */
  seed?: Partial<Record<StoreName, readonly RawEntry[]>>;
  /** Called after each committed write with every stored entry (e.g. to keep a copy for the tab). */
  onWrite?: (entries: Record<StoreName, RawEntry[]>) => void;
}

/** Creates an in-memory workbook backend: empty, or holding a copy of `seed`. */
export function createMemoryBackend(options: MemoryBackendOptions = {}): Backend {
  let tables: Tables = new Map(
    allStores.map((s): [StoreName, Table] => [
      s,
      new Map((options.seed?.[s] ?? []).map((e) => [k(e.key), structuredClone(e)])),
    ]),
  );
  let closed = false;

  const table = (t: Tables, store: StoreName): Table => t.get(store) ?? new Map<string, Entry>();
  const live = (): Tables => {
    if (closed) throw new WorkbookError('closed');
    return tables;
  };

  const read = (store: StoreName, partnershipId?: string): RawEntry[] => {
    const entries = [...table(live(), store).values()].sort((a, b) => (k(a.key) < k(b.key) ? -1 : 1));
    const filtered =
      partnershipId === undefined
        ? entries
        : entries.filter((e) =>
            (partnershipStores as readonly string[]).includes(store)
              ? (e.value as { partnershipId?: unknown }).partnershipId === partnershipId
              : e.key === partnershipId,
          );
    return filtered.map((e) => ({ key: e.key, value: structuredClone(e.value) }));
  };

  return {
    kind: 'memory',
    get(store, key) {
      try {
        return Promise.resolve(structuredClone(table(live(), store).get(k(key))?.value));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new WorkbookError('write-failed'));
      }
    },
    getAll(store, partnershipId) {
      try {
        return Promise.resolve(read(store, partnershipId));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new WorkbookError('write-failed'));
      }
    },
    readMany(requests) {
      try {
        return Promise.resolve(requests.map((r) => read(r.store, r.partnershipId)));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new WorkbookError('write-failed'));
      }
    },
    write(ops) {
      try {
        // Work on copies of the touched tables; swap them in only if every operation succeeded.
        const next: Tables = new Map(live());
        const touched = new Set<StoreName>();
        const tableFor = (store: StoreName) => {
          if (!touched.has(store)) {
            next.set(store, new Map(table(next, store)));
            touched.add(store);
          }
          return table(next, store);
        };
        for (const op of ops) applyOp(op, tableFor);
        if (options.quotaBytes !== undefined && sizeOf(next) > options.quotaBytes) {
          throw new WorkbookError('quota', {
            cause: new DOMException('Quota exceeded', 'QuotaExceededError'),
          });
        }
        tables = next;
        options.onWrite?.(
          Object.fromEntries(allStores.map((s) => [s, [...table(next, s).values()]])) as Record<
            StoreName,
            RawEntry[]
          >,
        );
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(
          error instanceof WorkbookError ? error : new WorkbookError('write-failed', { cause: error }),
        );
      }
    },
    close() {
      closed = true;
    },
  };
}

type TableFor = (store: StoreName) => Map<string, { key: StoreKey; value: unknown }>;

function put(t: ReturnType<TableFor>, store: StoreName, value: unknown): void {
  const key = keyOf(store, value);
  if (key === undefined)
    throw new WorkbookError('invalid', { message: 'A record without an id cannot be saved.' });
  t.set(k(key), { key, value: structuredClone(value) });
}

function applyOp(op: WriteOp, tableFor: TableFor): void {
  const t = tableFor(op.store);
  switch (op.type) {
    case 'put': {
      if (op.expectUpdatedAt !== undefined) {
        const key = keyOf(op.store, op.value);
        const current = key === undefined ? undefined : t.get(k(key))?.value;
        const ok =
          op.expectUpdatedAt === null ? current === undefined : updatedAtOf(current) === op.expectUpdatedAt;
        if (!ok) throw new WorkbookError('conflict');
      }
      put(t, op.store, op.value);
      return;
    }
    case 'delete':
      t.delete(k(op.key));
      return;
    case 'clear':
      t.clear();
      return;
    case 'deleteByPartnership':
      for (const [key, entry] of t) {
        if ((entry.value as { partnershipId?: unknown }).partnershipId === op.partnershipId) t.delete(key);
      }
      return;
    case 'merge':
      for (const value of op.values) {
        const key = keyOf(op.store, value);
        if (key !== undefined && incomingWins(t.get(k(key))?.value, value)) put(t, op.store, value);
      }
      return;
    case 'update':
      put(t, op.store, op.fn(structuredClone(t.get(k(op.key))?.value)));
      return;
    case 'quarantine': {
      const current = t.get(k(op.key))?.value;
      if (current === undefined || JSON.stringify(current) !== op.raw) return;
      t.delete(k(op.key));
      put(tableFor('quarantine'), 'quarantine', op.record);
      return;
    }
  }
}

function sizeOf(tables: Tables): number {
  let bytes = 0;
  for (const t of tables.values()) for (const e of t.values()) bytes += JSON.stringify(e.value).length;
  return bytes;
}
