/** Editing a template in the builder: pure steps from one template to the next. */
import { describe, expect, it } from 'vitest';
import type { ChecklistTemplate } from '../../../src/lib/schemas/template';
import {
  addItem,
  addOption,
  blankItem,
  draftFromTemplate,
  editDetails,
  editItem,
  moveItem,
  relabelOption,
  removeItem,
  removeOption,
  setAllowOther,
} from '../../../src/lib/trainers/template-draft';

const source: ChecklistTemplate = {
  id: 'default',
  version: 3,
  title: 'Expectations checklist',
  programme: 'Someone else',
  safeguardingContact: 'Someone else’s contact',
  items: [
    {
      id: 'agenda',
      expectation: 'mentee-driven',
      kind: 'scale',
      prompt: 'Who sets the agenda?',
      left: 'The mentee',
      right: 'The mentor',
      sentences: ['a', 'b', 'c', 'd', 'e'],
    },
    {
      id: 'often',
      expectation: 'protected-time',
      kind: 'choice',
      prompt: 'How often?',
      options: [
        { id: 'weekly', label: 'Weekly', sentence: 'We meet every week.' },
        { id: 'monthly', label: 'Monthly', sentence: 'We meet every month.' },
      ],
    },
    {
      id: 'avoid',
      expectation: 'trust-confidentiality',
      kind: 'text',
      prompt: 'Off limits?',
      sentence: 'We avoid:',
    },
  ],
};

const ids = (t: ChecklistTemplate) => t.items.map((i) => i.id);

describe('draftFromTemplate', () => {
  it('copies the items under a new id at version 1, without the source programme details', () => {
    const draft = draftFromTemplate(source, 'mine');
    expect(draft).toMatchObject({ id: 'mine', version: 1, title: source.title });
    expect(draft.programme).toBeUndefined();
    expect(draft.safeguardingContact).toBeUndefined();
    expect(draft.items).toEqual(source.items);
  });

  it('never shares objects with the source, so editing the draft leaves the source alone', () => {
    const draft = draftFromTemplate(source, 'mine');
    const edited = editItem(draft, 'agenda', { prompt: 'Changed' });
    expect(source.items[0]?.prompt).toBe('Who sets the agenda?');
    expect(edited.items[0]?.prompt).toBe('Changed');
    expect(draft.items[0]).not.toBe(source.items[0]);
  });
});

describe('adding, removing and moving items', () => {
  it.each(['scale', 'choice', 'text'] as const)('adds a blank %s item at the end', (kind) => {
    const next = addItem(source, blankItem(kind, 'new', 'practicalities'));
    expect(ids(next)).toEqual(['agenda', 'often', 'avoid', 'new']);
    expect(next.items[3]).toMatchObject({ kind, prompt: '', expectation: 'practicalities' });
  });

  it('removes an item by id', () => {
    expect(ids(removeItem(source, 'often'))).toEqual(['agenda', 'avoid']);
  });

  it.each([
    ['often', -1, ['often', 'agenda', 'avoid']],
    ['often', 1, ['agenda', 'avoid', 'often']],
    ['agenda', -1, ['agenda', 'often', 'avoid']],
    ['avoid', 1, ['agenda', 'often', 'avoid']],
    ['missing', 1, ['agenda', 'often', 'avoid']],
  ] as const)('moves %s by %i', (id, by, expected) => {
    expect(ids(moveItem(source, id, by))).toEqual(expected);
  });
});

describe('editItem', () => {
  it('drops a scale item’s sentences when its statements change', () => {
    const next = editItem(source, 'agenda', { left: 'Only the mentee' });
    expect(next.items[0]).toMatchObject({ left: 'Only the mentee' });
    expect(next.items[0]).not.toHaveProperty('sentences');
  });

  it('keeps a scale item’s sentences when only its prompt changes', () => {
    expect(editItem(source, 'agenda', { prompt: 'Agenda?' }).items[0]).toHaveProperty('sentences');
  });

  it('drops a text item’s sentence when its prompt changes', () => {
    expect(editItem(source, 'avoid', { prompt: 'Topics to avoid?' }).items[2]).not.toHaveProperty('sentence');
  });

  it('removes empty help rather than keeping an empty string', () => {
    const withHelp = editItem(source, 'avoid', { help: 'Be specific.' });
    expect(withHelp.items[2]).toMatchObject({ help: 'Be specific.' });
    expect(editItem(withHelp, 'avoid', { help: '' }).items[2]).not.toHaveProperty('help');
  });
});

describe('choice options', () => {
  it('adds, relabels and removes options; a relabelled option loses its sentence', () => {
    let next = addOption(source, 'often', 'daily');
    next = relabelOption(next, 'often', 'weekly', 'Every week');
    next = removeOption(next, 'often', 'monthly');
    const item = next.items[1];
    if (item?.kind !== 'choice') throw new Error('expected a choice item');
    expect(item.options).toEqual([
      { id: 'weekly', label: 'Every week' },
      { id: 'daily', label: '' },
    ]);
  });

  it('turns "Other" on and off', () => {
    expect(setAllowOther(source, 'often', true).items[1]).toMatchObject({ allowOther: true });
    expect(setAllowOther(source, 'often', false).items[1]).toMatchObject({ allowOther: false });
  });

  it('ignores option changes aimed at an item that is not a choice', () => {
    expect(addOption(source, 'agenda', 'x')).toEqual(source);
  });
});

describe('editDetails', () => {
  it('sets the programme details and removes ones left blank', () => {
    const next = editDetails(source, {
      programme: 'Northfield Nurses',
      intro: '  ',
      safeguardingContact: '',
    });
    expect(next.programme).toBe('Northfield Nurses');
    expect(next).not.toHaveProperty('intro');
    expect(next).not.toHaveProperty('safeguardingContact');
  });
});
