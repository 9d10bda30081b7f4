/**
 * The one seam between the meeting log's islands and storage: load a partnership's log, save changed
 * records in one go, and hear when another tab changed them. The islands depend on this interface
 * only, so moving from the interim store to the data layer's repositories changes one factory.
 */
import { partnershipLabel } from '../data/partnership-label';
import type { Action, Goal, Meeting, MeetingLogData, Partnership } from './types';

/** What to call a partnership: its title, else the pair's names, else a plain fallback. */
export function partnershipName(partnership: Partnership): string {
  return partnershipLabel(partnership);
}

/** Records to write together (all or nothing). */
export interface LogChanges {
  partnership?: Partnership;
  meetings?: readonly Meeting[];
  actions?: readonly Action[];
  goals?: readonly Goal[];
  /** Ids of records to delete (a meeting deleted with its own actions, an action removed). */
  removed?: Removed;
}

/** Ids of meetings and actions to delete. */
export interface Removed {
  meetings?: readonly string[];
  actions?: readonly string[];
}

/** A partnership as a choice to open: its id and a name to show. */
export interface PartnershipChoice {
  id: string;
  name: string;
}

export interface MeetingLogStore {
  /** The partnerships on this device, for when none is open. */
  list(): Promise<PartnershipChoice[]>;
  /** The log of one partnership, or null when there is no such partnership on this device. */
  load(partnershipId: string): Promise<MeetingLogData | null>;
  /**
   * Writes one partnership's changed and removed records in one transaction; rejects, changing
   * nothing, when the write fails (e.g. a record from another partnership).
   */
  save(partnershipId: string, changes: LogChanges): Promise<void>;
  /** Calls `listener` when another tab saved this partnership's log; returns a function to stop. */
  subscribe(partnershipId: string, listener: () => void): () => void;
}

function mergeById<T extends { id: string }>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
): T[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  const map = new Map(a.map((item) => [item.id, item]));
  for (const item of b) map.set(item.id, item);
  return [...map.values()];
}

/** Drops the records whose ids are in `ids`. */
function without<T extends { id: string }>(list: readonly T[] | undefined, ids: readonly string[] = []) {
  return list?.filter((item) => !ids.includes(item.id));
}

/** Ids removed by `a` and not saved again by `b`, then those `b` removes. */
function mergeRemoved(
  a: readonly string[] = [],
  b: readonly string[] = [],
  savedLater: readonly { id: string }[] = [],
): string[] | undefined {
  const ids = new Set(a.filter((id) => !savedLater.some((item) => item.id === id)));
  for (const id of b) ids.add(id);
  return ids.size ? [...ids] : undefined;
}

/**
 * Combines two sets of changes; where both hold a record, the later one wins: a record saved after
 * it was removed (an undo) is saved, and a record removed after it was saved is removed.
 */
export function mergeChanges(a: LogChanges, b: LogChanges): LogChanges {
  const merged: LogChanges = {};
  const partnership = b.partnership ?? a.partnership;
  if (partnership) merged.partnership = partnership;
  const meetings = without(mergeById(a.meetings, b.meetings), b.removed?.meetings);
  if (meetings) merged.meetings = meetings;
  const actions = without(mergeById(a.actions, b.actions), b.removed?.actions);
  if (actions) merged.actions = actions;
  const goals = mergeById(a.goals, b.goals);
  if (goals) merged.goals = goals;
  const removed: Removed = {};
  const removedMeetings = mergeRemoved(a.removed?.meetings, b.removed?.meetings, b.meetings);
  if (removedMeetings) removed.meetings = removedMeetings;
  const removedActions = mergeRemoved(a.removed?.actions, b.removed?.actions, b.actions);
  if (removedActions) removed.actions = removedActions;
  if (removed.meetings || removed.actions) merged.removed = removed;
  return merged;
}

function replaceById<T extends { id: string }>(list: readonly T[], changed: readonly T[] | undefined): T[] {
  if (!changed?.length) return [...list];
  const byId = new Map(changed.map((item) => [item.id, item]));
  const kept = list.map((item) => byId.get(item.id) ?? item);
  const known = new Set(list.map((item) => item.id));
  return [...kept, ...changed.filter((item) => !known.has(item.id))];
}

/** The log with the changes applied (new records added, changed ones replaced, removed ones gone). */
export function applyChanges(data: MeetingLogData, changes: LogChanges): MeetingLogData {
  const removed = changes.removed;
  return {
    ...data,
    partnership: changes.partnership ?? data.partnership,
    meetings: replaceById(data.meetings, changes.meetings).filter((m) => !removed?.meetings?.includes(m.id)),
    actions: replaceById(data.actions, changes.actions).filter((a) => !removed?.actions?.includes(a.id)),
    goals: replaceById(data.goals, changes.goals),
  };
}
