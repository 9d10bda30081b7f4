/**
 * The comparison as a focused list: a live count of what is left, a "next item to talk about" control,
 * the open items grouped by why they are open (each group says why), settled items collapsed in place
 * with their new state, and the agreed ones folded away. Settling an item moves focus to the next open
 * one, so a pair (or a keyboard) walks the list without hunting; once everything is settled the pair
 * open their agreement.
 */
import { compareRound, settleProgress, sortForCompare, type ComparedItem } from '../../lib/compare/settle';
import { groupReasons } from '../../lib/compare/reasons';
import { setAgreed, settleRound } from '../../lib/checklist/round-flow';
import { agreedPracticalities } from '../../lib/agreement/practicalities';
import { addMonths } from '../../lib/dates';
import { describeAnswer } from '../../lib/agreement/describe';
import type { ChecklistRound, ChecklistTemplate, Partnership } from '../../lib/schemas';
import { useEffect, useRef } from 'preact/hooks';
import { CompareCard } from './CompareCard';
import { userHasActed } from '../shared/user-has-acted';

interface Props {
  template: ChecklistTemplate;
  round: ChecklistRound;
  partnership: Partnership;
  today: string;
  now: () => string;
  onChange: (round: ChecklistRound) => void;
  /** Called with the settled round and the review date it implies, if any. */
  onComplete: (settled: ChecklistRound, reviewOn: string | undefined) => void;
}

const headingSelector = (itemId: string) => `#${CSS.escape(`agree-${itemId}`)}-heading`;

/** Moves focus to an item's heading and brings it into view. */
function focusItem(itemId: string): void {
  const heading = document.querySelector<HTMLElement>(headingSelector(itemId));
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/** "5 left to talk about", "1 left to talk about", or that nothing is. */
function leftText(left: number): string {
  if (left === 0) return 'Nothing left to talk about';
  return `${left} left to talk about`;
}

export default function CompareView({
  template,
  round,
  partnership,
  today,
  now,
  onChange,
  onComplete,
}: Props) {
  const compared = sortForCompare(compareRound(template, round));
  const progress = settleProgress(template, round);
  const shown = compared.filter((c) => c.status !== 'agreed');
  const open = shown.filter((c) => !c.settled);
  const sections = (['discuss', 'read-together', 'close'] as const).map((status) => ({
    status,
    items: shown.filter((c) =>
      status === 'discuss' ? c.status === 'discuss' || c.status === 'incomplete' : c.status === status,
    ),
  }));
  const agreed = compared.filter((c) => c.status === 'agreed');
  const heading = useRef<HTMLHeadingElement>(null);
  // Settling or reopening an item replaces its card, which would drop keyboard focus on the page.
  // Where focus goes next is kept here until the new cards have rendered.
  const focusNextRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (userHasActed()) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (focusNextRef.current === undefined) return;
    const target = document.querySelector<HTMLElement>(focusNextRef.current);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'start' });
      focusNextRef.current = undefined;
    }
  });

  /** The next open item after the given one, in the order shown, wrapping to the start. */
  const nextOpenAfter = (itemId: string | undefined, list: ComparedItem[]) => {
    const from = shown.findIndex((c) => c.item.id === itemId);
    const ordered = [...shown.slice(from + 1), ...shown.slice(0, from + 1)];
    return ordered.find((c) => list.some((o) => o.item.id === c.item.id) && c.item.id !== itemId);
  };

  const goNext = () => {
    // From the item that has focus, if any, else from the top.
    const current = document.activeElement?.closest('.compare-slot')?.id.replace(/^card-/, '');
    const next = nextOpenAfter(current, open) ?? open[0];
    if (next) focusItem(next.item.id);
  };

  const card = (c: ComparedItem) => (
    <div id={`card-${c.item.id}`} key={`${c.item.id}-${c.settled ? 'settled' : 'open'}`} class="compare-slot">
      <CompareCard
        compared={c}
        names={partnership}
        today={today}
        now={now}
        onSettle={(entry) => {
          const next = setAgreed(round, c.item.id, entry);
          if (entry === undefined) {
            // Reopened: to the card's heading, just before its form.
            focusNextRef.current = `article:has(.settle-form) > ${headingSelector(c.item.id)}`;
          } else {
            // Settled: on to the next item to talk about, or to "See our agreement" when none is left.
            const stillOpen = open.filter((o) => o.item.id !== c.item.id);
            const following = nextOpenAfter(c.item.id, stillOpen);
            focusNextRef.current = following ? headingSelector(following.item.id) : '#see-agreement';
          }
          onChange(next);
        }}
      />
    </div>
  );

  return (
    <section aria-labelledby="compare-heading" class="compare">
      <h2 id="compare-heading" tabIndex={-1} ref={heading}>
        Compare your answers
      </h2>
      <p>Talk through each difference and record what you agree, or pick a date to come back to it.</p>
      <div class="compare-summary">
        <div class="progress-row">
          <progress max={progress.total} value={progress.settled} aria-label="Items settled" />
          <span role="status">
            <strong>{leftText(open.length)}</strong> · {progress.settled} of {progress.total} settled
          </span>
        </div>
        {open.length > 0 && (
          <button type="button" class="secondary" onClick={goNext}>
            Next item to talk about
          </button>
        )}
      </div>
      {progress.complete && (
        <div class="notice success">
          <p>
            <strong>Every item is settled.</strong> Your agreement is ready.
          </p>
          <button
            type="button"
            id="see-agreement"
            onClick={() => {
              const settled = settleRound(template, round, now());
              const months = agreedPracticalities(template, settled).reviewAfterMonths;
              onComplete(settled, months === undefined ? undefined : addMonths(today, months));
            }}
          >
            See our agreement
          </button>
        </div>
      )}
      {sections.map(
        ({ status, items }) =>
          items.length > 0 && (
            <section key={status} class="compare-group" aria-labelledby={`group-${status}`}>
              <h2 id={`group-${status}`} class="section-heading">
                {status === 'discuss' ? 'To discuss' : status === 'close' ? 'Close' : 'Read together'}
              </h2>
              <p class="group-reason">{groupReasons[status]}</p>
              {items.map(card)}
            </section>
          ),
      )}
      {agreed.length > 0 && (
        <details class="agreed-list">
          <summary>Already agreed ({agreed.length})</summary>
          <ul>
            {agreed.map((c) => (
              <li key={c.item.id}>
                <strong>{c.item.prompt}</strong> {describeAnswer(c.item, c.mentor)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
