/**
 * After a round is settled: a link to the agreement, what changed since the previous round, and
 * "Review our expectations", which starts a new round pre-filled from this agreement.
 */
import { changesBetweenRounds } from '../../lib/agreement/changes';
import type { ChecklistRound, ChecklistTemplate } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { partnershipFragment } from '../../lib/transfer/fragment';

interface Props {
  template: ChecklistTemplate;
  round: ChecklistRound;
  previous: ChecklistRound | undefined;
  partnershipId: string;
  base: string;
  onReview: () => void;
}

export default function SettledView({ template, round, previous, partnershipId, base, onReview }: Props) {
  const changes = previous ? changesBetweenRounds(template, previous, round) : [];
  return (
    <section aria-labelledby="settled-heading">
      <h2 id="settled-heading">
        {round.number === 1 ? 'You have agreed your expectations' : 'Your review is settled'}
      </h2>
      <p>
        <a class="button" href={withBase(base, `/workbook/agreement/${partnershipFragment(partnershipId)}`)}>
          Open our agreement
        </a>
      </p>
      {previous && (
        <>
          <h3>What changed since your last agreement</h3>
          {changes.length === 0 ? (
            <p>Nothing changed: you agreed the same as last time.</p>
          ) : (
            <ul class="changes">
              {changes.map((c) => (
                <li key={c.itemId}>
                  <strong>{c.prompt}</strong> Before: {c.before ?? 'not agreed'}. Now: {c.after ?? 'parked'}.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>Review later</h3>
      <p>
        After a few months, look at your expectations again. A review starts from what you agreed, so each of
        you only changes what has moved.
      </p>
      <button type="button" class="secondary" onClick={onReview}>
        Review our expectations
      </button>
    </section>
  );
}
