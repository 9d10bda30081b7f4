/**
 * Moves keyboard focus to an element that the next render creates. When a button is replaced by
 * something else (a deleted item by its undo, a form by its result), focus would otherwise fall back to
 * the page and a keyboard or screen reader user would have to find their place again.
 */
import { useEffect, useRef } from 'preact/hooks';

/** Returns `focusNext(id)`: after the next render, the element with that id (if any) takes focus. */
export function useFocusNext(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pending.current === undefined) return;
    const element = document.getElementById(pending.current);
    if (element) {
      element.focus();
      pending.current = undefined;
    }
  });
  return (id: string) => {
    pending.current = id;
  };
}
