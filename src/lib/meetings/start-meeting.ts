/**
 * A meeting's life in the log, as one set of rules: starting one (the one `startMeeting`, used by
 * the overview, the Meeting view and Prepare), resuming the one in progress, and finishing it. A
 * meeting in which nothing was written is not a meeting: it never counts as "last met", and it is
 * discarded when it is finished or left (`isEmptyMeeting` in records.ts).
 */
import { meetingDefaults } from './agreement-input';
import type { LogChanges } from './log-store';
import { isEmptyMeeting, newMeeting, preparedMeeting, type MeetingTraces } from './records';
import type { Meeting, MeetingLogData } from './types';

/** The meeting being recorded (started and not finished), the latest if several. */
export function meetingInProgress(meetings: readonly Meeting[]): Meeting | undefined {
  let found: Meeting | undefined;
  for (const meeting of meetings) {
    if (meeting.status === 'held' && meeting.inProgress && (!found || meeting.createdAt > found.createdAt)) {
      found = meeting;
    }
  }
  return found;
}

/** The changes that finish a meeting: it stops being in progress, or goes when it is empty. */
export function finishMeetingChanges(meeting: Meeting, traces: MeetingTraces, now: string): LogChanges {
  if (isEmptyMeeting(meeting, traces)) return { removed: { meetings: [meeting.id] } };
  if (!meeting.inProgress) return {};
  const finished: Meeting = { ...meeting, updatedAt: now };
  delete finished.inProgress;
  return { meetings: [finished] };
}

/** What starting a meeting gives: the meeting to open, and the changes to save. */
export interface StartedMeeting {
  meeting: Meeting;
  changes: LogChanges;
}

/**
 * Starts recording a meeting today, in one step. An empty meeting already in progress is reused
 * rather than left behind; one with something in it is finished first. The agenda the mentee
 * prepared becomes this meeting's. Length and format are pre-filled from the planned next meeting,
 * else from the agreement, unless the prepared meeting already has them.
 */
export function startMeeting(data: MeetingLogData, today: string, now: string): StartedMeeting {
  const current = meetingInProgress(data.meetings);
  const prepared = preparedMeeting(data.meetings);
  const reuse = current && isEmptyMeeting(current, data) && !prepared ? current : undefined;
  const base = reuse ?? prepared ?? newMeeting(data.partnership.id, today, now);
  const meeting: Meeting = { ...base, status: 'held', date: today, inProgress: true, updatedAt: now };
  const defaults = meetingDefaults(data);
  if (meeting.durationMinutes === undefined && defaults.durationMinutes !== undefined) {
    meeting.durationMinutes = defaults.durationMinutes;
  }
  if (meeting.format === undefined && defaults.format !== undefined) meeting.format = defaults.format;
  const changes: LogChanges = { meetings: [meeting] };
  if (current && current.id !== meeting.id) {
    const finished = finishMeetingChanges(current, data, now);
    if (finished.meetings) changes.meetings = [...finished.meetings, meeting];
    if (finished.removed) changes.removed = finished.removed;
  }
  return { meeting, changes };
}
