// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changesToReplay, localStorageJournal, parseJournal } from '../../../src/lib/session/journal';
import { isEmptyWriteSet as isEmpty } from '../../../src/lib/session/write-set';
import type { Meeting, MeetingLogData } from '../../../src/lib/meetings/types';

const meeting: Meeting = {
  id: 'm1',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  partnershipId: 'p1',
  date: '2026-11-01',
  agenda: '',
  notes: 'old',
  status: 'held',
};
const data: MeetingLogData = {
  partnership: {
    id: 'p1',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    templateId: 'default',
    templateVersion: 1,
    answerMode: 'one-device',
    thisDevice: 'both',
  },
  meetings: [meeting],
  actions: [],
  goals: [],
};

describe('parseJournal', () => {
  it('keeps records that pass their schemas and drops the rest', () => {
    const json = JSON.stringify({ meetings: [meeting, { id: 'bad' }], actions: 'nonsense' });
    expect(parseJournal(json)).toEqual({ rounds: [], meetings: [meeting], actions: [], goals: [] });
  });

  it('keeps removed ids that are ids and drops anything else', () => {
    const json = JSON.stringify({ removed: { meetings: ['m1', 42, 'has space'], actions: 'x' } });
    expect(parseJournal(json)?.removed).toEqual({ meetings: ['m1'], actions: [], goals: [] });
  });

  it('gives null for text that is not JSON', () => {
    expect(parseJournal('{oops')).toBeNull();
  });
});

describe('changesToReplay', () => {
  it('replays only records newer than the stored ones', () => {
    const newer = { ...meeting, notes: 'typed', updatedAt: '2026-11-01T09:05:00.000Z' };
    const older = { ...meeting, notes: 'stale', updatedAt: '2026-11-01T08:00:00.000Z' };
    expect(changesToReplay({ meetings: [newer] }, data).meetings).toEqual([newer]);
    expect(isEmpty(changesToReplay({ meetings: [older] }, data))).toBe(true);
  });
});

describe('changesToReplay with removals', () => {
  it('replays a removal the closing page had not saved, for records still stored', () => {
    const replay = changesToReplay({ removed: { meetings: ['m1', 'gone'] } }, data);
    expect(replay.removed).toEqual({ meetings: ['m1'], actions: [], goals: [] });
    expect(isEmpty(replay)).toBe(false);
  });

  it('replays nothing when the removed records are already gone', () => {
    expect(isEmpty(changesToReplay({ removed: { meetings: ['gone'] } }, data))).toBe(true);
  });
});

describe('localStorageJournal', () => {
  it('writes, reads back and clears one entry per partnership', () => {
    const journal = localStorageJournal('p1');
    journal.write({ meetings: [meeting] });
    expect(localStorageJournal('p2').read()).toBeNull();
    expect(journal.read()?.meetings).toEqual([meeting]);
    journal.clear();
    expect(journal.read()).toBeNull();
  });
});
