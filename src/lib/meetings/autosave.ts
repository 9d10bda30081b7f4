/**
 * Debounced autosave with a status people can see: "Saving…", "Saved", or an error with what to do.
 * Changes are queued and written after a short pause in typing, and at once when the page is hidden or
 * closed (`flush`), so nothing typed is lost on reload or tab close.
 */

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<T> {
  /** Queues `value` to be saved after the pause, merged into any value still waiting. */
  queue(value: T): void;
  /** Saves a queued value now. */
  flush(): Promise<void>;
  /** True when a value is waiting to be saved. */
  hasPending(): boolean;
  /** The value waiting to be saved, or the one being saved, if any (for a synchronous stash). */
  unsaved(): T | undefined;
}

/** Creates an autosaver that calls `save` at most once per pause and reports its state. */
export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  onState: (state: SaveState, error?: unknown) => void,
  options: { delayMs?: number; merge?: (queued: T, next: T) => T } = {},
): Autosaver<T> {
  const delayMs = options.delayMs ?? 500;
  const merge = options.merge ?? ((_queued: T, next: T) => next);
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  // Values handed to `save` and not yet confirmed, oldest first (saves run one at a time).
  const inFlight: T[] = [];

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const next = pending;
    if (!next) return running;
    pending = null;
    onState('saving');
    inFlight.push(next.value);
    // Saves run one after another, so an older value never overwrites a newer one.
    running = running.then(async () => {
      try {
        await save(next.value);
        inFlight.shift();
        onState(pending ? 'pending' : 'saved');
      } catch (error) {
        inFlight.shift();
        // Keep what failed so the next change or flush tries it again: nothing typed is dropped.
        pending = { value: pending ? merge(next.value, pending.value) : next.value };
        onState('error', error);
      }
    });
    return running;
  };

  return {
    queue(value) {
      pending = { value: pending ? merge(pending.value, value) : value };
      onState('pending');
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    hasPending: () => pending !== null,
    unsaved() {
      const values = pending ? [...inFlight, pending.value] : [...inFlight];
      const [first, ...rest] = values;
      return first === undefined ? undefined : rest.reduce(merge, first);
    },
  };
}
