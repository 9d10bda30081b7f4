/**
 * Reading the checklist links sent before the exchange (lib/exchange) replaced them — the join link,
 * each partner's answers and the settled agreement — and the checks made when one arrives. A payload
 * for another partnership, another checklist or another round is explained, never half-applied.
 */
import type { AgreementLink, AnswersLink, JoinLink } from '../schemas/links';
import type { PartnerRole } from '../schemas/common';
import type { Partnership } from '../schemas/partnership';
import type { ChecklistRound } from '../schemas/round';
import type { NewRound } from './round-flow';

/** The partnership a join link sets up on the receiving device, which belongs to the other partner. */
export function partnershipFromJoin(join: JoinLink): Omit<Partnership, 'createdAt' | 'updatedAt'> {
  return {
    ...join.partnership,
    answerMode: 'two-devices',
    thisDevice: join.from === 'mentor' ? 'mentee' : 'mentor',
  };
}

/** The round a join link sets up on the receiving device (same id, so answers can find it). */
export function roundFromJoin(join: JoinLink, now: string): NewRound & { id: string } {
  return {
    id: join.roundId,
    partnershipId: join.partnership.id,
    templateId: join.partnership.templateId,
    templateVersion: join.partnership.templateVersion,
    number: join.roundNumber,
    startedAt: now,
    mentor: {},
    mentee: {},
    stage: 'answering-first',
    agreed: {},
  };
}

/** Whether a payload that arrived fits the open partnership and round, and if not, why not. */
export type ExchangeCheck = { ok: true } | { ok: false; message: string };

type Ref = Pick<AnswersLink, 'partnershipId' | 'roundId' | 'templateId' | 'templateVersion'>;

function checkRef(payload: Ref, round: ChecklistRound, what: string): ExchangeCheck {
  if (payload.partnershipId !== round.partnershipId) {
    return {
      ok: false,
      message: `These ${what} are for a different partnership. Open the partnership they belong to from the workbook page, then open the link again.`,
    };
  }
  if (payload.templateId !== round.templateId || payload.templateVersion !== round.templateVersion) {
    return {
      ok: false,
      message: `These ${what} were given to a different version of the checklist, so they cannot be compared. Ask your partner to answer the checklist from your join link.`,
    };
  }
  if (payload.roundId !== round.id) {
    return {
      ok: false,
      message: `These ${what} belong to another round of the checklist, such as an earlier review. Ask your partner to send the ones for this round.`,
    };
  }
  return { ok: true };
}

/** Checks answers that arrived before they are stored. `me` is the role of this device. */
export function checkAnswers(payload: AnswersLink, round: ChecklistRound, me: PartnerRole): ExchangeCheck {
  if (payload.from === me) {
    return { ok: false, message: 'These are your own answers. Send this link to your partner instead.' };
  }
  const ref = checkRef(payload, round, 'answers');
  if (!ref.ok) return ref;
  if (round.stage === 'settled') {
    return { ok: false, message: 'This round is already settled, so new answers are not needed.' };
  }
  return { ok: true };
}

/** Checks an agreement that arrived before it is stored. */
export function checkAgreement(payload: AgreementLink, round: ChecklistRound): ExchangeCheck {
  return checkRef(payload, round, 'agreed expectations');
}
