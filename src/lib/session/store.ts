/**
 * A value islands subscribe to: the one small store the session layer uses for its state (what the
 * page shows, the save status, conflicts). Kept in src/lib, free of Preact; components/shared wires
 * it to hooks. Listeners hear only real changes.
 */
export interface ReadableStore<T> {
  get(): T;
  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
}

export interface Store<T> extends ReadableStore<T> {
  set(value: T): void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
