/** Wires a session store (src/lib/session/store.ts) to a component: it re-renders when the value changes. */
import { useEffect, useReducer } from 'preact/hooks';
import type { ReadableStore } from '../../lib/session/store';

export function useStore<T>(store: ReadableStore<T> | undefined, fallback: T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!store) return undefined;
    const off = store.subscribe(() => rerender(undefined));
    rerender(undefined); // it may have changed between the render and now
    return off;
  }, [store]);
  return store ? store.get() : fallback;
}
