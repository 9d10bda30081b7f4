/**
 * Autosave: call `schedule(value)` on every edit; the latest value is saved about 300 ms after
 * typing stops, at once when the page is hidden or closed, and never two saves at a time.
 * The status (`idle`, `saving`, `saved`, `error`) is observable for the page to show.
 */
import { WorkbookError, toWorkbookError } from './errors';

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; error: WorkbookError };

export interface Autosave<T> {
  /** Queues `value` to be saved after the delay (replacing any value not yet saved). */
  schedule(value: T): void;
  /** Saves the pending value now; resolves when everything scheduled so far is saved (or failed). */
  flush(): Promise<void>;
  /** The current status. */
  readonly status: AutosaveStatus;
  /** Calls `listener` on every status change; returns an unsubscribe function. */
  subscribe(listener: (status: AutosaveStatus) => void): () => void;
  /** True while a value waits to be saved or is being saved (e.g. to warn before leaving). */
  readonly pending: boolean;
  /** Flushes and stops listening to page events. */
  dispose(): Promise<void>;
}

interface EventSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Where `pagehide` fires (default: `window`, if there is one). */
  window?: EventSource;
  /** Where `visibilitychange` fires and `visibilityState` is read (default: `document`). */
  document?: EventSource & { visibilityState?: string };
}

/** Creates an autosaver around `save` (for example `(m) => workbook.meetings.save(m)`). */
export function createAutosave<T>(
  save: (value: T) => Promise<unknown>,
  options: AutosaveOptions = {},
): Autosave<T> {
  const delay = options.delayMs ?? 300;
  const win = options.window ?? (globalThis as { window?: EventSource }).window;
  const doc =
    options.document ?? (globalThis as { document?: EventSource & { visibilityState?: string } }).document;
  const listeners = new Set<(status: AutosaveStatus) => void>();
  let status: AutosaveStatus = { state: 'idle' };
  let queued: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  // Saves queued values one after another until none is left.
  const drain = (): Promise<void> => {
    running ??= (async () => {
      while (queued) {
        const { value } = queued;
        queued = undefined;
        setStatus({ state: 'saving' });
        try {
          await save(value);
          if (!queued) setStatus({ state: 'saved', at: new Date().toISOString() });
        } catch (error) {
          setStatus({ state: 'error', error: toWorkbookError(error) });
        }
      }
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const flush = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    await drain();
    // A value scheduled while the last save ran is saved too.
    if (queued) await drain();
  };

  const onHide = () => void flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(value) {
      queued = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void drain();
      }, delay);
    },
    flush,
    get status() {
      return status;
    },
    get pending() {
      return queued !== undefined || running !== undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      win?.removeEventListener('pagehide', onHide);
      doc?.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}

export { WorkbookError };
