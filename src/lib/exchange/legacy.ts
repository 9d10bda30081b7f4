/**
 * Links sent before the exchange existed keep working: an answers, agreement or meeting summary link
 * is turned into an exchange from a stand-in device (`legacy-mentor`, `legacy-mentee`) and merged by
 * the one merge. Each keeps the meaning it had: answers are that partner's, an agreement is the one
 * settled on the other device, and a meeting or action replaces this device's copy only when newer.
 * The join link still sets a partnership up as it did (components/checklist/JoinReceiver.tsx).
 */
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  localMeetingFields,
  localPartnershipFields,
  type ExchangedMeeting,
  type ChecklistRound,
  type Exchange,
  type PartnerRole,
  type Rev,
} from '../schemas';
import { type AgreementLink, type AnswersLink, type MeetingLink } from '../schemas/links';
import { checkAgreement, checkAnswers } from '../checklist/exchange';
import { TransferError } from '../transfer/errors';
import { highest, revOf } from './clock';
import type { LocalCopy, Stamped } from './types';

const device = (role: PartnerRole | 'partner') => `legacy-${role}`;

/** A stamp newer than `local`'s, made by the stand-in device. */
function after(local: Rev, by: string, at: string): Rev {
  return { vv: { ...local.vv, [by]: Math.max(Date.parse(at) || 0, highest(local.vv) + 1) }, by };
}

function shell(local: LocalCopy, role: PartnerRole | 'partner', at: string): Exchange {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    partnershipId: local.partnership.id,
    from: { device: device(role), role: role === 'partner' ? 'both' : role },
    at,
    have: {},
    rounds: [],
    meetings: [],
    actions: [],
    goals: [],
    deletions: [],
  };
}

const refuse = (message: string) => {
  throw new TransferError('invalid', { message, hint: 'Ask your partner to send what they have again.' });
};

function roundFor(local: LocalCopy, roundId: string): ChecklistRound {
  const round = local.rounds.find((r) => r.id === roundId);
  if (!round) return refuse('These belong to a round of the checklist that is not on this device.');
  return round;
}

/** An old answers link as an exchange. `me`: the partner who uses this device. */
export function fromAnswersLink(local: LocalCopy, link: AnswersLink, me: PartnerRole, now: Date): Exchange {
  const round = roundFor(local, link.roundId);
  const check = checkAnswers(link, round, me);
  if (!check.ok) refuse(check.message);
  const at = link.doneAt ?? now.toISOString();
  const by = device(link.from);
  const part = round.answersRev?.[link.from] ?? revOf(round, local.state.me);
  const sent: ChecklistRound = {
    ...round,
    [link.from]: link.answers,
    [`${link.from}Done`]: at,
    answersRev: { ...round.answersRev, [link.from]: after(part, by, at) },
    rev: revOf(round, local.state.me),
  };
  return { ...shell(local, link.from, now.toISOString()), rounds: [sent] };
}

/** An old agreement link as an exchange: the agreement settled on the other device. */
export function fromAgreementLink(
  local: LocalCopy,
  link: AgreementLink,
  me: PartnerRole,
  now: Date,
): Exchange {
  const round = roundFor(local, link.roundId);
  const check = checkAgreement(link, round);
  if (!check.ok) refuse(check.message);
  const other: PartnerRole = me === 'mentor' ? 'mentee' : 'mentor';
  const sent: ChecklistRound = {
    ...round,
    agreed: link.agreed,
    stage: link.settledAt ? 'settled' : 'compare',
    rev: after(revOf(round, local.state.me), device(other), link.settledAt ?? now.toISOString()),
  };
  if (link.settledAt) sent.settledAt = link.settledAt;
  else delete sent.settledAt;
  return { ...shell(local, other, now.toISOString()), rounds: [sent] };
}

/** Each record newer than this device's copy, stamped so the merge takes it; older ones are left out. */
function newer<T extends Stamped>(incoming: readonly T[], mine: readonly T[], me: string): T[] {
  return incoming.flatMap((record) => {
    const here = mine.find((r) => r.id === record.id);
    if (here && Date.parse(record.updatedAt) <= Date.parse(here.updatedAt)) return [];
    const base = here ? revOf(here, me) : { vv: {}, by: device('partner') };
    return [{ ...record, rev: after(base, device('partner'), record.updatedAt) }];
  });
}

/** An old meeting summary link as an exchange. */
export function fromMeetingLink(local: LocalCopy, link: MeetingLink, now: Date): Exchange {
  if (link.partnershipId !== local.partnership.id) throw new TransferError('other-partnership');
  const exchange = shell(local, 'partner', now.toISOString());
  const me = local.state.me;
  const shared = { ...link.meeting } as Partial<typeof link.meeting>;
  for (const key of localMeetingFields) delete (shared as Record<string, unknown>)[key];
  exchange.meetings = newer([shared as ExchangedMeeting], local.meetings, me);
  exchange.actions = newer(
    link.actions.filter((a) => a.partnershipId === local.partnership.id),
    local.actions,
    me,
  );
  const next = link.nextMeeting;
  const current = local.partnership.nextMeeting;
  if (next && (!current || next.start > current.start)) {
    const shared = { ...local.partnership } as Partial<typeof local.partnership>;
    for (const key of localPartnershipFields) delete shared[key];
    exchange.partnership = {
      ...(shared as typeof local.partnership),
      nextMeeting: next,
      rev: after(revOf(local.partnership, me), device('partner'), now.toISOString()),
    };
  }
  return exchange;
}
