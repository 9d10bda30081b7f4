/**
 * The session: one partnership as a workbook page holds it. It loads everything in one read, holds it
 * in stores the islands subscribe to, takes every edit through `change(writeSet)`, and saves through
 * one autosave (debounced; at once for a click or when the page is hidden, with the unsaved changes
 * journalled synchronously so a closing tab keeps them). Every save carries the version it was based
 * on; when another tab saved first, this tab's unsaved changes are merged onto that (rebase.ts) and
 * saved again, and a field both changed is kept as typed here and reported as a conflict. A change
 * from another tab is read in the same way, so what the person is typing is never replaced.
 */
import { explainError, type Explained } from '../data/explain';
import { nextUpdatedAt, type ChecklistTemplate } from '../schemas';
import { requestPersistence, WorkbookError, type Workbook } from '../storage';
import type { Journal } from './journal';
import { changesToReplay } from './journal';
import { loadPartnership, type PartnershipData } from './load';
import { stampWriteSet } from '../exchange/stamp';
import { rebaseWriteSet, type Conflict } from './rebase';
import { createStore, type ReadableStore } from './store';
import { inverseOf, setField } from './undo';
import {
  applyWriteSet,
  findRecord,
  isEmptyWriteSet,
  mergeWriteSets,
  recordsOf,
  type RecordStore,
  type WriteSet,
} from './write-set';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export interface SaveStatus {
  state: SaveState;
  /** What went wrong and what to do, when the state is `error`. */
  problem?: Explained;
  /** The workbook lives in this tab (storage unavailable, or the disk filled up). */
  inMemory: boolean;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | ({ status: 'error' } & Explained)
  | { status: 'ready'; data: PartnershipData };

export interface SessionOptions {
  workbook: Workbook;
  partnershipId: string;
  defaultTemplate?: ChecklistTemplate;
  journal?: Journal;
  /** The pause in typing before a save (ms). */
  delayMs?: number;
  /** Where `pagehide` and `visibilitychange` fire (default: the page's window and document). */
  page?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } };
}

export interface Session {
  readonly state: ReadableStore<SessionState>;
  readonly saving: ReadableStore<SaveStatus>;
  readonly conflicts: ReadableStore<Conflict[]>;
  /** Resolves once the first read (and any journal replay) is done. */
  readonly ready: Promise<void>;
  /** Shows the changes at once and saves them: after a pause in typing, or at once with `now`. */
  change(set: WriteSet, options?: { now?: boolean }): void;
  /** Takes back the last change made through this session; false when there is none. */
  undo(): boolean;
  /** Saves what waits now; resolves when it is saved (or failed). */
  flush(): Promise<void>;
  /** For a conflict: use the other tab's value instead of this one, or keep this one and stop asking. */
  settle(conflict: Conflict, use: 'mine' | 'theirs'): void;
  close(): Promise<void>;
}

const isConflict = (error: unknown) => error instanceof WorkbookError && error.code === 'conflict';

