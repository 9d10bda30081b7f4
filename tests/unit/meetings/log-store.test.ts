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
