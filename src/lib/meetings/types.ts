/**
 * The records the meeting log works with. These mirror the data layer's schemas (issue 4:
 * src/lib/schemas/meeting.ts, action.ts, goal.ts, partnership.ts) field for field, so that when those
 * land the log switches to `z.infer` types by changing the imports in this one file.
 */
import type { ActionReview } from './carry-forward';

export type MeetingFormat = 'in-person' | 'video' | 'phone';
export type ActionOwner = 'mentee' | 'mentor' | 'both';
export type GoalStatus = 'active' | 'achieved' | 'changed' | 'dropped';
type YesPartlyNo = 'yes' | 'partly' | 'no';

interface RecordFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface NextMeeting {
  /** Local wall-clock "YYYY-MM-DDTHH:mm". */
  start: string;
  durationMinutes: number;
  format?: MeetingFormat;
}

export interface Partnership extends RecordFields {
  title?: string;
  mentorName?: string;
  menteeName?: string;
  startedOn?: string;
  reviewOn?: string;
  nextMeeting?: NextMeeting;
}

export interface ProtectedTimeCheck {
  aboutMentee: YesPartlyNo;
  freeFromInterruptions: YesPartlyNo;
}

export interface Meeting extends RecordFields {
  partnershipId: string;
  date: string;
  time?: string;
  durationMinutes?: number;
  format?: MeetingFormat;
  agenda: string;
  notes: string;
  privateNote?: string;
  protectedTimeCheck?: ProtectedTimeCheck;
  status: 'prepared' | 'held';
  sharedFrom?: 'partner';
}

export interface Action extends RecordFields {
  partnershipId: string;
  createdInMeetingId: string;
  text: string;
  owner: ActionOwner;
  due?: string;
  goalId?: string;
  status: 'open' | 'done' | 'dropped';
  reviews: ActionReview[];
}

export interface GoalHistoryEntry {
  at: string;
  status: GoalStatus;
  text: string;
}

export interface Goal extends RecordFields {
  partnershipId: string;
  text: string;
  status: GoalStatus;
  history: GoalHistoryEntry[];
}

/** Everything the meeting log shows for one partnership. */
export interface MeetingLogData {
  partnership: Partnership;
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
}
