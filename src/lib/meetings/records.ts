/**
 * Making and changing meeting-log records: new meetings, actions and goals with ids and timestamps,
 * and the small rules around them (a goal keeps its history; an action is due at the next meeting).
 * Pure functions; each returns a new record.
 */
import { newId } from '../schemas/ids';
import type { Action, ActionOwner, Goal, GoalStatus, Meeting, Partnership } from './types';

/** A new, empty meeting on `date`. */
export function newMeeting(
  partnershipId: string,
  date: string,
  now: string,
  status: Meeting['status'] = 'held',
): Meeting {
  return { id: newId(), createdAt: now, updatedAt: now, partnershipId, date, agenda: '', notes: '', status };
}

/** The date an action is due by default: the next meeting's day, if one is planned. */
export function defaultDue(partnership: Partnership): string | undefined {
  return partnership.nextMeeting?.start.slice(0, 10);
}

/** A new open action created in `meetingId`. */
export function newAction(
  meeting: Pick<Meeting, 'id' | 'partnershipId'>,
  fields: { text: string; owner: ActionOwner; due?: string | undefined; goalId?: string | undefined },
  now: string,
): Action {
  const action: Action = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    partnershipId: meeting.partnershipId,
    createdInMeetingId: meeting.id,
    text: fields.text,
    owner: fields.owner,
    status: 'open',
    reviews: [],
  };
  if (fields.due) action.due = fields.due;
  if (fields.goalId) action.goalId = fields.goalId;
  return action;
}

/** A new active goal. */
export function newGoal(partnershipId: string, text: string, now: string): Goal {
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    partnershipId,
    text,
    status: 'active',
    history: [{ at: now, status: 'active', text }],
  };
}

/** Changes a goal's text or status, adding the new state to its history. No change, no new entry. */
export function updateGoal(goal: Goal, change: { text?: string; status?: GoalStatus }, now: string): Goal {
  const text = change.text ?? goal.text;
  const status = change.status ?? goal.status;
  if (text === goal.text && status === goal.status) return goal;
  return { ...goal, text, status, updatedAt: now, history: [...goal.history, { at: now, status, text }] };
}

/** What besides the meeting itself says something happened in it. */
export interface MeetingTraces {
  actions: readonly Action[];
  goals: readonly Goal[];
}

/**
 * True when nothing was recorded in the meeting: no agenda, notes, private note or protected-time
 * check, no action created or followed up in it, and no goal progress noted in it. Its date, length and format alone say nothing,
 * so such a meeting is not a meeting: it never counts as "last met" and is discarded when left.
 */
export function isEmptyMeeting(meeting: Meeting, { actions, goals }: MeetingTraces): boolean {
  const blank = (text: string | undefined) => (text ?? '').trim() === '';
  return (
    blank(meeting.agenda) &&
    blank(meeting.notes) &&
    blank(meeting.privateNote) &&
    meeting.protectedTimeCheck === undefined &&
    !actions.some(
      (a) => a.createdInMeetingId === meeting.id || a.reviews.some((r) => r.meetingId === meeting.id),
    ) &&
    !goals.some((g) => g.progress?.some((p) => p.meetingId === meeting.id))
  );
}

/** The date of the latest meeting that was held and has something recorded in it, if any. */
export function lastMetOn(meetings: readonly Meeting[], traces: MeetingTraces): string | undefined {
  let latest: string | undefined;
  for (const meeting of meetings) {
    if (meeting.status !== 'held' || (latest && meeting.date <= latest)) continue;
    if (!isEmptyMeeting(meeting, traces)) latest = meeting.date;
  }
  return latest;
}

/** The meeting being prepared (agenda written ahead, not yet held), if there is one. */
export function preparedMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  return meetings.find((meeting) => meeting.status === 'prepared');
}
