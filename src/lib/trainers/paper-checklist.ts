/**
 * Orders a template's items for the paper checklist: grouped by expectation, in the order the groups
 * first appear, numbered straight through so a pair can say "item 7".
 */
import type { ItemGroupId } from '../expectations';
import type { Item } from '../schemas/template';

/** One group of items on paper, with each item's number on the form. */
export interface PaperGroup {
  expectation: ItemGroupId;
  items: { item: Item; number: number }[];
}

/**
 * Groups items by expectation, keeping the template's order within each group and the order in which
 * groups first appear, then numbers them from 1 in that order.
 */
export function groupItemsForPaper(items: readonly Item[]): PaperGroup[] {
  const groups: PaperGroup[] = [];
  for (const item of items) {
    let group = groups.find((g) => g.expectation === item.expectation);
    if (!group) {
      group = { expectation: item.expectation, items: [] };
      groups.push(group);
    }
    group.items.push({ item, number: 0 });
  }
  let number = 0;
  for (const group of groups) for (const entry of group.items) entry.number = ++number;
  return groups;
}
