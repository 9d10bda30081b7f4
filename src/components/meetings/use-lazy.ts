/**
 * Loads a component only when it is first shown, keeping the page's first download small: the
 * overview comes with the page, the other views and the sharing code (link codec, QR) when opened.
 * The service worker precaches every chunk, so a lazy view still opens offline.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const cache = new Map<() => Promise<unknown>, unknown>();

/** The component `load` resolves to, or null while it loads (and if it fails to). */
export function useLazy<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(
    () => (cache.get(load) as ComponentType<P> | undefined) ?? null,
  );
  useEffect(() => {
    let live = true;
    const cached = cache.get(load) as ComponentType<P> | undefined;
    if (cached) {
      setComponent(() => cached);
      return;
    }
    load()
      .then((loaded) => {
        cache.set(load, loaded);
        if (live) setComponent(() => loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load]);
  return component;
}
