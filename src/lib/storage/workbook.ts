/**
 * The workbook: every repository over one backend, events, and `openWorkbook`, which opens
 * IndexedDB or — when the browser refuses it — falls back to memory and says so.
 */
import {
  actionSchema,
  checklistRoundSchema,
  goalSchema,
  meetingSchema,
  type Action,
  type ChecklistRound,
  type Goal,
  type Meeting,
} from '../schemas';
import type { Backend } from './backend';
import type { BatchOptions, WriteSet } from './batch';
import { switchToMemoryWhenFull } from './full-switch';
import { DB_NAME, TRASH_DAYS, type StoreName } from './db-schema';
import { WorkbookError } from './errors';
import { WorkbookEvents, connectTabs, type Listener, type WorkbookEventType } from './events';
import { openIdbBackend } from './idb-backend';
import type { MemoryBackendOptions } from './memory-backend';
import { metaRepo, quarantineRepo, type MetaRepo, type QuarantineRepo, type WriteOptions } from './meta-repo';
import { partnershipRepo, templateRepo, type PartnershipRepo, type TemplateRepo } from './other-repos';
import type { RepoContext } from './read-parse';
import { partnershipRecordRepo, type PartnershipRecordRepo } from './repo';
import type { ImportMode, Snapshot } from './snapshot';
import type { TrashRepo } from './trash-repo';
import type { ExchangeRepo } from './exchange-repo';

export interface Workbook {
  /**
   * Where data lives: `memory` means it is lost when the tab closes. It changes from `indexeddb` to
   * `memory` when the disk fills up (the `storage-full` event).
   */
  readonly backend: 'indexeddb' | 'memory';
  readonly partnerships: PartnershipRepo;
  readonly templates: TemplateRepo;
  readonly rounds: PartnershipRecordRepo<ChecklistRound>;
  readonly meetings: PartnershipRecordRepo<Meeting>;
  readonly actions: PartnershipRecordRepo<Action>;
  readonly goals: PartnershipRecordRepo<Goal>;
  readonly meta: MetaRepo;
  readonly quarantine: QuarantineRepo;
  /** Deleted partnerships, kept for a while so deleting can be undone (trash-repo.ts). */
  readonly trash: TrashRepo;
  /** What this device keeps about the exchange with the partner's device (exchange-repo.ts). */
  readonly exchange: ExchangeRepo;
  /** Every valid record (or one partnership's) read in one transaction, e.g. for a backup. */
  snapshot(partnershipId?: string): Promise<Snapshot>;
  /**
   * Writes a validated backup's data in one transaction: all of it or nothing. Counts as one change
   * since the last backup unless `options.countAsChange` is false (the example pair).
   */
  importData(data: Snapshot, mode: ImportMode, partnershipId?: string, options?: WriteOptions): Promise<void>;
  /** Empties every store, meta and trash included, in one transaction ("Clear this device"). */
  clear(): Promise<void>;
  /**
   * Saves and deletes one partnership's records in one transaction (batch.ts); with
   * `options.basedOn`, fails with `conflict` if another tab changed one since. Returns them as stored.
   */
  writeBatch(partnershipId: string, set: WriteSet, options?: BatchOptions): Promise<WriteSet>;
  /** Listens to `change`, `quarantine`, `reload-needed`, `blocked` and `storage-full`; returns an unsubscribe function. */
  on<T extends WorkbookEventType>(type: T, listener: Listener<T>): () => void;
  close(): void;
}

export interface OpenWorkbookOptions {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** Use memory even if IndexedDB works (tests, or a person who chose not to store anything). */
  memory?: boolean;
  /**
   * Where IndexedDB cannot be used, keep a copy for the tab in sessionStorage (tab-copy.ts), so the
   * workbook follows the person from page to page. On by default; off when `memory` is chosen.
   */
  tabCopy?: boolean;
  memoryOptions?: MemoryBackendOptions;
  /**
   * Called while opening waits for an older tab that will not close its connection. Listeners
   * added with `on` cannot hear this, since the workbook does not exist yet: ask the person to
   * close other tabs of the site.
   */
  onBlocked?: () => void;
  /** Database version to open (tests only; the site always opens `DB_VERSION`). */
  version?: number;
}

export interface OpenedWorkbook {
  workbook: Workbook;
  /** Set when IndexedDB could not be used and memory was used instead: show it, offer a backup. */
  fallback?: WorkbookError;
}

// Backups, imports, clearing the device and the trash are used on Your data and by exchanges, never on a
// page's first screen: their code and the backup schema load on first use, as the write batch does.
const snapshotCode = () => import('./snapshot');

