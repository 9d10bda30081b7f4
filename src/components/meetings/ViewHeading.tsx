/** A view's heading; takes focus when the view opens so keyboard and screen reader users land on it. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function ViewHeading({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only move focus after in-page navigation, not on first load (the page's own h1 comes first).
    if (document.activeElement && document.activeElement !== document.body) ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} class="view-heading">
      {children}
    </h2>
  );
}
