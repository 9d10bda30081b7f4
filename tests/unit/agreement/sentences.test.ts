import { describe, expect, it } from 'vitest';
import { agreementSentence, fillNames } from '../../../src/lib/agreement/sentences';
import type { Item } from '../../../src/lib/schemas/template';
import { loadDefaultTemplate, smallTemplate } from '../support/checklist-fixtures';

const [scaleItem, choiceItem, textItem] = smallTemplate.items as [Item, Item, Item];
const named = { mentorName: 'Priya', menteeName: 'Sam' };

describe('fillNames', () => {
  it.each([
    ['{mentee} sets the agenda.', named, 'Sam, the mentee, sets the agenda.'],
    ['{mentee} sets the agenda.', {}, 'The mentee sets the agenda.'],
    ['{mentor} asks questions.', { menteeName: 'Sam' }, 'The mentor asks questions.'],
    ['We meet when {menteeName} asks.', named, 'We meet when Sam asks.'],
    ["We never discuss {menteeName}'s pay.", {}, "We never discuss the mentee's pay."],
    ['Notes are kept by {mentee}.', named, 'Notes are kept by Sam, the mentee.'],
    ['Ask {mentor}, or wait.', named, 'Ask Priya, the mentor, or wait.'],
    ['{mentee} sets the agenda.', { menteeName: '  Sam   Lee ' }, 'Sam Lee, the mentee, sets the agenda.'],
    ['{mentee} sets the agenda.', { menteeName: '   ' }, 'The mentee sets the agenda.'],
  ])('fills %j with %j', (sentence, names, expected) => {
    expect(fillNames(sentence, names)).toBe(expected);
  });
});

describe('agreementSentence', () => {
  it('uses the sentence for the agreed scale position, with names and roles', () => {
    expect(agreementSentence(scaleItem, { kind: 'scale', value: 1 }, named)).toBe(
      'Sam, the mentee, sets the agenda.',
    );
    expect(agreementSentence(scaleItem, { kind: 'scale', value: 5 }, named)).toBe(
      'Priya, the mentor, sets the agenda.',
    );
  });

  it('uses the sentence for the chosen option', () => {
    expect(agreementSentence(choiceItem, { kind: 'choice', optionId: 'weekly' }, named)).toBe(
      'We meet every week.',
    );
  });

  it('falls back to a generic sentence for an option without one', () => {
    expect(agreementSentence(choiceItem, { kind: 'choice', optionId: 'monthly' }, named)).toBe(
      'How often will you meet? We agreed: Every month.',
    );
  });

  it("uses the pair's own words for an 'other' answer, as written", () => {
    expect(
      agreementSentence(
        choiceItem,
        { kind: 'choice', optionId: 'other', otherText: 'every {mentee} Tuesday' },
        named,
      ),
    ).toBe('How often will you meet? We agreed: every {mentee} Tuesday.');
  });

  it('puts a text answer after the template wording without rewriting it', () => {
    expect(agreementSentence(textItem, { kind: 'text', text: 'Risk of harm to {mentee}' }, named)).toBe(
      'The exceptions are: Risk of harm to {mentee}.',
    );
  });

  it('gives a generic sentence for an item a trainer added without sentences', () => {
    const trainerItem: Item = {
      id: 'dress',
      expectation: 'practicalities',
      kind: 'scale',
      prompt: 'How formal are meetings',
      left: 'Casual',
      right: 'Formal',
    };
    expect(agreementSentence(trainerItem, { kind: 'scale', value: 2 }, named)).toBe(
      'How formal are meetings. We agreed: Leaning towards “Casual”.',
    );
    expect(agreementSentence(trainerItem, { kind: 'scale', value: 3 }, named)).toBe(
      'How formal are meetings. We agreed: Half and half between “Casual” and “Formal”.',
    );
  });

  it('has a sentence for every option and scale position of the default checklist', () => {
    const template = loadDefaultTemplate();
    for (const item of template.items) {
      if (item.kind === 'scale') expect(item.sentences, item.id).toHaveLength(5);
      if (item.kind === 'choice')
        for (const o of item.options) expect(o.sentence, `${item.id}/${o.id}`).toBeTruthy();
      if (item.kind === 'text') expect(item.sentence, item.id).toBeTruthy();
    }
  });

  it('leaves no token unfilled in any sentence of the default checklist', () => {
    const template = loadDefaultTemplate();
    for (const item of template.items) {
      const answers =
        item.kind === 'scale'
          ? [1, 2, 3, 4, 5].map((value) => ({ kind: 'scale' as const, value }))
          : item.kind === 'choice'
            ? item.options.map((o) => ({ kind: 'choice' as const, optionId: o.id }))
            : [{ kind: 'text' as const, text: 'Something' }];
      for (const answer of answers) {
        for (const names of [named, {}]) {
          const sentence = agreementSentence(item, answer, names);
          expect(sentence, item.id).not.toMatch(/[{}]/);
          expect(sentence, item.id).toMatch(/^[A-Z]/);
          expect(sentence, item.id).toMatch(/[.]$/);
        }
      }
    }
  });
});
