/**
 * The closing summary: the goals and how they ended, the meetings held, the actions done, and the
 * reflections their writers chose to share. Laid out to print on one A4 page, as a keepsake.
 */
import { formatDateLong } from '../../lib/dates';
import { closingSummary } from '../../lib/meetings/ending';
import { partnershipLabel } from '../../lib/data/partnership-label';
import type { GoalStatus, MeetingLogData } from '../../lib/meetings/types';

const whoLabel = { mentee: 'The mentee', mentor: 'The mentor' } as const;
const endedWords: Record<GoalStatus, string> = {
  active: 'Still going',
  achieved: 'Achieved',
  changed: 'Changed',
  dropped: 'Set aside',
};

export function ClosingSummary({ data }: { data: MeetingLogData }) {
  const summary = closingSummary(data);
  const { partnership } = data;
  const names = { mentee: partnership.menteeName, mentor: partnership.mentorName };
  return (
    <article class="keepsake" aria-labelledby="keepsake-title">
      <h3 id="keepsake-title">{partnershipLabel(partnership)}: our mentoring partnership</h3>
      <p>
        {summary.startedOn ? `From ${formatDateLong(summary.startedOn)}` : 'Our partnership'}
        {summary.closedOn ? ` to ${formatDateLong(summary.closedOn)}.` : '.'}{' '}
        {summary.meetingsHeld === 0
          ? 'No meetings recorded.'
          : `${summary.meetingsHeld} ${summary.meetingsHeld === 1 ? 'meeting' : 'meetings'} held` +
            (summary.firstMetOn && summary.lastMetOn && summary.firstMetOn !== summary.lastMetOn
              ? `, the first on ${formatDateLong(summary.firstMetOn)} and the last on ${formatDateLong(summary.lastMetOn)}.`
              : '.')}{' '}
        {summary.actionsTotal === 0
          ? ''
          : `${summary.actionsDone} of ${summary.actionsTotal} ${summary.actionsTotal === 1 ? 'action' : 'actions'} done.`}
      </p>
      <h4>Goals and how they ended</h4>
      {summary.goals.length === 0 ? (
        <p>No goals were written down.</p>
      ) : (
        <ul>
          {summary.goals.map((goal) => (
            <li key={goal.id}>
              {goal.text} <span class="keepsake-status">({endedWords[goal.status]})</span>
            </li>
          ))}
        </ul>
      )}
      {summary.reflections.map(({ who, reflection }) => (
        <section key={who} class="keepsake-reflection">
          <h4>{names[who] ? `${names[who]} (${who})` : whoLabel[who]} looks back</h4>
          {reflection.wentWell.trim() && (
            <p>
              <strong>What went well:</strong> {reflection.wentWell}
            </p>
          )}
          {reflection.takeAway.trim() && (
            <p>
              <strong>What I will take away:</strong> {reflection.takeAway}
            </p>
          )}
        </section>
      ))}
      <p class="keepsake-thanks">Thank you for the time you gave each other.</p>
    </article>
  );
}
