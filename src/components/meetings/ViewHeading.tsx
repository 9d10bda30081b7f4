/** A view's heading; takes focus when the view opens so keyboard and screen reader users land on it. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { userHasActed } from '../shared/user-has-acted';

let focusNext = false;
let skipNext = false;

/**
 * Makes the next view heading take focus even though focus is lost (on the page's body), e.g. after
 * the button that opened the view was removed.
 */
export function focusNextHeading(): void {
  focusNext = true;
}

/** Makes the next view heading leave focus alone, because something else on the page takes it. */
export function skipNextHeadingFocus(): void {
  skipNext = true;
}

export function ViewHeading({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (skipNext) {
      skipNext = false;
      return;
    }
    // Only move focus after in-page navigation, not on first load (the page's own h1 comes first). A
    // button that opened this view ("Record a meeting") has gone with the old view, leaving focus on the
    // page's body, so a click or key press since the page loaded counts as in-page navigation too.
    const active = document.activeElement;
    if (focusNext || userHasActed() || (active && active !== document.body)) {
      focusNext = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} class="view-heading">
      {children}
    </h2>
  );
}
