import { describe, expect, it } from 'vitest';
import {
  countRecords,
  describeCounts,
  formatBytes,
  partnershipLabel,
  plural,
} from '../../../src/lib/data/summary';

describe('summary', () => {
  it('counts the four kinds the page shows', () => {
    const counts = countRecords({
      partnerships: [{}, {}] as never[],
      meetings: [{}] as never[],
      actions: [] as never[],
      goals: [{}, {}, {}] as never[],
    });
    expect(counts).toEqual({ partnerships: 2, meetings: 1, actions: 0, goals: 3 });
    expect(describeCounts(counts)).toBe('2 partnerships, 1 meeting, 0 actions and 3 goals');
  });

  it('says sizes in rounded words', () => {
    expect(formatBytes(0)).toBe('less than 1 KB');
    expect(formatBytes(Number.NaN)).toBe('less than 1 KB');
    expect(formatBytes(240 * 1024)).toBe('about 240 KB');
    expect(formatBytes(1.24 * 1024 * 1024)).toBe('about 1.2 MB');
    expect(formatBytes(52 * 1024 * 1024)).toBe('about 52 MB');
    expect(formatBytes(3.5 * 1024 ** 3)).toBe('about 3.5 GB');
  });

  it('pluralises', () => {
    expect(plural(1, 'goal')).toBe('1 goal');
    expect(plural(1200, 'record')).toBe('1,200 records');
  });

  it('names a partnership by title, then names, then a stand-in', () => {
    expect(partnershipLabel({ title: ' Sam and Priya ' })).toBe('Sam and Priya');
    expect(partnershipLabel({ title: '', mentorName: 'Priya', menteeName: 'Sam' })).toBe('Sam and Priya');
    expect(partnershipLabel({ menteeName: 'Priya' })).toBe('Priya');
    expect(partnershipLabel({})).toBe('Unnamed partnership');
  });
});
