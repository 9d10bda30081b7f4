/**
 * The one way to load part of a page only when it is first shown, so each page's first download stays
 * small. `lazy(load)` is a component, made once at module level: it loads on its first render (one
 * download, however many places show it) and then renders what loaded. Meanwhile it says "Loading…"
 * (or nothing, for a part that may never appear); if the chunk fails to arrive — offline before the
 * site was installed, a deploy in between — it says so and offers to try again, never "Loading…"
 * for ever. The service worker precaches every chunk, so a lazy part opens offline once installed.
 * Written with `h` rather than JSX, so even the tiny backup-reminder island can use it.
 */
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyOptions {
  /** `none`: show nothing while loading (a notice that appears only when needed). */
  loading?: 'status' | 'none';
}

export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyOptions = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // the next try downloads again
        throw error;
      },
    ));

  function Lazy(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded || failed) return undefined;
      let live = true;
      start().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (loaded) return h(loaded, props);
    if (failed) {
      return h(
        'div',
        { role: 'alert', class: 'notice warning' },
        h(
          'p',
          null,
          'This part of the page could not be loaded. Check that you are online, or that the site is installed. Your work is saved.',
        ),
        h('button', { type: 'button', onClick: () => setFailed(false) }, 'Try again'),
      );
    }
    return options.loading === 'none' ? null : h('p', { role: 'status' }, 'Loading…');
  }
  return Lazy;
}
