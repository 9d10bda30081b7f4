/**
 * Merging a checklist round from the partner's device. A round has three parts, each with its own
 * stamp: the mentor's answers, the mentee's answers (each changed only on that partner's device —
 * answers stamped by the sending device for the other partner are refused), and what the pair settle
 * together (the agreement, the stage), where items settled on both devices apart are merged item by
 * item and any item settled differently is a conflict. Answers that arrive before this device's own
 * are finished are stored but stay hidden: the round only moves to the comparison once both are done.
 */
import { prefillAgreed } from '../compare/settle';
import type {
  ChecklistRound,
  ChecklistTemplate,
  DeviceUser,
  ExchangeConflict,
  PartnerRole,
  Rev,
} from '../schemas';
import { roundStages } from '../schemas';
import { same } from '../session/merge';
import { compareRevs, joinRevs, revOf, tieWinner } from './clock';

type Conflict = Omit<ExchangeConflict, 'store' | 'at'>;

export interface RoundMerge {
  value: ChecklistRound | undefined;
  conflicts: Conflict[];
  /** Roles whose answers were refused: the sending device may not change them. */
  refused: PartnerRole[];
}

const roles = ['mentor', 'mentee'] as const;
const partFields = new Set(['mentor', 'mentee', 'mentorDone', 'menteeDone', 'answersRev']);
const managed = new Set(['id', 'createdAt', 'updatedAt', 'rev', ...partFields]);

/** Whether a device used by `user` may answer as `role`. */
export const mayAnswerAs = (user: DeviceUser, role: PartnerRole): boolean => user === 'both' || user === role;

const hasPart = (round: ChecklistRound, role: PartnerRole) =>
  Object.keys(round[role]).length > 0 || round[`${role}Done`] !== undefined;

/** A part's stamp; a part with no stamp of its own was changed when the round was last saved. */
function partRev(round: ChecklistRound, role: PartnerRole, device: string): Rev | undefined {
  return round.answersRev?.[role] ?? (hasPart(round, role) ? revOf(round, device) : undefined);
}

function copyPart(into: ChecklistRound, from: ChecklistRound, role: PartnerRole, rev: Rev | undefined) {
  into[role] = from[role];
  const done = from[`${role}Done`];
  if (done === undefined) delete into[`${role}Done`];
  else into[`${role}Done`] = done;
  const answersRev = { ...into.answersRev };
  if (rev) answersRev[role] = rev;
  else delete answersRev[role];
  if (Object.keys(answersRev).length) into.answersRev = answersRev;
  else delete into.answersRev;
}

const stageIndex = (stage: ChecklistRound['stage']) => roundStages.indexOf(stage);

/** The shared part of two rounds changed apart: agreed item by item, the further stage. */
function mergeShared(
  local: ChecklistRound,
  remote: ChecklistRound,
  theirsWins: boolean,
  conflicts: Conflict[],
): ChecklistRound {
  const winner = theirsWins ? remote : local;
  const loser = theirsWins ? local : remote;
  const out: ChecklistRound = { ...local };
  for (const key of Object.keys({ ...winner, ...loser }) as (keyof ChecklistRound)[]) {
    if (managed.has(key) || key === 'agreed' || key === 'stage' || key === 'settledAt') continue;
    if (!same(winner[key], loser[key])) {
      conflicts.push({
        id: local.id,
        path: [key],
        kept: winner[key],
        other: loser[key],
        keptTheirs: theirsWins,
      });
    }
    Object.assign(out, { [key]: winner[key] });
  }
  const agreed = { ...loser.agreed, ...winner.agreed };
  for (const itemId of Object.keys(winner.agreed)) {
    const other = Object.hasOwn(loser.agreed, itemId) ? loser.agreed[itemId] : undefined;
    if (other !== undefined && !same(other, winner.agreed[itemId])) {
      conflicts.push({
        id: local.id,
        path: ['agreed', itemId],
        kept: winner.agreed[itemId],
        other,
        keptTheirs: theirsWins,
      });
    }
  }
  out.agreed = agreed;
  out.stage = stageIndex(remote.stage) > stageIndex(local.stage) ? remote.stage : local.stage;
  const settled = [local.settledAt, remote.settledAt].filter((x): x is string => x !== undefined).sort();
  if (out.stage === 'settled' && settled[0]) out.settledAt = settled[0];
  else delete out.settledAt;
  return out;
}

