/** The overview: next meeting, rhythm, review reminder, open actions by owner and current goals. */
import { localToday } from '../../lib/calendar/dates';
import { formatDateLong, formatDateTimeLong, formatMinutes } from '../../lib/calendar/format';
import { describeReviewReminder, reviewReminder } from '../../lib/calendar/review';
import { checkRhythm, describeRhythm, describeRhythmStatus } from '../../lib/calendar/rhythm';
import { agreedRhythmFor, practicalitiesOf } from '../../lib/meetings/agreement-input';
import { CARRIED_PROMPT, needsConversation, openActionsByOwner } from '../../lib/meetings/carry-forward';
import { lastMetOn } from '../../lib/meetings/records';
import { formatLabels, ownerLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';

export function Overview({ data, go }: ViewProps) {
  const today = localToday();
  const rhythm = agreedRhythmFor(data.partnership, practicalitiesOf(data));
  const check = checkRhythm(rhythm, lastMetOn(data.meetings), today);
  const reminder = reviewReminder(rhythm.reviewOn, today);
  const next = data.partnership.nextMeeting;
  const goals = data.goals.filter((goal) => goal.status === 'active');

  return (
    <section class="log-view">
      <ViewHeading>Overview</ViewHeading>
      {reminder && (
        <p class="log-note" role="note">
          {describeReviewReminder(reminder)}
        </p>
      )}
      <h3>Next meeting</h3>
      {next ? (
        <p>
          {formatDateTimeLong(next.start)}, {formatMinutes(next.durationMinutes)}
          {next.format ? `, ${formatLabels[next.format].toLowerCase()}` : ''}.
        </p>
      ) : (
        <p>Not planned yet.</p>
      )}
      <p>
        {describeRhythm(check)} {describeRhythmStatus(check)}
      </p>
      <p class="log-actions-row">
        <button type="button" onClick={() => go({ view: 'prepare' })}>
          Prepare the next meeting
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: 'meeting' })}>
          Record a meeting
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: 'schedule' })}>
          Plan the next meeting
        </button>
      </p>

      <h3>Open actions</h3>
      {openActionsByOwner(data.actions).map(({ owner, actions }) => (
        <div key={owner}>
          <h4>{ownerLabels[owner]}</h4>
          {actions.length === 0 ? (
            <p class="muted">Nothing open.</p>
          ) : (
            <ul>
              {actions.map((action) => (
                <li key={action.id}>
                  {action.text}
                  {action.due && <span class="muted"> (due {formatDateLong(action.due)})</span>}
                  {needsConversation(action) && <p class="log-flag">{CARRIED_PROMPT}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}

      <h3>The mentee's current goals</h3>
      {goals.length === 0 ? (
        <p class="muted">No goals written down yet.</p>
      ) : (
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>{goal.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
