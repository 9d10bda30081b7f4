/**
 * A good ending (the guide's "A no-fault ending"): each partner's reflection, private unless they
 * share it; a closing summary of what the partnership did; and the partnership closed, read-only,
 * until the pair reopen it. Pure functions over the log's records.
 */
import { isEmptyMeeting } from './records';

export { isClosed } from './closed';
import type { Ending, GoalStatus, MeetingLogData, Partnership, Reflection } from './types';

/** Whose reflection. */
export type Partner = 'mentee' | 'mentor';

function withEnding(partnership: Partnership, ending: Ending, now: string): Partnership {
  return { ...partnership, ending, updatedAt: now };
}

/** Keeps one partner's reflection (what went well, what they take away, and whether it is shared). */
export function setReflection(
  partnership: Partnership,
  who: Partner,
  reflection: Reflection,
  now: string,
): Partnership {
  return withEnding(partnership, { ...partnership.ending, [who]: reflection }, now);
}

/** Closes the partnership on `closedOn` ("YYYY-MM-DD"), keeping the reflections. */
export function closePartnership(partnership: Partnership, closedOn: string, now: string): Partnership {
  return withEnding(partnership, { ...partnership.ending, closedOn }, now);
}

/** Opens a closed partnership again; the reflections stay, ready for a later ending. */
export function reopenPartnership(partnership: Partnership, now: string): Partnership {
  const ending: Ending = { ...partnership.ending };
  delete ending.closedOn;
  return withEnding(partnership, ending, now);
}

/** What the closing summary shows. */
export interface ClosingSummary {
  startedOn?: string;
  closedOn?: string;
  firstMetOn?: string;
  lastMetOn?: string;
  meetingsHeld: number;
  goals: { id: string; text: string; status: GoalStatus }[];
  actionsDone: number;
  actionsTotal: number;
  /** Only the reflections their writers chose to share. */
  reflections: { who: Partner; reflection: Reflection }[];
}

/** The closing summary of a partnership's log: goals and how they ended, meetings held, actions done. */
export function closingSummary(data: MeetingLogData): ClosingSummary {
  const held = data.meetings
    .filter((m) => m.status === 'held' && !isEmptyMeeting(m, data))
    .map((m) => m.date)
    .sort();
  const summary: ClosingSummary = {
    meetingsHeld: held.length,
    goals: data.goals.map((g) => ({ id: g.id, text: g.text, status: g.status })),
    actionsDone: data.actions.filter((a) => a.status === 'done').length,
    actionsTotal: data.actions.length,
    reflections: (['mentee', 'mentor'] as const).flatMap((who) => {
      const reflection = data.partnership.ending?.[who];
      return reflection?.shared ? [{ who, reflection }] : [];
    }),
  };
  const { startedOn, ending } = data.partnership;
  if (startedOn) summary.startedOn = startedOn;
  if (ending?.closedOn) summary.closedOn = ending.closedOn;
  if (held[0]) summary.firstMetOn = held[0];
  const last = held.at(-1);
  if (last) summary.lastMetOn = last;
  return summary;
}
