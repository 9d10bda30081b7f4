/** The overview: a meeting in progress, next meeting, rhythm, review, open actions by owner and current goals. */
import { formatDateLong, formatDateTimeLong, formatMinutes, localToday } from '../../lib/dates';
import { checkRhythm, describeRhythm, describeRhythmStatus } from '../../lib/calendar/rhythm';
import { agreedRhythmFor, practicalitiesOf } from '../../lib/meetings/agreement-input';
import { CARRIED_PROMPT, needsConversation, openActionsByOwner } from '../../lib/meetings/carry-forward';
import { lastMetOn } from '../../lib/meetings/records';
import { meetingInProgress } from '../../lib/meetings/start-meeting';
import { viewStateToHash } from '../../lib/meetings/view-state';
import { DueDate } from './DueDate';
import { formatLabels, ownerLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ReviewPanel } from './ReviewPanel';
import { useStartMeeting } from './use-start-meeting';
import { ViewHeading } from './ViewHeading';

export function Overview({ data, change, go }: ViewProps) {
  const today = localToday();
  const rhythm = agreedRhythmFor(data.partnership, practicalitiesOf(data));
  const check = checkRhythm(rhythm, lastMetOn(data.meetings, data), today);
  const next = data.partnership.nextMeeting;
  const goals = data.goals.filter((goal) => goal.status === 'active');
  const inProgress = meetingInProgress(data.meetings);
  const start = useStartMeeting(data, change, go);

  return (
    <section class="log-view">
      <ViewHeading>Overview</ViewHeading>
      {inProgress && (
        <div class="log-note" role="note">
          <p>You have a meeting in progress, from {formatDateLong(inProgress.date)}.</p>
          <button type="button" onClick={() => go({ view: 'meeting', meetingId: inProgress.id })}>
            Continue the meeting
          </button>
        </div>
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
        <button type="button" class={inProgress ? 'secondary' : undefined} onClick={start}>
          Record a meeting
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: 'prepare' })}>
          Prepare the next meeting
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: 'schedule' })}>
          Plan the next meeting
        </button>
      </p>
      <ReviewPanel data={data} reviewOn={rhythm.reviewOn} today={today} go={go} />

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
                  {action.text} <DueDate action={action} prefix="— due" />
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
      <h3>When the time comes</h3>
      <p>
        Every partnership ends, and that is no one's fault.{' '}
        <a href={viewStateToHash({ partnershipId: data.partnership.id, view: 'ending' })}>
          Close our partnership
        </a>{' '}
        when you are both ready: you look back together and keep a one-page summary.
      </p>
    </section>
  );
}
