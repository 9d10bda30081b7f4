/**
 * Follow-through first: a new meeting opens with the actions still open from before, and each is
 * marked done, carried forward or dropped. The outcome is recorded in the action's `reviews`, one entry
 * per meeting, so the history shows how often something slipped. An action carried forward twice or more
 * is flagged with a gentle prompt: the same conversation repeating is the sign that something is in the way.
 *
 * These functions are pure and generic over the action record, so they work on the stored schema type.
 */

/** What a meeting decided about an action from before. */
export type ReviewOutcome = 'done' | 'carried' | 'dropped';

/** An action's state. */
export type ActionStatus = 'open' | 'done' | 'dropped';

/** One meeting's review of an action. */
export interface ActionReview {
  meetingId: string;
  outcome: ReviewOutcome;
  /** When the outcome was recorded (ISO instant). */
  at: string;
}

/** The parts of an action that follow-through reads. */
export interface ReviewableAction {
  id: string;
  createdInMeetingId: string;
  status: ActionStatus;
  reviews: readonly ActionReview[];
  updatedAt?: string;
}

/** Carried forward this many times or more, an action is flagged. */
export const CARRIED_FLAG_THRESHOLD = 2;

/** The gentle prompt shown beside a flagged action. */
export const CARRIED_PROMPT =
  'This has been carried forward a few times. It may help to talk about what is getting in the way, or whether it still matters.';

/**
 * The actions a meeting reviews: those created in an earlier meeting that are still open, plus any this
 * meeting has already reviewed (so a choice made can be changed).
 */
export function actionsToReview<A extends ReviewableAction>(actions: readonly A[], meetingId: string): A[] {
  return actions.filter(
    (action) =>
      action.createdInMeetingId !== meetingId &&
      (action.status === 'open' || action.reviews.some((review) => review.meetingId === meetingId)),
  );
}

/** The outcome this meeting gave the action, if any. */
export function reviewIn(action: ReviewableAction, meetingId: string): ReviewOutcome | undefined {
  return action.reviews.find((review) => review.meetingId === meetingId)?.outcome;
}

/** How many meetings carried the action forward. */
export function timesCarried(action: ReviewableAction): number {
  return action.reviews.filter((review) => review.outcome === 'carried').length;
}

/** True when the action has been carried forward often enough to talk about what is in the way. */
export function needsConversation(action: ReviewableAction): boolean {
  return action.status === 'open' && timesCarried(action) >= CARRIED_FLAG_THRESHOLD;
}

function statusAfter(outcome: ReviewOutcome | undefined): ActionStatus {
  return outcome === 'done' ? 'done' : outcome === 'dropped' ? 'dropped' : 'open';
}

/**
 * Records this meeting's outcome for the action (replacing an earlier choice in the same meeting) and sets
 * its status to match. `outcome` undefined clears this meeting's choice and reopens the action.
 * Returns a new action; the input is not changed.
 */
export function reviewAction<A extends ReviewableAction>(
  action: A,
  meetingId: string,
  outcome: ReviewOutcome | undefined,
  now: string,
): A {
  const others = action.reviews.filter((review) => review.meetingId !== meetingId);
  const reviews = outcome ? [...others, { meetingId, outcome, at: now }] : others;
  return { ...action, reviews, status: statusAfter(outcome), updatedAt: now };
}

/** Open actions grouped by owner, in the order mentee, mentor, both. */
export function openActionsByOwner<A extends ReviewableAction & { owner: 'mentee' | 'mentor' | 'both' }>(
  actions: readonly A[],
): { owner: 'mentee' | 'mentor' | 'both'; actions: A[] }[] {
  const owners = ['mentee', 'mentor', 'both'] as const;
  return owners.map((owner) => ({
    owner,
    actions: actions.filter((action) => action.status === 'open' && action.owner === owner),
  }));
}

/**
 * Carries the action forward in this meeting with the new date it is due by: an action carried
 * forward keeps no stale due date. `due` undefined leaves it with no due date.
 */
export function carryForward<A extends ReviewableAction & { due?: string | undefined }>(
  action: A,
  meetingId: string,
  due: string | undefined,
  now: string,
): A {
  const carried = reviewAction(action, meetingId, 'carried', now);
  if (due) carried.due = due;
  else delete carried.due;
  return carried;
}

/**
 * True when an open action's due date is before `today` (both "YYYY-MM-DD"): it is overdue. Done
 * and dropped actions, and those due today or with no date, are not.
 */
export function isOverdue(
  action: { status: ActionStatus; due?: string | undefined },
  today: string,
): boolean {
  return action.status === 'open' && action.due !== undefined && action.due < today;
}
