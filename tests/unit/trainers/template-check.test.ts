/** Checking a builder draft before it is shared: plain messages that say what to fix. */
import { describe, expect, it } from 'vitest';
import { MAX } from '../../../src/lib/schemas/common';
import type { ChecklistTemplate } from '../../../src/lib/schemas/template';
import { checkTemplate } from '../../../src/lib/trainers/template-check';
import { addItem, blankItem } from '../../../src/lib/trainers/template-draft';

const valid: ChecklistTemplate = {
  id: 'mine',
  version: 1,
  title: 'Our checklist',
  items: [{ id: 'q1', expectation: 'practicalities', kind: 'text', prompt: 'Where shall we meet?' }],
};

const messages = (draft: ChecklistTemplate) => {
  const result = checkTemplate(draft);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('checkTemplate', () => {
  it('accepts a complete template and returns it parsed', () => {
    expect(checkTemplate(valid)).toEqual({ ok: true, template: valid });
  });

  it.each([
    ['an empty title', { ...valid, title: ' ' }, 'Give the checklist a title.'],
    ['no questions', { ...valid, items: [] }, 'Add at least one question.'],
    [
      'a blank new scale item',
      addItem(valid, blankItem('scale', 'q2', 'mentee-driven')),
      'Question 2: write the question.',
    ],
    [
      'a scale item without statements',
      addItem(valid, { ...blankItem('scale', 'q2', 'mentee-driven'), prompt: 'Who?' }),
      'Question 2: write the statement for 1.',
    ],
    [
      'a choice item with an empty option',
      addItem(valid, { ...blankItem('choice', 'q2', 'mentee-driven'), prompt: 'Which?' }),
      'Question 2: fill in every option, or remove the empty one.',
    ],
    [
      'an overlong programme name',
      { ...valid, programme: 'x'.repeat(MAX.short + 1) },
      `Shorten the programme name to ${MAX.short} characters.`,
    ],
  ])('explains %s', (_name, draft, message) => {
    expect(messages(draft)).toContain(message);
  });

  it('points each item problem at its item', () => {
    const result = checkTemplate(addItem(valid, blankItem('text', 'q2', 'mentee-driven')));
    expect(result.ok ? [] : result.problems.map((p) => p.itemId)).toEqual(['q2']);
  });

  it('falls back to the schema for what the builder cannot produce, such as a duplicate item id', () => {
    const first = valid.items[0];
    if (!first) throw new Error('fixture');
    const result = checkTemplate({ ...valid, items: [first, first] });
    expect(result.ok).toBe(false);
    expect(messages({ ...valid, items: [first, first] })[0]).toMatch(/cannot be saved/);
  });
});
