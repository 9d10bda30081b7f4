import { describe, expect, it } from 'vitest';
import { groupReasons, itemReason } from '../../../src/lib/compare/reasons';
import { compareRound } from '../../../src/lib/compare/settle';
import type { Answers } from '../../../src/lib/schemas/answers';
import { makeRound, smallTemplate } from '../support/checklist-fixtures';

const names = { mentor: 'Priya', mentee: 'the mentee' };
const [scale, choice] = smallTemplate.items;

function reasonFor(itemId: string, mentor: Answers, mentee: Answers): string {
  const c = compareRound(smallTemplate, makeRound({ mentor, mentee })).find((x) => x.item.id === itemId);
  if (!c) throw new Error(`no item ${itemId}`);
  return itemReason(c, names);
}

const at = (value: number): Answers => ({ [scale?.id ?? '']: { kind: 'scale', value } });

describe('itemReason', () => {
  it.each([
    [1, 2, 'Priya chose an end of the scale: a strong view is worth talking about.'],
    [2, 5, 'The mentee chose an end of the scale: a strong view is worth talking about.'],
    [1, 5, 'You chose opposite ends of the scale: this is worth a proper talk.'],
    [2, 4, 'Your answers are two steps apart: worth talking about.'],
    [2, 3, 'Your answers are one step apart: confirm where you landed.'],
    [3, 3, 'You gave the same answer.'],
  ])('says why mentor %i against mentee %i sits where it does', (a, b, reason) => {
    expect(reasonFor(scale?.id ?? '', at(a), at(b))).toBe(reason);
  });

  it('names who did not answer, with a capital at the start', () => {
    expect(reasonFor(scale?.id ?? '', at(2), {})).toBe(
      'The mentee did not answer this one: decide it together, or come back to it.',
    );
    expect(reasonFor(scale?.id ?? '', {}, {})).toMatch(/^Neither of you answered/);
  });

  it('explains a choice that differs', () => {
    expect(choice?.kind).toBe('choice');
    if (choice?.kind !== 'choice') return;
    const [first, second] = choice.options;
    const pick = (optionId: string): Answers => ({ [choice.id]: { kind: 'choice', optionId } });
    expect(reasonFor(choice.id, pick(first?.id ?? ''), pick(second?.id ?? ''))).toBe(
      'You chose different answers: say what each of you had in mind.',
    );
  });

  it('has a short reason for every group the pair talk through', () => {
    for (const reason of Object.values(groupReasons)) expect(reason.length).toBeLessThan(140);
  });
});
