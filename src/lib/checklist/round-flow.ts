/**
 * The steps of a checklist round as pure functions from one round to the next, so the islands only
 * show the round and save what these return. One device: the first partner answers, a hand-over
 * screen hides those answers, the second answers, then both compare. Two devices: each answers on
 * their own device and the partner's answers arrive by link or file.
 */
import { prefillAgreed, settleProgress } from '../compare/settle';
import { isOptionalItem } from '../compare/optional';
import type { Answer, Answers } from '../schemas/answers';
import type { PartnerRole } from '../schemas/common';
import type { Partnership } from '../schemas/partnership';
import type { AgreedEntry, ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate } from '../schemas/template';
import { agreedValues } from '../agreement/agreed-values';

/** A round as the repository creates it: without id and timestamps. */
export type NewRound = Omit<ChecklistRound, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** The other partner. */
export function otherRole(role: PartnerRole): PartnerRole {
  return role === 'mentor' ? 'mentee' : 'mentor';
}

/** A fresh round for a partnership's pinned template. */
export function newRound(
  partnership: Pick<Partnership, 'id' | 'templateId' | 'templateVersion'>,
  number: number,
  now: string,
): NewRound {
  return {
    partnershipId: partnership.id,
    templateId: partnership.templateId,
    templateVersion: partnership.templateVersion,
    number,
    startedAt: now,
    mentor: {},
    mentee: {},
    stage: 'answering-first',
    agreed: {},
  };
}

/**
 * The answers a review round starts from: what the pair agreed last time, for items that are still
 * in the template. Each partner then changes only what has moved.
 */
export function answersFromAgreement(template: ChecklistTemplate, previous: ChecklistRound): Answers {
  const answers: Answers = {};
  for (const [itemId, value] of agreedValues(template, previous)) answers[itemId] = value;
  return answers;
}

/** Whether someone has started answering (any answer or skip recorded). */
function hasStarted(answers: Answers): boolean {
  return Object.keys(answers).length > 0;
}

/**
 * Who is answering on a shared device right now, or `undefined` when the pair have not yet said who
 * goes first. Nobody answers during the hand-over or once answers are compared.
 */
export function currentAnswerer(round: ChecklistRound): PartnerRole | undefined {
  if (round.stage === 'answering-first') {
    if (round.menteeDone === undefined && hasStarted(round.mentee)) return 'mentee';
    if (round.mentorDone === undefined && hasStarted(round.mentor)) return 'mentor';
    return undefined;
  }
  if (round.stage === 'answering-second') return round.mentorDone === undefined ? 'mentor' : 'mentee';
  return undefined;
}

/** Starts a partner's answers, pre-filled from a previous agreement when there is one. */
export function beginAnswering(
  round: ChecklistRound,
  role: PartnerRole,
  prefill: Answers = {},
): ChecklistRound {
  // An empty object cannot mark a start, so an explicit record of the first item is not needed:
  // the stage and the Done fields say who answers next.
  return { ...round, [role]: { ...prefill, ...round[role] } };
}

/** Records one answer (or clears it with `undefined`). */
export function setAnswer(
  round: ChecklistRound,
  role: PartnerRole,
  itemId: string,
  answer: Answer | undefined,
): ChecklistRound {
  const answers: Answers = { ...round[role] };
  if (answer === undefined) delete answers[itemId];
  else answers[itemId] = answer;
  return { ...round, [role]: answers };
}

/**
 * Items of the template this partner has not answered (absent or skipped). Optional items are left
 * out: leaving one empty is an answer.
 */
export function unansweredItems(template: ChecklistTemplate, answers: Answers): string[] {
  return template.items
    .filter((item) => {
      if (isOptionalItem(item)) return false;
      const a = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      return a === undefined || a.kind === 'skipped';
    })
    .map((item) => item.id);
}

/**
 * Marks a partner's answers as finished. On one device the first partner's finish leads to the
 * hand-over and the second's to the comparison; on two devices the round moves to the comparison
 * once both are in (the partner's answers arrive with `receivePartnerAnswers`).
 */
export function finishAnswering(
  template: ChecklistTemplate,
  round: ChecklistRound,
  role: PartnerRole,
  now: string,
  mode: Partnership['answerMode'],
): ChecklistRound {
  const done: ChecklistRound = { ...round, [`${role}Done`]: now };
  const bothDone = done.mentorDone !== undefined && done.menteeDone !== undefined;
  if (bothDone) return toCompare(template, done);
  if (mode === 'one-device') return { ...done, stage: 'handover' };
  return done;
}

/** After the hand-over: the second partner starts answering. */
export function startSecondPartner(round: ChecklistRound, prefill: Answers = {}): ChecklistRound {
  const second: PartnerRole = round.mentorDone === undefined ? 'mentor' : 'mentee';
  return beginAnswering({ ...round, stage: 'answering-second' }, second, prefill);
}

function toCompare(template: ChecklistTemplate, round: ChecklistRound): ChecklistRound {
  const compared: ChecklistRound = { ...round, stage: 'compare' };
  return { ...compared, agreed: prefillAgreed(template, compared) };
}

/** Takes in the partner's answers from their device; compares once this device's are done too. */
export function receivePartnerAnswers(
  template: ChecklistTemplate,
  round: ChecklistRound,
  from: PartnerRole,
  answers: Answers,
  doneAt: string,
): ChecklistRound {
  const withAnswers: ChecklistRound = { ...round, [from]: answers, [`${from}Done`]: doneAt };
  const bothDone = withAnswers.mentorDone !== undefined && withAnswers.menteeDone !== undefined;
  return bothDone && round.stage !== 'settled' ? toCompare(template, withAnswers) : withAnswers;
}

/** Records what the pair agreed for one item (replacing any earlier entry), or clears it. */
export function setAgreed(
  round: ChecklistRound,
  itemId: string,
  entry: AgreedEntry | undefined,
): ChecklistRound {
  const agreed = { ...round.agreed };
  if (entry === undefined) delete agreed[itemId];
  else agreed[itemId] = entry;
  return { ...round, agreed };
}

/** Marks the round settled once every item is; returns it unchanged otherwise. */
export function settleRound(template: ChecklistTemplate, round: ChecklistRound, now: string): ChecklistRound {
  if (!settleProgress(template, round).complete) return round;
  return { ...round, stage: 'settled', settledAt: now };
}

/** Takes in the agreement settled on the partner's device. */
export function receiveAgreement(
  round: ChecklistRound,
  agreed: ChecklistRound['agreed'],
  settledAt: string | undefined,
): ChecklistRound {
  const next: ChecklistRound = { ...round, agreed, stage: settledAt ? 'settled' : 'compare' };
  if (settledAt) next.settledAt = settledAt;
  return next;
}