export function openSession(options: SessionOptions): Session {
  const { workbook, partnershipId, journal } = options;
  const win = options.page?.window ?? (globalThis as { window?: EventTarget }).window;
  const doc = options.page?.document ?? (globalThis as { document?: EventTarget }).document;
  const state = createStore<SessionState>({ status: 'loading' });
  const inMemory = () => workbook.backend === 'memory';
  const saving = createStore<SaveStatus>({ state: 'idle', inMemory: inMemory() });
  const conflicts = createStore<Conflict[]>([]);
  // The stored copy as this tab last read or wrote it: what every save is based on.
  let read: PartnershipData | undefined;
  let unsaved: WriteSet = {};
  let sending: WriteSet | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ownWrite = false;
  let askedToPersist = false;
  const history: WriteSet[] = [];
  // Reads and saves run one at a time, in order.
  let chain: Promise<void> = Promise.resolve();
  const run = (step: () => Promise<void>) => (chain = chain.then(step, step));

  const pending = () => mergeWriteSets(sending ?? {}, unsaved);
  const show = () => {
    if (read) state.set({ status: 'ready', data: applyWriteSet(read, pending()) });
  };
  const report = (s: SaveState, problem?: Explained) =>
    saving.set({ state: s, inMemory: inMemory(), ...(problem ? { problem } : {}) });
  const addConflicts = (found: Conflict[]) => {
    if (!found.length) return;
    const key = (c: Conflict) => `${c.store}:${c.id}:${c.path.join('/')}`;
    const fresh = new Set(found.map(key));
    conflicts.set([...conflicts.get().filter((c) => !fresh.has(key(c))), ...found]);
  };
  const basedOn = (store: RecordStore, id: string) =>
    (read && findRecord(read, store, id)?.updatedAt) ?? null;

  /** Reads what is stored and moves this tab's unsaved changes onto it. */
  const refresh = async () => {
    const stored = await loadPartnership(workbook, partnershipId, options.defaultTemplate);
    if (!stored) {
      read = undefined;
      return state.set({ status: 'not-found' });
    }
    if (read) {
      const rebased = rebaseWriteSet(pending(), read, stored);
      unsaved = rebased.set;
      addConflicts(rebased.conflicts);
    }
    read = stored;
    show();
  };

  const save = async () => {
    for (let attempt = 0; read && !isEmptyWriteSet(unsaved); attempt++) {
      sending = unsaved;
      unsaved = {};
      report('saving');
      try {
        ownWrite = true;
        const written = await workbook.writeBatch(partnershipId, sending, { basedOn });
        // The page keeps showing what it shows (only versions changed), so nothing re-renders.
        read = applyWriteSet(read, written);
        sending = undefined;
        if (isEmptyWriteSet(unsaved)) journal?.clear();
        report(isEmptyWriteSet(unsaved) ? 'saved' : 'pending');
        if (!askedToPersist) {
          askedToPersist = true;
          void requestPersistence(workbook).catch(() => undefined);
        }
        return;
      } catch (error) {
        unsaved = pending();
        sending = undefined;
        if (!isConflict(error) || attempt >= 4) return report('error', explainError(error));
        await refresh(); // another tab saved first: merge onto theirs and try again
      } finally {
        ownWrite = false;
      }
    }
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    return run(save);
  };

  const apply = (set: WriteSet, remember: boolean, now: boolean) => {
    const shown = state.get();
    if (!read || shown.status !== 'ready') return;
    if (remember) history.push(inverseOf(set, shown.data));
    // A fresh version stamp on each changed record, so a journal replay knows it is newer.
    let stamped: WriteSet = { ...set };
    for (const { store, record } of recordsOf(set)) {
      const next = { ...record, updatedAt: nextUpdatedAt(basedOn(store, record.id) ?? record.updatedAt) };
      if (store === 'partnerships') stamped.partnership = next as NonNullable<WriteSet['partnership']>;
      else
        Object.assign(stamped, { [store]: (stamped[store] ?? []).map((r) => (r.id === next.id ? next : r)) });
    }
    // Once the partner has a copy, each change carries this device's stamp for the exchange.
    if (read.exchange) stamped = stampWriteSet(stamped, read, read.exchange.me, Date.now());
    unsaved = mergeWriteSets(unsaved, stamped);
    show();
    report('pending');
    clearTimeout(timer);
    if (now) void flush();
    else timer = setTimeout(() => void flush(), options.delayMs ?? 400);
  };

  const stash = () => {
    const waiting = pending();
    if (!isEmptyWriteSet(waiting)) journal?.write(waiting);
    void flush();
  };
  const onVisibility = () => {
    if ((doc as { visibilityState?: string } | undefined)?.visibilityState === 'hidden') stash();
  };
  win?.addEventListener('pagehide', stash);
  doc?.addEventListener('visibilitychange', onVisibility);
  const offs = [
    workbook.on('change', (event) => {
      if (ownWrite && event.origin === 'local') return;
      if (event.partnershipId === undefined || event.partnershipId === partnershipId) void run(refresh);
    }),
    workbook.on('storage-full', () => report(saving.get().state)),
  ];

  const ready = run(async () => {
    try {
      await refresh();
      const stashed = read && journal?.read();
      if (read && stashed) {
        const replay = changesToReplay(stashed, read);
        if (!isEmptyWriteSet(replay)) {
          unsaved = mergeWriteSets(replay, unsaved);
          show();
          await save();
        } else journal?.clear();
      }
    } catch (error) {
      state.set({ status: 'error', ...explainError(error) });
    }
  });

  return {
    state,
    saving,
    conflicts,
    ready,
    change: (set, o) => apply(set, true, o?.now ?? false),
    undo() {
      const last = history.pop();
      if (last) apply(last, false, true);
      return last !== undefined;
    },
    flush,
    settle(conflict, use) {
      conflicts.set(conflicts.get().filter((c) => c !== conflict));
      const shown = state.get();
      if (use === 'mine' || shown.status !== 'ready' || conflict.path.length === 0) return;
      const record = findRecord(shown.data, conflict.store, conflict.id);
      if (record) apply(setField(conflict.store, record, conflict.path, conflict.theirs), true, true);
    },
    async close() {
      win?.removeEventListener('pagehide', stash);
      doc?.removeEventListener('visibilitychange', onVisibility);
      offs.forEach((off) => off());
      await flush();
    },
  };
}
