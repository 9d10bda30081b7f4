/** Ordering a template's items for the paper form. */
import { describe, expect, it } from 'vitest';
import { groupItemsForPaper } from '../../../src/lib/trainers/paper-checklist';
import type { Item } from '../../../src/lib/schemas/template';

const text = (id: string, expectation: Item['expectation']): Item => ({
  id,
  expectation,
  kind: 'text',
  prompt: `Prompt ${id}`,
});

describe('groupItemsForPaper', () => {
  it('groups items by expectation in the order the groups first appear', () => {
    const groups = groupItemsForPaper([
      text('a', 'protected-time'),
      text('b', 'mentee-driven'),
      text('c', 'protected-time'),
    ]);
    expect(groups.map((g) => g.expectation)).toEqual(['protected-time', 'mentee-driven']);
    expect(groups[0]?.items.map((e) => e.item.id)).toEqual(['a', 'c']);
  });

  it('numbers the items straight through, in the order they are printed', () => {
    const groups = groupItemsForPaper([
      text('a', 'protected-time'),
      text('b', 'mentee-driven'),
      text('c', 'protected-time'),
    ]);
    expect(groups.flatMap((g) => g.items.map((e) => `${e.number}:${e.item.id}`))).toEqual([
      '1:a',
      '2:c',
      '3:b',
    ]);
  });

  it('returns no groups for no items', () => {
    expect(groupItemsForPaper([])).toEqual([]);
  });
});
