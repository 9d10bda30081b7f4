/**
 * Short, plain descriptions of an answer, for the compare view ("Mentor: every two weeks") and for
 * "what changed" between rounds. Sentences for the agreement itself live in sentences.ts.
 */
import { OTHER_OPTION_ID, type Answer } from '../schemas/answers';
import type { Item, ScaleItem } from '../schemas/template';

/** What a position on a scale means, in words, with both statements. */
export function describeScale(item: Pick<ScaleItem, 'left' | 'right'>, value: number): string {
  switch (value) {
    case 1:
      return item.left;
    case 2:
      return `Mostly: ${item.left}`;
    case 3:
      return `Half and half: ${item.left} / ${item.right}`;
    case 4:
      return `Mostly: ${item.right}`;
    default:
      return item.right;
  }
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
