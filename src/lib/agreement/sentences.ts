/**
 * Turns an agreed answer into a plain sentence for the agreement, with the pair's names and roles.
 *
 * A template's sentences may use these tokens:
 * - `{mentee}` / `{mentor}`: the person as the subject of a sentence — "Sam, the mentee," when a
 *   name is known, otherwise "the mentee" (capitalised at the start of a sentence);
 * - `{menteeName}` / `{mentorName}`: the name alone, or "the mentee" / "the mentor".
 * Items without a sentence (for instance ones a trainer adds) get a generic sentence built from the
 * prompt and the answer, so every agreed item appears in the agreement.
 */
import { OTHER_OPTION_ID, type GivenAnswer } from '../schemas/answers';
import type { Item } from '../schemas/template';
import { describeAnswer, describeScaleInFull } from './describe';

/** The pair's names as the partnership holds them; either may be missing. */
export interface PairNames {
  mentorName?: string | undefined;
  menteeName?: string | undefined;
}

function clean(name: string | undefined): string | undefined {
  const trimmed = name?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : undefined;
}

/** Replaces the name tokens in a sentence and tidies the punctuation they can leave behind. */
export function fillNames(sentence: string, names: PairNames): string {
  const mentor = clean(names.mentorName);
  const mentee = clean(names.menteeName);
  const filled = sentence
    .replaceAll('{mentee}', mentee ? `${mentee}, the mentee,` : 'the mentee')
    .replaceAll('{mentor}', mentor ? `${mentor}, the mentor,` : 'the mentor')
    .replaceAll('{menteeName}', mentee ?? 'the mentee')
    .replaceAll('{mentorName}', mentor ?? 'the mentor')
    // "Sam, the mentee,." and "Sam, the mentee,, and" read badly: keep the stronger mark.
    .replace(/,([.,;:!?])/g, '$1');
  return capitalise(filled.trim());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a piece of free text with a full stop unless it already ends with punctuation. */
function asSentenceEnd(text: string): string {
  const trimmed = text.trim();
  return /[.!?)"'”’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The generic sentence for an item without its own: `How often will you meet? We agreed: every week.` */
function genericSentence(item: Item, answer: GivenAnswer): string {
  // A scale position may end with a closing quotation mark, which still needs its full stop.
  const said =
    item.kind === 'scale' && answer.kind === 'scale'
      ? `${describeScaleInFull(item, answer.value).replace(/[.!?]$/, '')}.`
      : asSentenceEnd(describeAnswer(item, answer));
  return `${asSentenceEnd(item.prompt)} We agreed: ${said}`;
}

/** The template's own wording for an agreed answer, if it has one (before names are filled in). */
function templateWording(item: Item, answer: GivenAnswer): string | undefined {
  if (item.kind === 'scale' && answer.kind === 'scale')
    return item.sentences?.[answer.value - 1] || undefined;
  if (item.kind === 'choice' && answer.kind === 'choice' && answer.optionId !== OTHER_OPTION_ID) {
    return item.options.find((o) => o.id === answer.optionId)?.sentence || undefined;
  }
  if (item.kind === 'text' && answer.kind === 'text') return item.sentence || undefined;
  return undefined;
}

/**
 * The agreement's sentence for one item and its agreed answer, names and roles filled in. Words the
 * pair wrote themselves are added after the names are filled, so they are never rewritten.
 */
export function agreementSentence(item: Item, answer: GivenAnswer, names: PairNames): string {
  const wording = templateWording(item, answer);
  if (wording === undefined) return capitalise(genericSentence(item, answer));
  const sentence = fillNames(wording, names);
  if (answer.kind !== 'text') return sentence;
  return `${sentence} ${asSentenceEnd(answer.text.trim() || 'none')}`;
}
