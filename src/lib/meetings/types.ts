/**
 * The records the meeting log works with: the data layer's schema types (src/lib/schemas/), gathered
 * here with the one shape the log adds, a partnership's whole log.
 */
import type { Action, Goal, Meeting, Partnership } from '../schemas';

export type {
  Action,
  ActionOwner,
  Goal,
  GoalHistoryEntry,
  GoalStatus,
  Meeting,
  MeetingFormat,
  NextMeeting,
  Partnership,
  ProtectedTimeCheck,
} from '../schemas';

/** Everything the meeting log shows for one partnership. */
export interface MeetingLogData {
  partnership: Partnership;
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
}
