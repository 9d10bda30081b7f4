/**
 * Items a person may leave empty on purpose. The template schema has no flag for it, so the rule
 * reads the words the checklist itself uses to say so ("You can leave this empty…", as the default
 * template's "topics you would rather not discuss" does): what a person is told they can leave empty
 * must never be counted against them. Only text items qualify: an empty choice or scale means nothing.
 */
import type { Item } from '../schemas/template';

const saysOptional = /\byou (can|may) leave (this|it) (empty|blank)\b/i;

/** Whether leaving this item empty is an answer ("nothing to add"), not a gap. */
export function isOptionalItem(item: Item): boolean {
  return item.kind === 'text' && (saysOptional.test(item.prompt) || saysOptional.test(item.help ?? ''));
}
