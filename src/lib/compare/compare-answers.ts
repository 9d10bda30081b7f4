/**
 * The comparison rules of the checklist (DESIGN.md, "Comparison rules"): how one item's two answers,
 * the mentor's and the mentee's, are sorted into agreed, close, discuss, read together or incomplete.
 * Pure functions over the schemas' types, so the rules can be tested as a table.
 */
import { OTHER_OPTION_ID, isGiven, type Answer, type GivenAnswer } from '../schemas/answers';
import type { ItemKind } from '../schemas/template';

/** Where an item stands once both answers are in. */
export type ComparisonStatus = 'agreed' | 'close' | 'discuss' | 'read-together' | 'incomplete';

/**
 * Compares two scale positions (1 to 5). An end position (1 or 5) against a position that is not
 * the same end, or a gap of two or more, is "discuss" — that rule wins, so 1 against 2 is discuss,
 * because someone at an end holds the statement fully and the other does not.
 */
export function compareScale(a: number, b: number): 'agreed' | 'close' | 'discuss' {
  if (a === b) return 'agreed';
  const atEnd = (n: number) => n === 1 || n === 5;
  if (atEnd(a) || atEnd(b) || Math.abs(a - b) >= 2) return 'discuss';
  return 'close';
}

/** Normalises "other" wording so that "Every Tuesday" and "every tuesday " count as the same. */
function sameWords(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** True when two given answers say the same thing (the test for "agreed" and for pre-filling). */
export function answersEqual(a: GivenAnswer, b: GivenAnswer): boolean {
  if (a.kind === 'scale' && b.kind === 'scale') return a.value === b.value;
  if (a.kind === 'choice' && b.kind === 'choice') {
    if (a.optionId !== b.optionId) return false;
    return a.optionId !== OTHER_OPTION_ID || sameWords(a.otherText, b.otherText);
  }
  if (a.kind === 'text' && b.kind === 'text') return sameWords(a.text, b.text);
  return false;
}

/**
 * Compares the mentor's and the mentee's answers to one item of the given kind. An answer that is
 * missing, skipped or of the wrong kind (e.g. from an older template version) counts as unanswered.
 */
export function compareAnswers(
  kind: ItemKind,
  mentor: Answer | undefined,
  mentee: Answer | undefined,
): ComparisonStatus {
  if (!isGiven(mentor) || !isGiven(mentee) || mentor.kind !== kind || mentee.kind !== kind) {
    return 'incomplete';
  }
  if (mentor.kind === 'text') return 'read-together';
  if (mentor.kind === 'scale' && mentee.kind === 'scale') return compareScale(mentor.value, mentee.value);
  return answersEqual(mentor, mentee) ? 'agreed' : 'discuss';
}
