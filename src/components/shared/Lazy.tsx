/**
 * Loads a part of an island only when it is first shown, so the checklist page's first visit stays
 * within its JavaScript budget (the comparison, sharing and QR code are not needed while answering).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Renders `load()`'s default export with `props` once it has loaded; a polite status meanwhile. */
export function Lazy<P extends object>({
  load,
  props,
}: {
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
}) {
  const [Component, setComponent] = useState<ComponentType<P> | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (m) => {
        if (!cancelled) setComponent(() => m.default);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  if (failed) {
    return (
      <p role="alert">
        This part of the page could not be loaded. Check that you are still online or that the site is
        installed, then reload the page. Your answers are saved.
      </p>
    );
  }
  return Component ? <Component {...props} /> : <p role="status">Loading…</p>;
}
