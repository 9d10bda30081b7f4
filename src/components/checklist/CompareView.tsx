/**
 * The comparison: items to discuss first, then text items to read together, then close ones, then
 * agreed ones (collapsed). Once every item is settled the pair can open their agreement.
 */
import { compareRound, settleProgress, sortForCompare, type ComparedItem } from '../../lib/compare/settle';
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
  const section = (pred: (c: ComparedItem) => boolean) => compared.filter(pred);
  const discuss = section((c) => c.status === 'discuss' || c.status === 'incomplete');
  const read = section((c) => c.status === 'read-together');
  const close = section((c) => c.status === 'close');
  const agreed = section((c) => c.status === 'agreed');
  const heading = useRef<HTMLHeadingElement>(null);
  // Settling or reopening an item replaces the card's buttons, which would drop keyboard focus on the
  // page. What should take focus next is kept here until the new card has rendered.
  const focusNextRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (userHasActed()) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (focusNextRef.current === undefined) return;
    // A selector, not an id: the card being replaced may still be on the page for a render.
    const target = document.querySelector<HTMLElement>(focusNextRef.current);
    if (target) {
      target.focus();
      focusNextRef.current = undefined;
    }
  });
  const card = (c: ComparedItem) => (
    <CompareCard
      key={`${c.item.id}-${c.settled ? 'settled' : 'open'}`}
      compared={c}
      names={partnership}
      today={today}
      now={now}
      onSettle={(entry) => {
        const next = setAgreed(round, c.item.id, entry);
        // Settled: to the card's "Change" button (or to "See our agreement" once everything is settled).
        // Reopened: to the card's heading, just before its form.
        const id = CSS.escape(`agree-${c.item.id}`);
        focusNextRef.current =
          entry === undefined
            ? `article:has(.settle-form) > #${id}-heading`
            : settleProgress(template, next).complete
              ? '#see-agreement'
              : `#${id}-change`;
        onChange(next);
      }}
    />
  );

  return (
    <section aria-labelledby="compare-heading" class="compare">
      <h2 id="compare-heading" tabIndex={-1} ref={heading}>
        Compare your answers
      </h2>
      <p>
        {discuss.length} to discuss, {read.length} to read together, {close.length} close and {agreed.length}{' '}
        agreed. Talk through each difference and record what you agree, or park it with a date to come back
        to.
      </p>
      <div class="progress-row">
        <progress max={progress.total} value={progress.settled} aria-label="Items settled" />
        <span>
          {progress.settled} of {progress.total} settled
        </span>
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
      {discuss.length > 0 && (
        <>
          <h2 class="section-heading">To discuss</h2>
          {discuss.map(card)}
        </>
      )}
      {read.length > 0 && (
        <>
          <h2 class="section-heading">Read together</h2>
          {read.map(card)}
        </>
      )}
      {close.length > 0 && (
        <>
          <h2 class="section-heading">Close</h2>
          {close.map(card)}
        </>
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
