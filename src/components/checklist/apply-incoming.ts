/** Applies answers or an agreement that arrived from the partner's device, after checking they fit. */
import { checkAgreement, checkAnswers } from '../../lib/checklist/exchange';
import { receiveAgreement, receivePartnerAnswers } from '../../lib/checklist/round-flow';
import type {
  AgreementLink,
  AnswersLink,
  ChecklistRound,
  ChecklistTemplate,
  PartnerRole,
} from '../../lib/schemas';

export type Incoming =
  { kind: 'answers'; payload: AnswersLink } | { kind: 'agreement'; payload: AgreementLink };

/** The new round and a message to show, or only a message saying why nothing changed. */
export function applyIncoming(
  incoming: Incoming,
  template: ChecklistTemplate,
  round: ChecklistRound,
  me: PartnerRole,
  partnerName: string,
): { round?: ChecklistRound; message: string } {
  if (incoming.kind === 'answers') {
    const check = checkAnswers(incoming.payload, round, me);
    if (!check.ok) return { message: check.message };
    const p = incoming.payload;
    const next = receivePartnerAnswers(
      template,
      round,
      p.from,
      p.answers,
      p.doneAt ?? new Date().toISOString(),
    );
    return {
      round: next,
      message:
        next.stage === 'compare'
          ? `${partnerName}’s answers have arrived. You can compare them now.`
          : `${partnerName}’s answers have arrived. Finish your own answers to compare them.`,
    };
  }
  const check = checkAgreement(incoming.payload, round);
  if (!check.ok) return { message: check.message };
  return {
    round: receiveAgreement(round, incoming.payload.agreed, incoming.payload.settledAt),
    message: 'The agreement from your partner’s device is now on this device too.',
  };
}
