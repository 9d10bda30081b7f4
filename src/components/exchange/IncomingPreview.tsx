/**
 * What an exchange from the partner will change, in plain words, before anything is merged: "From
 * Tom: 2 new meetings, 3 actions done and the agreement." Nothing changes until the person says so.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Prepared } from '../../lib/exchange/apply';
import { listWords } from '../../lib/exchange/summary';

interface Props {
  prepared: Prepared;
  partner: string;
  names: Record<'mentor' | 'mentee', string>;
  onAccept: () => void;
  onCancel: () => void;
}

export function IncomingPreview({ prepared, partner, names, onAccept, onCancel }: Props) {
  const { words, outcome } = prepared;
  // Wherever the panel sits on the page, the person who opened a link is taken to what it holds.
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.scrollIntoView({ block: 'center' });
    region.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={region}
      tabIndex={-1}
      class="notice exchange-preview"
      role="region"
      aria-label={`What ${partner} sent`}
    >
      {words.length === 0 ? (
        <p>This device already has everything in what {partner} sent. Nothing to add.</p>
      ) : (
        <p>
          From {partner}: {listWords(words)}.
        </p>
      )}
      {outcome.refused.map((role) => (
        <p key={role}>
          Answers in {names[role]}’s name were left out: only {names[role]}’s own device can change them.
        </p>
      ))}
      <p class="actions">
        {words.length > 0 && (
          <button type="button" onClick={onAccept}>
            Add to this device
          </button>
        )}
        <button type="button" class="secondary" onClick={onCancel}>
          {words.length > 0 ? 'Not now' : 'Close'}
        </button>
      </p>
    </div>
  );
}
