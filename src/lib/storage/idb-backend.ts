/**
 * The IndexedDB backend: one `openDB` with the migrations, connection life-cycle callbacks, and
 * atomic multi-store writes. Never awaits anything but the transaction's own requests inside a
 * transaction (anything else lets it auto-commit half-way).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Backend, RawEntry, ReadRequest, WriteOp } from './backend';
import { incomingWins, storesOf, updatedAtOf } from './backend';
import { BY_PARTNERSHIP, DB_NAME, DB_VERSION, keyOf, partnershipStores, type WorkbookDB } from './db-schema';
import type { StoreKey, StoreName } from './db-schema';
import { WorkbookError, toWorkbookError } from './errors';
import { runMigrations } from './migrations';

/** Why the connection ended or cannot go on; the page should ask for a reload (or to close other tabs). */
export type ConnectionEvent = 'blocked' | 'blocking' | 'terminated';

export interface IdbBackendOptions {
  name?: string;
  version?: number;
  /** Told when another tab blocks an upgrade, this tab blocks one (and closed), or the browser closed the connection. */
  onConnection?: (event: ConnectionEvent) => void;
}

type Db = IDBPDatabase<WorkbookDB>;
type AnyTx = IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'readwrite' | 'readonly'>;

/**
 * The store operations used here, untyped: values are checked by the schemas on read, and the
 * typed `WorkbookDB` interface cannot describe a damaged record.
 */
interface LooseStore {
  get(key: unknown): Promise<unknown>;
  put(value: unknown): Promise<unknown>;
  delete(key: unknown): Promise<unknown>;
  clear(): Promise<unknown>;
  getAll(query?: unknown): Promise<unknown[]>;
  getAllKeys(query?: unknown): Promise<unknown[]>;
  index(name: string): {
    getAll(query?: unknown): Promise<unknown[]>;
    getAllKeys(query?: unknown): Promise<unknown[]>;
  };
}
const loose = (tx: AnyTx, store: StoreName): LooseStore => tx.objectStore(store) as unknown as LooseStore;

/** Opens (creating or upgrading) the workbook database. Throws a `WorkbookError` on failure. */
export async function openIdbBackend(options: IdbBackendOptions = {}): Promise<Backend> {
  const notify = options.onConnection ?? (() => undefined);
  let closed = false;
  let db: Db;
  try {
    db = await openDB<WorkbookDB>(options.name ?? DB_NAME, options.version ?? DB_VERSION, {
      upgrade(database, oldVersion, newVersion, tx) {
        runMigrations(database, tx, oldVersion, newVersion ?? DB_VERSION);
      },
      blocked() {
        notify('blocked');
      },
      blocking() {
        // A newer tab wants to upgrade: step aside at once so it is not blocked, then tell the page.
        closed = true;
        db.close();
        notify('blocking');
      },
      terminated() {
        closed = true;
        notify('terminated');
      },
    });
  } catch (error) {
    throw toWorkbookError(error);
  }

  const live = (): Db => {
    if (closed) throw new WorkbookError('closed');
    return db;
  };

  const readStore = async (tx: AnyTx, store: StoreName, partnershipId?: string): Promise<RawEntry[]> => {
    const os = loose(tx, store);
    let source: Pick<LooseStore, 'getAll' | 'getAllKeys'> = os;
    let query: string | undefined;
    if (partnershipId !== undefined && (partnershipStores as readonly string[]).includes(store)) {
      source = os.index(BY_PARTNERSHIP);
      query = partnershipId;
    } else if (partnershipId !== undefined && store === 'partnerships') {
      query = partnershipId;
    }
    // Keys and values come back in the same (key) order, so they pair up even for a record
    // whose contents are too damaged to tell its key.
    const [keys, values] = await Promise.all([source.getAllKeys(query), source.getAll(query)]);
    return values.map((value, i) => ({ key: keys[i] as StoreKey, value }));
  };

  const backend: Backend = {
    kind: 'indexeddb',
    async get(store, key) {
      try {
        return await live().get(store, key);
      } catch (error) {
        throw toWorkbookError(error);
      }
    },
    async getAll(store, partnershipId) {
      const request: ReadRequest = partnershipId === undefined ? { store } : { store, partnershipId };
      const [entries] = await backend.readMany([request]);
      return entries ?? [];
    },
    async readMany(requests) {
      try {
        const tx = live().transaction([...new Set(requests.map((r) => r.store))], 'readonly');
        const results = await Promise.all(requests.map((r) => readStore(tx, r.store, r.partnershipId)));
        await tx.done;
        return results;
      } catch (error) {
        throw toWorkbookError(error);
      }
    },
    async write(ops) {
      if (ops.length === 0) return;
      const tx = live().transaction(storesOf(ops), 'readwrite');
      const requests: Promise<unknown>[] = [];
      try {
        for (const op of ops) await applyOp(tx, op, requests);
        await Promise.all([...requests, tx.done]);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing was committed either way.
        }
        await tx.done.catch(() => undefined);
        await Promise.allSettled(requests);
        throw toWorkbookError(error);
      }
    },
    close() {
      closed = true;
      db.close();
    },
  };
  return backend;
}

/** Applies one operation inside the transaction. Simple puts and deletes are queued, not awaited. */
async function applyOp(tx: AnyTx, op: WriteOp, requests: Promise<unknown>[]): Promise<void> {
  const store = loose(tx, op.store);
  switch (op.type) {
    case 'put': {
      if (op.expectUpdatedAt !== undefined) {
        const key = keyOf(op.store, op.value);
        const current: unknown = key === undefined ? undefined : await store.get(key);
        const ok =
          op.expectUpdatedAt === null ? current === undefined : updatedAtOf(current) === op.expectUpdatedAt;
        if (!ok) throw new WorkbookError('conflict');
      }
      requests.push(store.put(op.value));
      return;
    }
    case 'delete':
      requests.push(store.delete(op.key));
      return;
    case 'clear':
      requests.push(store.clear());
      return;
    case 'deleteByPartnership': {
      const keys = await store.index(BY_PARTNERSHIP).getAllKeys(op.partnershipId);
      for (const key of keys) requests.push(store.delete(key));
      return;
    }
    case 'merge': {
      const existing = new Map<string, unknown>();
      for (const value of await store.getAll()) existing.set(JSON.stringify(keyOf(op.store, value)), value);
      for (const value of op.values) {
        if (incomingWins(existing.get(JSON.stringify(keyOf(op.store, value))), value)) {
          requests.push(store.put(value));
        }
      }
      return;
    }
    case 'update': {
      const current: unknown = await store.get(op.key);
      requests.push(store.put(op.fn(current)));
      return;
    }
    case 'quarantine': {
      const current: unknown = await store.get(op.key);
      if (current === undefined || JSON.stringify(current) !== op.raw) return;
      requests.push(store.delete(op.key));
      requests.push(loose(tx, 'quarantine').put(op.record));
      return;
    }
  }
}
