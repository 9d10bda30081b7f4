/**
 * Moves keyboard focus to an element that the next render creates. When a button is replaced by
 * something else (a deleted item by its undo, a form by its result), focus would otherwise fall back to
 * the page and a keyboard or screen reader user would have to find their place again.
 */
import { useEffect, useRef } from 'preact/hooks';

/** Returns `focusNext(id)`: after the next render, the element with that id (if any) takes focus. */
export function useFocusNext(): (id: string) => void {
  const pendingRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pendingRef.current === undefined) return;
    const element = document.getElementById(pendingRef.current);
    if (element) {
      element.focus();
      pendingRef.current = undefined;
    }
  });
  return (id: string) => {
    pendingRef.current = id;
  };
}
