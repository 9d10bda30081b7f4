/**
 * Lists a person sees show a bounded number at a time, however many there are (issue 19): with 5,000
 * open actions, follow-through drew 60,000 elements and the meeting never opened. `useShown` keeps how
 * many are shown; `ShowMore` offers the next ones and says how many are left.
 */
import { useState } from 'preact/hooks';

/** How many items a list shows at first, and how many more each press adds. */
export const SHOWN_AT_ONCE = 20;

/** The first `count` items and a way to show more (`step` at a time). */
export function useShown<T>(items: readonly T[], step = SHOWN_AT_ONCE) {
  const [count, setCount] = useState(step);
  return {
    shown: items.slice(0, count),
    left: Math.max(0, items.length - count),
    step,
    more: () => setCount((c) => c + step),
  };
}

interface Props {
  /** How many are not shown yet. */
  left: number;
  step: number;
  more: () => void;
  /** What the list holds, plural: "open actions". */
  what: string;
}

/** A button for the next items of a list, or nothing when all are shown. */
export function ShowMore({ left, step, more, what }: Props) {
  if (left === 0) return null;
  const next = Math.min(left, step);
  return (
    <p class="show-more">
      <button type="button" class="secondary" onClick={more}>
        Show {next} more {what}
      </button>{' '}
      <span class="muted">({left} not shown yet)</span>
    </p>
  );
}
