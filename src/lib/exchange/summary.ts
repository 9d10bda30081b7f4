/**
 * What an exchange will change, in plain words, for the preview shown before it is merged:
 * "Tom’s answers (kept hidden until you have finished yours), 2 meetings, 3 actions done". Never
 * what the partner answered: blind answering holds until both have finished.
 */
import type { Action, ChecklistRound, PartnerRole } from '../schemas';
import type { MergeOutcome } from './merge';
import type { LocalCopy } from './types';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** Joins phrases as a person would: "a, b and c". */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function roundWords(
  before: ChecklistRound | undefined,
  after: ChecklistRound,
  me: PartnerRole | undefined,
  names: Record<PartnerRole, string>,
): string[] {
  const words: string[] = [];
  for (const role of ['mentor', 'mentee'] as const) {
    const arrived = after[`${role}Done`] !== undefined && before?.[`${role}Done`] !== after[`${role}Done`];
    if (!arrived || role === me) continue;
    const hidden = me !== undefined && after[`${me}Done`] === undefined;
    words.push(
      hidden
        ? `${names[role]}’s answers (kept hidden until you have finished yours)`
        : `${names[role]}’s answers`,
    );
  }
  if (after.stage === 'settled' && before?.stage !== 'settled') words.push('the agreement');
  else if (
    before &&
    JSON.stringify(before.agreed) !== JSON.stringify(after.agreed) &&
    after.stage !== 'answering-first'
  ) {
    words.push('changes to what you agreed');
  }
  return words;
}

/**
 * The phrases for what merging `outcome` into `local` will change. `me` is the partner who uses
 * this device (undefined when both share it).
 */
export function describeOutcome(
  local: LocalCopy,
  outcome: MergeOutcome,
  names: Record<PartnerRole, string>,
): string[] {
  const { set } = outcome;
  const me = local.partnership.thisDevice === 'both' ? undefined : local.partnership.thisDevice;
  const words: string[] = [];
  for (const round of set.rounds ?? []) {
    words.push(
      ...roundWords(
        local.rounds.find((r) => r.id === round.id),
        round,
        me,
        names,
      ),
    );
  }
  const known = new Set(local.meetings.map((m) => m.id));
  const newMeetings = (set.meetings ?? []).filter((m) => !known.has(m.id)).length;
  const changedMeetings = (set.meetings ?? []).length - newMeetings;
  if (newMeetings) words.push(count(newMeetings, 'new meeting', 'new meetings'));
  if (changedMeetings) words.push(count(changedMeetings, 'meeting changed', 'meetings changed'));
  const gone = set.removed?.meetings?.length ?? 0;
  if (gone) words.push(count(gone, 'meeting deleted', 'meetings deleted'));
  const before = new Map(local.actions.map((a) => [a.id, a]));
  const done = (a: Action) => a.status === 'done' && before.get(a.id)?.status !== 'done';
  const actionsDone = (set.actions ?? []).filter(done).length;
  const otherActions = (set.actions ?? []).length - actionsDone;
  if (actionsDone) words.push(count(actionsDone, 'action done', 'actions done'));
  if (otherActions) words.push(count(otherActions, 'action added or changed', 'actions added or changed'));
  const actionsGone = set.removed?.actions?.length ?? 0;
  if (actionsGone) words.push(count(actionsGone, 'action removed', 'actions removed'));
  const goals = (set.goals ?? []).length + (set.removed?.goals?.length ?? 0);
  if (goals) words.push(count(goals, 'goal', 'goals'));
  if (set.partnership) words.push('your partnership’s details (names, dates, next meeting)');
  if (outcome.conflicts.length) {
    words.push(
      count(outcome.conflicts.length, 'thing changed on both devices', 'things changed on both devices'),
    );
  }
  return words;
}
