/**
 * Short, plain descriptions of an answer, for the compare view ("Mentor: every two weeks") and for
 * "what changed" between rounds. Sentences for the agreement itself live in sentences.ts.
 */
import { OTHER_OPTION_ID, type Answer } from '../schemas/answers';
import type { Item, ScaleItem } from '../schemas/template';

/**
 * What a position on a scale means, in words, said once: the ends are the two statements, the middle
 * is "Half and half" (the statements are on screen beside it), and the positions between lean towards
 * a statement in quotation marks. Statements may begin with "Mostly" or contain a colon ("No: this
 * time is…"), so nothing is put in front of them with a colon, and no word is doubled.
 */
export function describeScale(item: Pick<ScaleItem, 'left' | 'right'>, value: number): string {
  switch (value) {
    case 1:
      return item.left;
    case 2:
      return `Leaning towards “${item.left}”`;
    case 3:
      return 'Half and half';
    case 4:
      return `Leaning towards “${item.right}”`;
    default:
      return item.right;
  }
}

/** The same, standing alone (in a sentence or a file, with no statements beside it). */
export function describeScaleInFull(item: Pick<ScaleItem, 'left' | 'right'>, value: number): string {
  return value === 3
    ? `Half and half between “${item.left}” and “${item.right}”`
    : describeScale(item, value);
}

/**
 * Describes an answer to an item in a few words; `undefined` answers and skips read as
 * "Not answered". An answer that does not fit the item (another kind) reads as not answered too.
 */
export function describeAnswer(item: Item, answer: Answer | undefined): string {
  if (!answer || answer.kind === 'skipped' || answer.kind !== item.kind) return 'Not answered';
  if (answer.kind === 'scale' && item.kind === 'scale') return describeScale(item, answer.value);
  if (answer.kind === 'choice' && item.kind === 'choice') {
    if (answer.optionId === OTHER_OPTION_ID) return answer.otherText?.trim() || 'Something else';
    return item.options.find((o) => o.id === answer.optionId)?.label ?? 'Not answered';
  }
  if (answer.kind === 'text') return answer.text.trim() || 'Nothing written';
  return 'Not answered';
}
