/**
 * Deleting this meeting, e.g. one started by mistake: a confirm step that says exactly what goes and
 * what stays (delete-meeting.ts has the rule), then an undo at the top of the log until the page is
 * left.
 */
import { useRef, useState } from 'preact/hooks';
import { formatDateLong } from '../../lib/dates';
import { planMeetingDeletion, restoreMeetingChanges } from '../../lib/meetings/delete-meeting';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { Meeting, MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';
import { focusSoon, type UndoApi } from './undo';
import { skipNextHeadingFocus } from './ViewHeading';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
  change: (changes: LogChanges) => void;
  go: (next: Partial<ViewState>) => void;
  undo: UndoApi;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function DeleteMeeting({ data, meeting, change, go, undo }: Props) {
  const [asking, setAsking] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const date = formatDateLong(meeting.date);

  if (!asking) {
    return (
      <p class="no-print">
        <button
          ref={openRef}
          id="delete-meeting"
          type="button"
          class="secondary"
          onClick={() => {
            setAsking(true);
            focusSoon('delete-meeting-heading');
          }}
        >
          Delete this meeting
        </button>
      </p>
    );
  }

  const plan = planMeetingDeletion(data, meeting.id, new Date().toISOString());
  if (!plan) return null;
  const confirm = () => {
    change(plan.changes);
    undo.remember({
      id: meeting.id,
      kind: 'meeting',
      meetingId: meeting.id,
      label: date,
      restore: (now) => restoreMeetingChanges(now, plan, new Date().toISOString()),
    });
    // Focus goes to the Undo at the top of the log (UndoNotice), not to the history's heading.
    skipNextHeadingFocus();
    go({ view: 'history' });
  };
  const keep = () => {
    setAsking(false);
    focusSoon('delete-meeting');
  };

  return (
    <section class="confirm-delete no-print" aria-labelledby="delete-meeting-heading">
      <h3 id="delete-meeting-heading" tabIndex={-1}>
        Delete the meeting of {date}?
      </h3>
      <p>Its agenda, notes and private note will be deleted.</p>
      {plan.deletedActions.length > 0 && (
        <>
          <p>
            {plural(
              plan.deletedActions.length,
              'The action agreed in it goes too:',
              `The ${plan.deletedActions.length} actions agreed in it go too:`,
            )}
          </p>
          <ul>
            {plan.deletedActions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ul>
        </>
      )}
      {plan.keptActions.length > 0 && (
        <p>
          {plural(
            plan.keptActions.length,
            'One action agreed in it stays, because a later meeting followed it up:',
            `${plan.keptActions.length} actions agreed in it stay, because later meetings followed them up:`,
          )}{' '}
          {plan.keptActions.map((action) => `“${action.text}”`).join(', ')}.
        </p>
      )}
      {plan.reopened.length > 0 && (
        <p>
          {plural(
            plan.reopened.length,
            'This meeting marked one earlier action done or dropped. It will be open again:',
            `This meeting marked ${plan.reopened.length} earlier actions done or dropped. They will be open again:`,
          )}{' '}
          {plan.reopened.map((action) => `“${action.text}”`).join(', ')}.
        </p>
      )}
      <p>You can undo this until you leave the page.</p>
      <div class="log-actions-row">
        <button type="button" class="danger" onClick={confirm}>
          Yes, delete the meeting
        </button>
        <button type="button" class="secondary" onClick={keep}>
          No, keep it
        </button>
      </div>
    </section>
  );
}
