/**
 * The records the meeting log works with: the data layer's schema types (src/lib/schemas/), gathered
 * here with the one shape the log adds, a partnership's whole log.
 */
import type { Action, ChecklistRound, ChecklistTemplate, Goal, Meeting, Partnership } from '../schemas';

export type {
  Action,
  ActionOwner,
  Ending,
  Goal,
  GoalHistoryEntry,
  GoalProgress,
  GoalStatus,
  Meeting,
  MeetingFormat,
  NextMeeting,
  Partnership,
  ProtectedTimeCheck,
  Reflection,
} from '../schemas';

/** Everything the meeting log shows for one partnership. */
export interface MeetingLogData {
  partnership: Partnership;
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
  /**
   * The checklist the pair agreed (its template and rounds), from which the views read the agreed
   * meeting rhythm, length, format and review (agreement-input.ts). Absent when the template is not
   * on this device.
   */
  checklist?: { template: ChecklistTemplate; rounds: ChecklistRound[] };
}
