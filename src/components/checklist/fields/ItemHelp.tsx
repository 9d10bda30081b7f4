/** The one-line "why this matters" of an item, with a link to the guide section it comes from. */
import type { Item } from '../../../lib/schemas/template';
import { withBase } from '../../../lib/site/base-path';

interface Props {
  item: Item;
  base: string;
}

export function ItemHelp({ item, base }: Props) {
  if (!item.help && !item.guideLink) return null;
  return (
    <p class="item-help">
      {item.help && (
        <>
          <strong>Why this matters:</strong> {item.help}{' '}
        </>
      )}
      {item.guideLink && (
        <a href={withBase(base, item.guideLink)}>
          Read more<span class="visually-hidden"> about this in the guide</span>
        </a>
      )}
    </p>
  );
}
