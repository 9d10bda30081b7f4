import { describe, expect, it } from 'vitest';
import { applyChanges, mergeChanges } from '../../../src/lib/meetings/log-store';
import type { Goal, MeetingLogData } from '../../../src/lib/meetings/types';

const goal = (id: string, text: string): Goal => ({
  id,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  partnershipId: 'p1',
  text,
  status: 'active',
  history: [],
});

describe('mergeChanges', () => {
  it('keeps the later version of a record and every other record', () => {
    const merged = mergeChanges(
      { goals: [goal('a', 'one'), goal('b', 'two')] },
      { goals: [goal('a', 'uno')] },
    );
    expect(merged.goals?.map((g) => g.text)).toEqual(['uno', 'two']);
    expect(merged.meetings).toBeUndefined();
  });
});

describe('applyChanges', () => {
  it('replaces changed records in place and adds new ones at the end', () => {
    const data = {
      goals: [goal('a', 'one'), goal('b', 'two')],
      meetings: [],
      actions: [],
    } as unknown as MeetingLogData;
    const next = applyChanges(data, { goals: [goal('c', 'three'), goal('a', 'uno')] });
    expect(next.goals.map((g) => g.text)).toEqual(['uno', 'two', 'three']);
    expect(data.goals[0]?.text).toBe('one');
  });
});

describe('mergeChanges with removals', () => {
  it('removes a record saved earlier in the queue', () => {
    const merged = mergeChanges({ goals: [], actions: [] }, { removed: { actions: ['x'] } });
    expect(merged.removed).toEqual({ actions: ['x'] });
  });

  it('drops a queued save of a record that is then removed', () => {
    const merged = mergeChanges(
      { meetings: [{ id: 'm1' } as never], actions: [{ id: 'a1' } as never] },
      { removed: { meetings: ['m1'], actions: ['a1'] } },
    );
    expect(merged.meetings).toEqual([]);
    expect(merged.actions).toEqual([]);
    expect(merged.removed).toEqual({ meetings: ['m1'], actions: ['a1'] });
  });

  it('cancels a removal when the record is saved again (an undo)', () => {
    const merged = mergeChanges(
      { removed: { meetings: ['m1'], actions: ['a1', 'a2'] } },
      { meetings: [{ id: 'm1' } as never], actions: [{ id: 'a1' } as never] },
    );
    expect(merged.removed).toEqual({ actions: ['a2'] });
    expect(merged.meetings?.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('applyChanges with removals', () => {
  it('takes removed meetings and actions out of the log', () => {
    const data = {
      goals: [goal('g', 'one')],
      meetings: [{ id: 'm1' }, { id: 'm2' }],
      actions: [{ id: 'a1' }, { id: 'a2' }],
    } as unknown as MeetingLogData;
    const next = applyChanges(data, { removed: { meetings: ['m1'], actions: ['a2'] } });
    expect(next.meetings.map((m) => m.id)).toEqual(['m2']);
    expect(next.actions.map((a) => a.id)).toEqual(['a1']);
    expect(next.goals).toHaveLength(1);
  });
});
