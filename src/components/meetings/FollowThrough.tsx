/**
 * Follow-through first: the open actions from earlier meetings, each marked done, carried forward or
 * dropped in this meeting. An action carried forward twice or more shows a gentle prompt. Each can be
 * corrected here too, keeping its history. Carrying one forward asks for its new due date.
 */
import { useState } from 'preact/hooks';
import {
  actionsToReview,
  carryForward,
  CARRIED_PROMPT,
  needsConversation,
  reviewAction,
  reviewIn,
  type ReviewOutcome,
} from '../../lib/meetings/carry-forward';
import type { LogChanges } from '../../lib/meetings/log-store';
import { defaultDue } from '../../lib/meetings/records';
import type { Action, Meeting, MeetingLogData } from '../../lib/meetings/types';
import { DueDate } from './DueDate';
import { ActionEditor } from './ActionEditor';
import { editButtonId } from './ActionItem';
import { ownerLabels } from './labels';
import { focusSoon } from './undo';
import { ShowMore, useShown } from './ShowMore';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
  change: (changes: LogChanges) => void;
}

const outcomes: { value: ReviewOutcome; label: string }[] = [
  { value: 'done', label: 'Done' },
  { value: 'carried', label: 'Carry forward' },
  { value: 'dropped', label: 'Drop' },
];

export function FollowThrough({ data, meeting, change }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  // Only actions from meetings on or before this one's date: an old meeting does not review newer actions.
  // An action whose meeting was deleted (kept because a later meeting followed it up) still comes back
  // in the meetings from the first one that followed it up.
  const dates = new Map(data.meetings.map((m) => [m.id, m.date]));
  const onOrBefore = (id: string) => (dates.get(id) ?? '9999') <= meeting.date;
  const toReview = actionsToReview(data.actions, meeting.id).filter((a) =>
    dates.has(a.createdInMeetingId)
      ? onOrBefore(a.createdInMeetingId)
      : a.reviews.some((r) => onOrBefore(r.meetingId)),
  );

  const bounded = useShown(toReview);

  // Carrying an action forward gives it a new due date: the next meeting's day when it is after this
  // meeting, else none until the pair set one in the field that appears.
  const choose = (action: Action, outcome: ReviewOutcome) => {
    const now = new Date().toISOString();
    if (outcome !== 'carried') return change({ actions: [reviewAction(action, meeting.id, outcome, now)] });
    const next = defaultDue(data.partnership);
    const due = next && next > meeting.date ? next : undefined;
    change({ actions: [carryForward(action, meeting.id, due, now)] });
  };

  return (
    <div class="follow-through">
      <h3>What you each said you would do</h3>
      {toReview.length === 0 ? (
        <p class="muted">No open actions from earlier meetings.</p>
      ) : (
        <>
          <p>
            Start here. For each action, say what happened.
            {toReview.length > bounded.shown.length && ` There are ${toReview.length} in all.`}
          </p>
          {bounded.shown.map((action) => {
            const chosen = reviewIn(action, meeting.id);
            const name = `review-${action.id}`;
            return (
              <fieldset key={action.id} class="review">
                <legend>
                  {action.text} <span class="muted">({ownerLabels[action.owner]})</span>
                </legend>
                <div class="choices">
                  {outcomes.map((outcome) => (
                    <label key={outcome.value} class="choice">
                      <input
                        type="radio"
                        name={name}
                        value={outcome.value}
                        checked={chosen === outcome.value}
                        onChange={() => choose(action, outcome.value)}
                      />
                      {outcome.label}
                    </label>
                  ))}
                </div>
                {needsConversation(action) && <p class="log-flag">{CARRIED_PROMPT}</p>}
                {action.due && (
                  <p>
                    <DueDate action={action} prefix="Due" />
                  </p>
                )}
                {chosen === 'carried' && (
                  <div class="carried-due">
                    <label for={`carried-due-${action.id}`}>
                      New due date<span class="visually-hidden"> for “{action.text}”</span>
                    </label>
                    <input
                      id={`carried-due-${action.id}`}
                      type="date"
                      value={action.due ?? ''}
                      onChange={(event) =>
                        change({
                          actions: [
                            carryForward(
                              action,
                              meeting.id,
                              event.currentTarget.value || undefined,
                              new Date().toISOString(),
                            ),
                          ],
                        })
                      }
                    />
                  </div>
                )}
                {editing === action.id ? (
                  <ActionEditor
                    action={action}
                    goals={data.goals}
                    onCancel={() => {
                      setEditing(null);
                      focusSoon(editButtonId(action));
                    }}
                    onSave={(edited) => {
                      if (edited !== action) change({ actions: [edited] });
                      setEditing(null);
                      focusSoon(editButtonId(action));
                    }}
                  />
                ) : (
                  <button
                    id={editButtonId(action)}
                    type="button"
                    class="secondary"
                    onClick={() => setEditing(action.id)}
                  >
                    Edit<span class="visually-hidden"> “{action.text}”</span>
                  </button>
                )}
              </fieldset>
            );
          })}
          <ShowMore left={bounded.left} step={bounded.step} more={bounded.more} what="open actions" />
        </>
      )}
    </div>
  );
}
