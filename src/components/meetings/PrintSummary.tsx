/** A printable summary of one or more meetings; private notes only when the person chose them. */
import { formatDateLong, formatMinutes, localToday } from '../../lib/dates';
import { isOverdue } from '../../lib/meetings/carry-forward';
import type { Meeting, MeetingLogData } from '../../lib/meetings/types';
import { formatLabels, ownerLabels } from './labels';
import { ViewHeading } from './ViewHeading';

interface Props {
  data: MeetingLogData;
  meetings: Meeting[];
  includePrivate: boolean;
  onClose: () => void;
}

// In brackets after the action, like an action's owner and due date: "Draft the briefing. (Done)".
const outcomeWords = { done: 'Done', carried: 'Carried forward', dropped: 'Dropped' } as const;

export function PrintSummary({ data, meetings, includePrivate, onClose }: Props) {
  const today = localToday();
  return (
    <section class="log-view print-summary">
      <ViewHeading>Meeting summary</ViewHeading>
      <p class="no-print">
        {includePrivate ? 'Private notes are included.' : 'Private notes are left out.'}{' '}
        <button type="button" onClick={() => print()}>
          Print
        </button>{' '}
        <button type="button" class="secondary" onClick={onClose}>
          Back to history
        </button>
      </p>
      {meetings.length === 0 && <p>No meetings in those dates.</p>}
      {meetings.map((meeting) => {
        const created = data.actions.filter((a) => a.createdInMeetingId === meeting.id);
        const reviewed = data.actions.flatMap((a) =>
          a.reviews.filter((r) => r.meetingId === meeting.id).map((r) => ({ action: a, outcome: r.outcome })),
        );
        return (
          <article key={meeting.id} class="summary-meeting">
            <h3>{formatDateLong(meeting.date)}</h3>
            <p class="muted">
              {[
                meeting.durationMinutes ? formatMinutes(meeting.durationMinutes) : '',
                meeting.format ? formatLabels[meeting.format] : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </p>
            {reviewed.length > 0 && (
              <>
                <h4>Follow-through</h4>
                <ul>
                  {reviewed.map(({ action, outcome }) => (
                    <li key={action.id}>
                      {action.text} ({outcomeWords[outcome]})
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h4>Agenda</h4>
            <p class="pre-line">{meeting.agenda || '—'}</p>
            <h4>Notes</h4>
            <p class="pre-line">{meeting.notes || '—'}</p>
            {created.length > 0 && (
              <>
                <h4>Actions</h4>
                <ul>
                  {created.map((action) => (
                    <li key={action.id}>
                      {action.text} ({ownerLabels[action.owner]}
                      {action.due ? `, due ${formatDateLong(action.due)}` : ''})
                      {isOverdue(action, today) && <strong> Overdue.</strong>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {includePrivate && meeting.privateNote && (
              <>
                <h4>Private note</h4>
                <p class="pre-line">{meeting.privateNote}</p>
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