/** Once both partners' answers are in, the round is compared (as finishing on one device does). */
function settleStage(round: ChecklistRound, template: ChecklistTemplate | undefined): ChecklistRound {
  const answering =
    round.stage === 'answering-first' || round.stage === 'answering-second' || round.stage === 'handover';
  if (!answering || round.mentorDone === undefined || round.menteeDone === undefined) return round;
  const compared: ChecklistRound = { ...round, stage: 'compare' };
  return template
    ? { ...compared, agreed: { ...prefillAgreed(template, compared), ...round.agreed } }
    : compared;
}

/**
 * Merges `remote` (from device `from`, used by `fromUser`) into this device's `local` copy. The
 * template is needed to pre-fill the agreement when both partners' answers are now in.
 */
export function mergeRound(
  local: ChecklistRound | undefined,
  remote: ChecklistRound,
  ids: { me: string; from: string; fromUser: DeviceUser },
  template: ChecklistTemplate | undefined,
): RoundMerge {
  const conflicts: Conflict[] = [];
  const refused: PartnerRole[] = [];
  const base: ChecklistRound = local ?? { ...remote, mentor: {}, mentee: {} };
  if (!local) {
    delete base.mentorDone;
    delete base.menteeDone;
    delete base.answersRev;
  }
  let out: ChecklistRound = { ...base };

  // What the pair settle together.
  const theirs = revOf(remote, ids.from);
  if (!local) out.rev = theirs;
  else {
    const mine = revOf(local, ids.me);
    const order = compareRevs(theirs, mine);
    if (order === 'newer') {
      out = { ...out };
      for (const key of Object.keys({ ...local, ...remote }) as (keyof ChecklistRound)[]) {
        if (managed.has(key)) continue;
        if (remote[key] === undefined) delete out[key];
        else Object.assign(out, { [key]: remote[key] });
      }
      out.rev = theirs;
    } else if (order === 'apart') {
      out = mergeShared(local, remote, tieWinner(theirs, mine) === 'a', conflicts);
      out.rev = joinRevs(theirs, mine);
    }
  }

  // Each partner's answers.
  for (const role of roles) {
    const theirPart = partRev(remote, role, ids.from);
    if (!theirPart) continue;
    const minePart = local ? partRev(local, role, ids.me) : undefined;
    const sameContent =
      local && same(local[role], remote[role]) && local[`${role}Done`] === remote[`${role}Done`];
    if (sameContent) {
      if (minePart && compareRevs(theirPart, minePart) !== 'same')
        copyPart(out, local, role, joinRevs(theirPart, minePart));
      continue;
    }
    const order = minePart ? compareRevs(theirPart, minePart) : 'newer';
    if (order === 'same' || order === 'older') continue;
    // Only that partner's device may change their answers; relayed copies keep their author's stamp.
    if (theirPart.by === ids.from && !mayAnswerAs(ids.fromUser, role)) {
      refused.push(role);
      continue;
    }
    if (order === 'newer' || !minePart) copyPart(out, remote, role, theirPart);
    else {
      const theirsWins = tieWinner(theirPart, minePart) === 'a';
      conflicts.push({
        id: remote.id,
        path: [role],
        kept: theirsWins ? remote[role] : local?.[role],
        other: theirsWins ? local?.[role] : remote[role],
        keptTheirs: theirsWins,
      });
      copyPart(out, theirsWins ? remote : (local as ChecklistRound), role, joinRevs(theirPart, minePart));
    }
  }

  out = settleStage(out, template);
  if (local && same(out, local)) return { value: undefined, conflicts, refused };
  return { value: out, conflicts, refused };
}
