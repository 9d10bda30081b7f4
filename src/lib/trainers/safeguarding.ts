/**
 * Where a template's safeguarding contact is shown: beside the item about the limits of
 * confidentiality, or the first trust item when a trainer removed that one.
 */
import type { Item } from '../schemas/template';

/** The id of the item the safeguarding contact goes with, if any item fits. */
export function safeguardingItemId(items: readonly Item[]): string | undefined {
  return (
    items.find((i) => i.role === 'confidentiality-exceptions')?.id ??
    items.find((i) => i.expectation === 'trust-confidentiality')?.id
  );
}
