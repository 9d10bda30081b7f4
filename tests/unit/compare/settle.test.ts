import { describe, expect, it } from 'vitest';
import {
  compareRound,
  isItemSettled,
  prefillAgreed,
  settleProgress,
  sortForCompare,
} from '../../../src/lib/compare/settle';
import { isOptionalItem } from '../../../src/lib/compare/optional';
import { unansweredItems } from '../../../src/lib/checklist/round-flow';
import type { AgreedEntry, ChecklistRound } from '../../../src/lib/schemas/round';
import type { ChecklistTemplate, Item } from '../../../src/lib/schemas/template';
import { loadDefaultTemplate, makeRound, smallTemplate } from '../support/checklist-fixtures';

const [scaleItem, choiceItem, textItem] = smallTemplate.items as [Item, Item, Item];
const confirmed: AgreedEntry = {
  value: { kind: 'scale', value: 2 },
  confirmedAt: '2026-11-28T10:00:00.000Z',
};

describe('isItemSettled', () => {
  it.each<[string, Item, Parameters<typeof isItemSettled>[1], AgreedEntry | undefined, boolean]>([
    ['an agreed item with nothing recorded', scaleItem, 'agreed', undefined, true],
    ['a close item before confirmation', scaleItem, 'close', undefined, false],
    [
      'a close item with a value but no confirmation',
      scaleItem,
      'close',
      { value: { kind: 'scale', value: 2 } },
      false,
    ],
    ['a confirmed close item', scaleItem, 'close', confirmed, true],
    ['a text item not yet read together', textItem, 'read-together', undefined, false],
    ['a text item read together', textItem, 'read-together', { readTogether: true }, true],
    ['an item to discuss with nothing recorded', choiceItem, 'discuss', undefined, false],
    ['an item to discuss with only a note', choiceItem, 'discuss', { note: 'Talk later' }, false],
    [
      'an item to discuss with an agreed value',
      choiceItem,
      'discuss',
      { value: { kind: 'choice', optionId: 'weekly' } },
      true,
    ],
    [
      'an item to discuss with a value of the wrong kind',
      choiceItem,
      'discuss',
      { value: { kind: 'scale', value: 1 } },
      false,
    ],
    ['a parked item', choiceItem, 'discuss', { parkedUntil: '2026-12-12' }, true],
    ['an incomplete item with nothing recorded', choiceItem, 'incomplete', undefined, false],
    [
      'an incomplete item the pair agreed',
      choiceItem,
      'incomplete',
      { value: { kind: 'choice', optionId: 'weekly' } },
      true,
    ],
  ])('says whether %s is settled', (_label, item, status, entry, expected) => {
    expect(isItemSettled(item, status, entry)).toBe(expected);
  });
});

describe('compareRound', () => {
  it('compares every item of the template, in template order', () => {
    const round = makeRound({
      mentor: { agenda: { kind: 'scale', value: 2 }, frequency: { kind: 'choice', optionId: 'weekly' } },
      mentee: { agenda: { kind: 'scale', value: 3 }, frequency: { kind: 'skipped' } },
    });
    expect(compareRound(smallTemplate, round).map((c) => [c.item.id, c.status])).toEqual([
      ['agenda', 'close'],
      ['frequency', 'incomplete'],
      ['exceptions', 'incomplete'],
    ]);
  });
});

describe('prefillAgreed', () => {
  it('fills in equal answers and leaves entries the pair wrote alone', () => {
    const round = makeRound({
      mentor: { agenda: { kind: 'scale', value: 1 }, frequency: { kind: 'choice', optionId: 'weekly' } },
      mentee: { agenda: { kind: 'scale', value: 1 }, frequency: { kind: 'choice', optionId: 'weekly' } },
      agreed: { frequency: { value: { kind: 'choice', optionId: 'monthly' } } },
    });
    expect(prefillAgreed(smallTemplate, round)).toEqual({
      agenda: { value: { kind: 'scale', value: 1 } },
      frequency: { value: { kind: 'choice', optionId: 'monthly' } },
    });
  });
});

describe('settleProgress', () => {
  const answered = {
    mentor: {
      agenda: { kind: 'scale', value: 1 },
      frequency: { kind: 'choice', optionId: 'weekly' },
      exceptions: { kind: 'text', text: 'Harm' },
    },
    mentee: {
      agenda: { kind: 'scale', value: 4 },
      frequency: { kind: 'choice', optionId: 'weekly' },
      exceptions: { kind: 'text', text: 'Risk of harm' },
    },
  } as const;

  it('is not complete while an item is unsettled', () => {
    expect(settleProgress(smallTemplate, makeRound(answered))).toEqual({
      settled: 1,
      total: 3,
      complete: false,
    });
  });

  it('is complete when every item is settled', () => {
    const round = makeRound({
      ...answered,
      agreed: { agenda: { parkedUntil: '2027-01-10' }, exceptions: { readTogether: true } },
    });
    expect(settleProgress(smallTemplate, round)).toEqual({ settled: 3, total: 3, complete: true });
  });
});

describe('sortForCompare', () => {
  it('puts items to discuss first, then close, then agreed, keeping template order', () => {
    const template = loadDefaultTemplate();
    const [a, b, c, d] = template.items as [Item, Item, Item, Item];
    const round = makeRound({
      templateId: 'default',
      mentor: {
        [a.id]: { kind: 'scale', value: 3 },
        [b.id]: { kind: 'scale', value: 2 },
        [c.id]: { kind: 'scale', value: 1 },
      },
      mentee: {
        [a.id]: { kind: 'scale', value: 3 },
        [b.id]: { kind: 'scale', value: 3 },
        [c.id]: { kind: 'scale', value: 5 },
      },
    });
    const sorted = sortForCompare(compareRound(template, round).slice(0, 4)).map((x) => [
      x.item.id,
      x.status,
    ]);
    expect(sorted).toEqual([
      [c.id, 'discuss'],
      [d.id, 'incomplete'],
      [b.id, 'close'],
      [a.id, 'agreed'],
    ]);
  });
});

describe('optional items', () => {
  const optional: Item = {
    id: 'off-limits',
    expectation: 'trust-confidentiality',
    kind: 'text',
    prompt: 'Are there topics you would rather not discuss? You can leave this empty if there are none.',
  };
  const required: Item = { ...optional, id: 'limits', prompt: 'What are the limits of confidentiality?' };
  const template: ChecklistTemplate = { ...smallTemplate, items: [optional, required] };
  const blank = makeRound({ stage: 'compare', mentor: {}, mentee: {}, agreed: {} });

  it('reads "you can leave this empty" as optional, for text items only', () => {
    expect(isOptionalItem(optional)).toBe(true);
    expect(isOptionalItem(required)).toBe(false);
    expect(isOptionalItem({ ...optional, kind: 'scale', left: 'a', right: 'b' })).toBe(false);
  });

  it('is not counted as unanswered', () => {
    expect(unansweredItems(template, {})).toEqual(['limits']);
  });

  it('is settled with nothing to add when both leave it empty, and read together when one writes', () => {
    const [o, r] = compareRound(template, blank);
    expect(o?.status).toBe('agreed');
    expect(o?.settled).toBe(true);
    expect(r?.status).toBe('incomplete');
    const oneWrote = {
      ...blank,
      mentee: { 'off-limits': { kind: 'text', text: 'My divorce' } },
    } as ChecklistRound;
    expect(compareRound(template, oneWrote)[0]?.status).toBe('read-together');
  });
});
