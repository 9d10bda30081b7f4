/**
 * A goal's timeline, oldest first: when it was set, each change of wording or status, the progress
 * notes, the meetings that discussed it and the actions towards it (goal-timeline.ts).
 */
import { formatDateLong } from '../../lib/dates';
import { goalTimeline, type TimelineEntry } from '../../lib/meetings/goal-timeline';
import type { Goal, MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';
import { goalStatusLabels, ownerLabels } from './labels';

interface Props {
  goal: Goal;
  data: MeetingLogData;
  go: (next: Partial<ViewState>) => void;
}

const actionStatusWords = { open: 'open', done: 'done', dropped: 'dropped' } as const;

function Entry({ entry, go }: { entry: TimelineEntry; go: Props['go'] }) {
  switch (entry.kind) {
    case 'set':
      return <>Goal set: “{entry.text}”.</>;
    case 'reworded':
      return (
        <>
          Wording changed from “{entry.from}” to “{entry.text}”.
        </>
      );
    case 'status':
      return <>Marked {goalStatusLabels[entry.status].toLowerCase()}.</>;
    case 'progress':
      return (
        <>
          Progress: {entry.text}
          {entry.meetingDate && (
            <span class="muted"> (at the meeting of {formatDateLong(entry.meetingDate)})</span>
          )}
        </>
      );
    case 'meeting':
      return (
        <>
          Talked about at a meeting.{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => go({ view: 'meeting', meetingId: entry.meetingId })}
          >
            Open the meeting<span class="visually-hidden"> of {formatDateLong(entry.at.slice(0, 10))}</span>
          </button>
        </>
      );
    case 'action':
      return (
        <>
          Action: {entry.action.text}{' '}
          <span class="muted">
            ({ownerLabels[entry.action.owner]}, {actionStatusWords[entry.action.status]})
          </span>
        </>
      );
  }
}

export function GoalTimeline({ goal, data, go }: Props) {
  const entries = goalTimeline(goal, data.meetings, data.actions);
  return (
    <details class="goal-timeline">
      <summary>
        Timeline<span class="visually-hidden"> of “{goal.text}”</span> ({entries.length}{' '}
        {entries.length === 1 ? 'entry' : 'entries'})
      </summary>
      <ol>
        {entries.map((entry, index) => (
          <li key={`${entry.kind}-${entry.at}-${index}`}>
            <span class="timeline-date">{formatDateLong(entry.at.slice(0, 10))}:</span>{' '}
            <Entry entry={entry} go={go} />
          </li>
        ))}
      </ol>
    </details>
  );
}
