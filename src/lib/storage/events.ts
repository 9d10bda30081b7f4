/**
 * Events a page listens to: changes (from this tab or another), quarantined records, connection
 * trouble that needs a reload, and a full disk. Other tabs hear of changes through a BroadcastChannel.
 */
import type { QuarantineRecord } from '../schemas';
import type { StoreName } from './db-schema';
import type { WorkbookError } from './errors';

export type WorkbookEvent =
  /** Records changed; `origin: 'remote'` when another tab made the change. Re-read what you show. */
  | { type: 'change'; stores: StoreName[]; partnershipId?: string; origin: 'local' | 'remote' }
  /** Records failed their schema on read and were moved to quarantine (shown on Your data). */
  | { type: 'quarantine'; records: QuarantineRecord[] }
  /**
   * The connection is gone: a newer tab is upgrading (`blocking`), or the browser closed it
   * (`terminated`). Ask the person to reload; further reads and writes fail with `closed`.
   */
  | { type: 'reload-needed'; reason: 'blocking' | 'terminated' }
  /** This tab's upgrade waits for an older tab to close. Ask the person to close other tabs of the site. */
  | { type: 'blocked' }
  /**
   * The disk filled up, so the workbook moved to memory (it holds everything, but only in this tab).
   * Show the storage warning and offer a backup.
   */
  | { type: 'storage-full'; error: WorkbookError };

export type WorkbookEventType = WorkbookEvent['type'];
export type Listener<T extends WorkbookEventType> = (event: Extract<WorkbookEvent, { type: T }>) => void;

/** A tiny typed event emitter (a listener that throws does not stop the others). */
export class WorkbookEvents {
  readonly #listeners = new Map<WorkbookEventType, Set<(event: WorkbookEvent) => void>>();

  /** Adds a listener; returns a function that removes it. */
  on<T extends WorkbookEventType>(type: T, listener: Listener<T>): () => void {
    const set = this.#listeners.get(type) ?? new Set();
    const wrapped = listener as (event: WorkbookEvent) => void;
    set.add(wrapped);
    this.#listeners.set(type, set);
    return () => set.delete(wrapped);
  }

  emit(event: WorkbookEvent): void {
    for (const listener of this.#listeners.get(event.type) ?? []) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** The message sent to other tabs. */
interface ChangeMessage {
  type: 'change';
  from: string;
  stores: StoreName[];
  partnershipId?: string;
}

/**
 * Connects the emitter to other tabs: `notify` posts local changes, and changes posted by
 * other tabs are emitted with `origin: 'remote'`. Returns a `close` function.
 */
export function connectTabs(
  channelName: string,
  events: WorkbookEvents,
): { notify(stores: StoreName[], partnershipId?: string): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { notify: () => undefined, close: () => undefined };
  const from = crypto.randomUUID();
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    const data = message.data as Partial<ChangeMessage> | null;
    if (data?.type !== 'change' || data.from === from || !Array.isArray(data.stores)) return;
    events.emit({
      type: 'change',
      stores: data.stores,
      origin: 'remote',
      ...(typeof data.partnershipId === 'string' ? { partnershipId: data.partnershipId } : {}),
    });
  };
  return {
    notify(stores, partnershipId) {
      const message: ChangeMessage = {
        type: 'change',
        from,
        stores,
        ...(partnershipId ? { partnershipId } : {}),
      };
      channel.postMessage(message);
    },
    close() {
      channel.close();
    },
  };
}
