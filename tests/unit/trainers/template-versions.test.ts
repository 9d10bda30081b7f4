/** Choosing the version a trainer's template is saved as: stored versions never change. */
import { describe, expect, it } from 'vitest';
import type { ChecklistTemplate, StoredTemplate } from '../../../src/lib/schemas/template';
import { sameContent, versionToSave } from '../../../src/lib/trainers/template-versions';

const draft: ChecklistTemplate = {
  id: 'mine',
  version: 1,
  title: 'Ours',
  items: [{ id: 'q1', expectation: 'practicalities', kind: 'text', prompt: 'Where?' }],
};
const stored = (t: ChecklistTemplate): StoredTemplate => ({
  ...t,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('sameContent', () => {
  it('ignores version, timestamps and the order of keys', () => {
    const reordered = { items: draft.items, title: 'Ours', version: 7, id: 'mine' } as ChecklistTemplate;
    expect(sameContent(draft, stored(reordered))).toBe(true);
  });

  it('sees a changed word', () => {
    expect(sameContent(draft, { ...draft, title: 'Theirs' })).toBe(false);
  });
});

describe('versionToSave', () => {
  it('keeps the draft version when nothing of that id is stored', () => {
    expect(versionToSave(draft, []).version).toBe(1);
  });

  it('reuses the version of an identical stored template', () => {
    expect(versionToSave({ ...draft, version: 5 }, [stored(draft)]).version).toBe(1);
  });

  it('takes the next free version when the content changed', () => {
    const stored2 = stored({ ...draft, version: 2, title: 'Second' });
    expect(versionToSave({ ...draft, title: 'Third' }, [stored(draft), stored2]).version).toBe(3);
  });

  it('ignores other templates', () => {
    expect(versionToSave(draft, [stored({ ...draft, id: 'other', title: 'x' })]).version).toBe(1);
  });
});
