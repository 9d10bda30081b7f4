/**
 * Meeting entry: details, follow-through on earlier actions first, then agenda, notes, progress on
 * goals, new actions, the private note and the protected-time check. Without a meeting id it resumes
 * the meeting in progress, or offers to start one.
 */
import { meetingInProgress } from '../../lib/meetings/start-meeting';
import type { Meeting } from '../../lib/meetings/types';
import { DeleteMeeting } from './DeleteMeeting';
import { FollowThrough } from './FollowThrough';
import { GoalProgressField } from './GoalProgressField';
import type { ViewProps } from './LogViews';
import { MeetingDetails } from './MeetingDetails';
import { NewActions } from './NewActions';
import { ProtectedTimeCheckField } from './ProtectedTimeCheckField';
import { ShareMeeting } from './ShareMeeting';
import { useDiscardIfLeftEmpty, useFinishMeeting, useStartMeeting } from './use-start-meeting';
import { ViewHeading } from './ViewHeading';

export function MeetingView(props: ViewProps & { meetingId: string | undefined }) {
  const { data, change, go, meetingId } = props;
  // The Meeting tab, from anywhere, returns to the meeting being recorded.
  const meeting = meetingId
    ? data.meetings.find((m) => m.id === meetingId)
    : meetingInProgress(data.meetings);
  const start = useStartMeeting(data, change, go);
  const finish = useFinishMeeting(data, meeting?.id ?? '', change, go);
  useDiscardIfLeftEmpty(data, meeting?.id, change);

  if (!meeting) {
    return (
      <section class="log-view">
        {/* Keys: starting a meeting swaps this heading for "Meeting", which must mount (and take focus). */}
        <ViewHeading key="record">Record a meeting</ViewHeading>
        {meetingId && <p role="alert">That meeting is not in this log. You can start a new one.</p>}
        <p>Start with what each of you said you would do, then the mentee's agenda.</p>
        <p>
          <button type="button" onClick={start}>
            Start a new meeting
          </button>
        </p>
      </section>
    );
  }

  const update = (fields: Partial<Meeting>) =>
    change({ meetings: [{ ...meeting, ...fields, updatedAt: new Date().toISOString() }] });

  return (
    <section class="log-view">
      <ViewHeading key="meeting">Meeting</ViewHeading>
      <MeetingDetails meeting={meeting} update={update} />
      <FollowThrough data={data} meeting={meeting} change={change} />
      <h3>Agenda and notes</h3>
      <label for="meeting-agenda">The mentee's agenda</label>
      <textarea
        id="meeting-agenda"
        rows={5}
        value={meeting.agenda}
        onInput={(event) => update({ agenda: event.currentTarget.value })}
      />
      <label for="meeting-notes">Notes</label>
      <textarea
        id="meeting-notes"
        rows={8}
        value={meeting.notes}
        onInput={(event) => update({ notes: event.currentTarget.value })}
      />
      <GoalProgressField data={data} meeting={meeting} change={change} />
      <NewActions data={data} meeting={meeting} change={change} undo={props.undo} />
      {/* Never on paper from this page: a printout includes private notes only when chosen (History). */}
      <div class="private-note no-print">
        <label for="meeting-private-note">Private note (stays on this device)</label>
        <p id="private-note-hint" class="hint">
          Only you see this. It is never shared with your partner and is left out of printouts unless you
          choose to include it.
        </p>
        <textarea
          id="meeting-private-note"
          rows={4}
          aria-describedby="private-note-hint"
          value={meeting.privateNote ?? ''}
          onInput={(event) => update({ privateNote: event.currentTarget.value })}
        />
      </div>
      <ProtectedTimeCheckField meeting={meeting} update={update} />
      <ShareMeeting data={data} meeting={meeting} />
      <p>
        <button type="button" onClick={finish}>
          Finish and go to the overview
        </button>
      </p>
      <DeleteMeeting data={data} meeting={meeting} change={change} go={go} undo={props.undo} />
    </section>
  );
}
