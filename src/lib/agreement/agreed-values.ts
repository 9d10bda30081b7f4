/**
 * The value each item of a round was agreed at, whichever way it was settled: an explicit agreed
 * value, equal answers, or (for a text item read together without joint wording) both answers.
 */
import { compareRound, type ComparedItem } from '../compare/settle';
import type { GivenAnswer } from '../schemas/answers';
import type { ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate } from '../schemas/template';

/**
 * Both partners' words as one text, each ending with a full stop, the same words only once:
 * what a text item says when the pair read it together without writing a joint wording.
 */
export function joinTexts(...texts: string[]): string {
  const ended = texts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => (/[.!?]$/.test(t) ? t : `${t}.`));
  return ended.filter((t, i) => ended.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i).join(' ');
}

/** The agreed value of one compared item, or `undefined` while it is unsettled or parked. */
export function agreedValueOf(compared: ComparedItem): GivenAnswer | undefined {
  const { entry, status, mentor, mentee, item } = compared;
  if (entry?.value && entry.value.kind === item.kind) return entry.value;
  if (status === 'agreed') return mentor;
  if (
    status === 'read-together' &&
    entry?.readTogether &&
    mentor?.kind === 'text' &&
    mentee?.kind === 'text'
  ) {
    return { kind: 'text', text: joinTexts(mentee.text, mentor.text) };
  }
  return undefined;
}

/** Item id → agreed value, for every item that has one (a settled round: every item is settled). */
export function agreedValues(template: ChecklistTemplate, round: ChecklistRound): Map<string, GivenAnswer> {
  const values = new Map<string, GivenAnswer>();
  for (const compared of compareRound(template, round)) {
    const value = agreedValueOf(compared);
    if (value) values.set(compared.item.id, value);
  }
  return values;
}

/** The rounds whose agreement is being read: those past answering (in compare or settled). */
function comparedRounds(rounds: readonly ChecklistRound[]): ChecklistRound[] {
  return rounds
    .filter((round) => round.stage === 'compare' || round.stage === 'settled')
    .sort((a, b) => a.number - b.number);
}

/**
 * Item id → the value the pair settled it at, across all their rounds: equal answers, or a
 * difference they resolved in compare. An item counts once it is settled, even while the rest of its
 * round is still being talked through; the newest round that settled an item wins, and an item parked
 * (settled without a value) keeps what an earlier round agreed.
 */
export function settledValues(
  template: ChecklistTemplate,
  rounds: readonly ChecklistRound[],
): Map<string, GivenAnswer> {
  const values = new Map<string, GivenAnswer>();
  for (const round of comparedRounds(rounds)) {
    for (const compared of compareRound(template, round)) {
      const value = compared.settled ? agreedValueOf(compared) : undefined;
      if (value) values.set(compared.item.id, value);
    }
  }
  return values;
}
