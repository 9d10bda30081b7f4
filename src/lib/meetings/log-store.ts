/**
 * The one seam between the meeting log's islands and storage: load a partnership's log, save changed
 * records in one go, and hear when another tab changed them. The islands depend on this interface
 * only, so moving from the interim store to the data layer's repositories changes one factory.
 */
import type { Action, Goal, Meeting, MeetingLogData, Partnership } from './types';

/** What to call a partnership: its title, else the pair's names, else a plain fallback. */
export function partnershipName(partnership: Partnership): string {
  if (partnership.title?.trim()) return partnership.title.trim();
  const names = [partnership.menteeName, partnership.mentorName].map((n) => n?.trim()).filter(Boolean);
  return names.length ? names.join(' and ') : 'Unnamed partnership';
}

/** Records to write together (all or nothing). */
export interface LogChanges {
  partnership?: Partnership;
  meetings?: readonly Meeting[];
  actions?: readonly Action[];
  goals?: readonly Goal[];
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
  /** Writes the changed records; rejects, changing nothing, when the write fails. */
  save(changes: LogChanges): Promise<void>;
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

/** Combines two sets of changes; where both hold a record, the later one wins. */
export function mergeChanges(a: LogChanges, b: LogChanges): LogChanges {
  const merged: LogChanges = {};
  const partnership = b.partnership ?? a.partnership;
  if (partnership) merged.partnership = partnership;
  const meetings = mergeById(a.meetings, b.meetings);
  if (meetings) merged.meetings = meetings;
  const actions = mergeById(a.actions, b.actions);
  if (actions) merged.actions = actions;
  const goals = mergeById(a.goals, b.goals);
  if (goals) merged.goals = goals;
  return merged;
}

function replaceById<T extends { id: string }>(list: readonly T[], changed: readonly T[] | undefined): T[] {
  if (!changed?.length) return [...list];
  const byId = new Map(changed.map((item) => [item.id, item]));
  const kept = list.map((item) => byId.get(item.id) ?? item);
  const known = new Set(list.map((item) => item.id));
  return [...kept, ...changed.filter((item) => !known.has(item.id))];
}

/** The log with the changes applied (new records added, changed ones replaced). */
export function applyChanges(data: MeetingLogData, changes: LogChanges): MeetingLogData {
  return {
    ...data,
    partnership: changes.partnership ?? data.partnership,
    meetings: replaceById(data.meetings, changes.meetings),
    actions: replaceById(data.actions, changes.actions),
    goals: replaceById(data.goals, changes.goals),
  };
}
