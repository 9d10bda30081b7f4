/**
 * Goals over time: a note on progress at a meeting, and a goal's timeline — its wording and status
 * changes (read from its history, which keeps every earlier wording and when it changed), the
 * meetings that discussed it and the actions towards it, oldest first. Pure functions.
 */
import { MAX } from '../schemas/common';
import type { Action, Goal, GoalProgress, GoalStatus, Meeting } from './types';

/** The longest progress note, as the schema allows. */
export const PROGRESS_TEXT_MAX = MAX.line;

/** Adds a short progress note to the goal, written at `meetingId` when given. */
export function addProgress(goal: Goal, text: string, meetingId: string | undefined, now: string): Goal {
  const note: GoalProgress = { at: now, text: text.trim() };
  if (meetingId) note.meetingId = meetingId;
  return { ...goal, updatedAt: now, progress: [...(goal.progress ?? []), note] };
}

/** One moment in a goal's life. `at` is an ISO instant or a "YYYY-MM-DD" day; both sort as text. */
export type TimelineEntry =
  | { kind: 'set'; at: string; text: string }
  | { kind: 'reworded'; at: string; from: string; text: string }
  | { kind: 'status'; at: string; status: GoalStatus }
  | { kind: 'progress'; at: string; text: string; meetingDate?: string }
  | { kind: 'meeting'; at: string; meetingId: string }
  | { kind: 'action'; at: string; action: Action };

/** The meetings that discussed the goal: a progress note written there, or an action towards it set or followed up. */
export function meetingsForGoal(
  goal: Goal,
  meetings: readonly Meeting[],
  actions: readonly Action[],
): Meeting[] {
  const ids = new Set<string>();
  for (const note of goal.progress ?? []) if (note.meetingId) ids.add(note.meetingId);
  for (const action of actions) {
    if (action.goalId !== goal.id) continue;
    ids.add(action.createdInMeetingId);
    for (const review of action.reviews) ids.add(review.meetingId);
  }
  return meetings
    .filter((m) => ids.has(m.id) && m.status === 'held')
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The goal's timeline, oldest first. */
export function goalTimeline(
  goal: Goal,
  meetings: readonly Meeting[],
  actions: readonly Action[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  goal.history.forEach((state, index) => {
    const before = goal.history[index - 1];
    if (!before) entries.push({ kind: 'set', at: state.at, text: state.text });
    else {
      if (state.text !== before.text)
        entries.push({ kind: 'reworded', at: state.at, from: before.text, text: state.text });
      if (state.status !== before.status)
        entries.push({ kind: 'status', at: state.at, status: state.status });
    }
  });
  const dates = new Map(meetings.map((m) => [m.id, m.date]));
  for (const note of goal.progress ?? []) {
    const meetingDate = note.meetingId ? dates.get(note.meetingId) : undefined;
    entries.push(
      meetingDate
        ? { kind: 'progress', at: note.at, text: note.text, meetingDate }
        : { kind: 'progress', at: note.at, text: note.text },
    );
  }
  for (const meeting of meetingsForGoal(goal, meetings, actions)) {
    entries.push({ kind: 'meeting', at: meeting.date, meetingId: meeting.id });
  }
  for (const action of actions) {
    if (action.goalId === goal.id) entries.push({ kind: 'action', at: action.createdAt, action });
  }
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.slice(0, 10).localeCompare(b.entry.at.slice(0, 10)) || a.index - b.index)
    .map(({ entry }) => entry);
}
