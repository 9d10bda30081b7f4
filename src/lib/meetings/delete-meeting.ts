/**
 * Deleting a meeting (one started by mistake, say), with an undo until the page is left.
 *
 * The rule:
 * - The meeting goes, with its agenda, notes and private note.
 * - Its own actions go with it: those agreed in it that no other meeting has followed up yet.
 * - Actions agreed in it that a later meeting has already followed up (carried forward, done or
 *   dropped) stay. They belong to the partnership now, and their history lives in those later
 *   meetings; an open one keeps coming back in follow-through. They keep the id of the meeting they
 *   were agreed in, which then names no meeting in the log.
 * - Actions from earlier meetings that this meeting followed up lose this meeting's review, and their
 *   status is worked out again from the reviews that remain: an action this meeting marked done or
 *   dropped is open again, and one it carried forward counts one carry fewer.
 * - Goals are not touched (they do not belong to a meeting).
 *
 * A deletion stays on this device: the partner's copy of a meeting shared earlier is not deleted, and
 * if they share that meeting again it comes back here (as any shared meeting is added).
 *
 * Everything is written in one transaction (the store's `writeBatch`), so the log is never half
 * deleted. The undo puts the same records back: the meeting, its own actions, and this meeting's
 * review on each action it followed up (added to the action as it is now, so later edits stay).
 */
import type { ActionReview, ActionStatus } from './carry-forward';
import type { LogChanges } from './log-store';
import type { Action, Meeting, MeetingLogData } from './types';

/** What deleting a meeting would do, for the confirmation and for the undo. */
export interface MeetingDeletion {
  meeting: Meeting;
  /** The meeting's own actions, deleted with it. */
  deletedActions: Action[];
  /** Actions agreed in the meeting that later meetings followed up: kept. */
  keptActions: Action[];
  /** Earlier actions it followed up, as they were, with the review it gave each. */
  reviewed: { action: Action; review: ActionReview }[];
  /** Of those, the ones that will be open again (it had marked them done or dropped). */
  reopened: Action[];
  /** The changes that delete it. */
  changes: LogChanges;
}

/** An action's status as its reviews say: the latest outcome, or open when there is none. */
export function statusFromReviews(reviews: readonly ActionReview[]): ActionStatus {
  let latest: ActionReview | undefined;
  for (const review of reviews) if (!latest || review.at >= latest.at) latest = review;
  return latest?.outcome === 'done' ? 'done' : latest?.outcome === 'dropped' ? 'dropped' : 'open';
}

function reviewedElsewhere(action: Action, meetingId: string): boolean {
  return action.reviews.some((review) => review.meetingId !== meetingId);
}

/** Works out what deleting `meetingId` does; undefined when the log has no such meeting. */
export function planMeetingDeletion(
  data: MeetingLogData,
  meetingId: string,
  now: string,
): MeetingDeletion | undefined {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) return undefined;
  const own = data.actions.filter((a) => a.createdInMeetingId === meetingId);
  const deletedActions = own.filter((a) => !reviewedElsewhere(a, meetingId));
  const keptActions = own.filter((a) => reviewedElsewhere(a, meetingId));
  const reviewed: MeetingDeletion['reviewed'] = [];
  const reopened: Action[] = [];
  const updated: Action[] = [];
  for (const action of data.actions) {
    const review = action.reviews.find((r) => r.meetingId === meetingId);
    // A meeting never reviews its own actions, so only earlier ones can hold a review from it.
    if (!review || action.createdInMeetingId === meetingId) continue;
    const reviews = action.reviews.filter((r) => r.meetingId !== meetingId);
    const status = statusFromReviews(reviews);
    reviewed.push({ action, review });
    if (status === 'open' && action.status !== 'open') reopened.push(action);
    updated.push({ ...action, reviews, status, updatedAt: now });
  }
  const changes: LogChanges = {
    removed: { meetings: [meetingId], actions: deletedActions.map((a) => a.id) },
  };
  if (updated.length) changes.actions = updated;
  return { meeting, deletedActions, keptActions, reviewed, reopened, changes };
}

/**
 * The changes that undo a deletion: the meeting and its own actions back as they were, and this
 * meeting's review back on each action it followed up (as that action is now, if it is still there).
 */
export function restoreMeetingChanges(
  data: MeetingLogData,
  deletion: MeetingDeletion,
  now: string,
): LogChanges {
  const meetingId = deletion.meeting.id;
  const current = new Map(data.actions.map((a) => [a.id, a]));
  const actions: Action[] = deletion.deletedActions
    .filter((a) => !current.has(a.id))
    .map((a) => ({ ...a, updatedAt: now }));
  for (const { action, review } of deletion.reviewed) {
    const base = current.get(action.id);
    if (!base) continue;
    const reviews = [...base.reviews.filter((r) => r.meetingId !== meetingId), review];
    actions.push({ ...base, reviews, status: statusFromReviews(reviews), updatedAt: now });
  }
  const changes: LogChanges = { meetings: [{ ...deletion.meeting, updatedAt: now }] };
  if (actions.length) changes.actions = actions;
  return changes;
}