/** The exchange record's code (and its schema) loads with the first read of it, not with every page. */
function lazyExchange(ctx: RepoContext): ExchangeRepo {
  let repo: Promise<ExchangeRepo> | undefined;
  const load = () => (repo ??= import('./exchange-repo').then((m) => m.exchangeRepo(ctx)));
  return {
    get: async (id) => (await load()).get(id),
    ensure: async (id, now) => (await load()).ensure(id, now),
    change: async (id, fn) => (await load()).change(id, fn),
  };
}

function lazyTrash(ctx: RepoContext): TrashRepo {
  let repo: Promise<TrashRepo> | undefined;
  const load = () => (repo ??= import('./trash-repo').then((m) => m.trashRepo(ctx)));
  return {
    days: TRASH_DAYS,
    deletePartnership: async (id, now) => (await load()).deletePartnership(id, now),
    list: async (now) => (await load()).list(now),
    undo: async (id) => (await load()).undo(id),
    purge: async (id) => (await load()).purge(id),
  };
}

/** Builds a workbook over a backend (exported for tests and the benchmark). */
export function createWorkbook(
  storage: Backend,
  channelName: string,
  events = new WorkbookEvents(),
): Workbook {
  const backend =
    storage.kind === 'indexeddb'
      ? switchToMemoryWhenFull(storage, (error) => events.emit({ type: 'storage-full', error }))
      : storage;
  const tabs = connectTabs(channelName, events);
  const ctx: RepoContext = {
    backend,
    changed(stores: StoreName[], partnershipId?: string) {
      events.emit({ type: 'change', stores, origin: 'local', ...(partnershipId ? { partnershipId } : {}) });
      tabs.notify(stores, partnershipId);
    },
    quarantined(records) {
      events.emit({ type: 'quarantine', records });
    },
  };
  return {
    get backend() {
      return backend.kind;
    },
    partnerships: partnershipRepo(ctx),
    templates: templateRepo(ctx),
    rounds: partnershipRecordRepo(ctx, 'rounds', checklistRoundSchema),
    meetings: partnershipRecordRepo(ctx, 'meetings', meetingSchema),
    actions: partnershipRecordRepo(ctx, 'actions', actionSchema),
    goals: partnershipRecordRepo(ctx, 'goals', goalSchema),
    meta: metaRepo(ctx),
    quarantine: quarantineRepo(ctx),
    trash: lazyTrash(ctx),
    exchange: lazyExchange(ctx),
    snapshot: async (partnershipId) => (await snapshotCode()).readSnapshot(ctx, partnershipId),
    importData: async (data, mode, partnershipId, options) =>
      (await snapshotCode()).applyImport(ctx, data, mode, partnershipId, options),
    clear: async () => (await snapshotCode()).clearAll(ctx),
    // The code loads with a page's first save, not with every page.
    writeBatch: async (id, set, options) => (await import('./batch')).writeBatch(ctx, id, set, options),
    on: (type, listener) => events.on(type, listener),
    close() {
      tabs.close();
      backend.close();
    },
  };
}

/**
 * Opens the workbook. Uses IndexedDB when it works; otherwise memory, with `fallback` saying why.
 * A database already upgraded by a newer version of the site is not a reason to fall back: that
 * throws `WorkbookError('version')`, so the page asks for a reload instead of hiding the data.
 */
export async function openWorkbook(options: OpenWorkbookOptions = {}): Promise<OpenedWorkbook> {
  const name = options.name ?? DB_NAME;
  const events = new WorkbookEvents();
  const channelName = `${name}:changes`;
  // The in-memory backend is only needed when IndexedDB is refused, so it loads on demand and stays
  // out of every workbook page's first download.
  const memory = async (cause?: unknown): Promise<OpenedWorkbook> => {
    const [{ createMemoryBackend }, { readTabCopy, writeTabCopy }] = await Promise.all([
      import('./memory-backend'),
      import('./tab-copy'),
    ]);
    const keep = options.tabCopy ?? !options.memory;
    const seed = keep ? readTabCopy() : undefined;
    const backend = createMemoryBackend({
      ...options.memoryOptions,
      ...(seed ? { seed } : {}),
      ...(keep
        ? { onWrite: (entries: Parameters<typeof writeTabCopy>[0]) => void writeTabCopy(entries) }
        : {}),
    });
    return {
      workbook: createWorkbook(backend, channelName, events),
      fallback: new WorkbookError('unavailable', { cause }),
    };
  };
  if (options.memory || typeof indexedDB === 'undefined') return memory();
  try {
    const backend = await openIdbBackend({
      name,
      ...(options.version !== undefined ? { version: options.version } : {}),
      onConnection(event) {
        if (event === 'blocked') {
          options.onBlocked?.();
          events.emit({ type: 'blocked' });
        } else events.emit({ type: 'reload-needed', reason: event });
      },
    });
    return { workbook: createWorkbook(backend, channelName, events) };
  } catch (error) {
    if (error instanceof WorkbookError && error.code === 'version') throw error;
    return memory(error);
  }
}
