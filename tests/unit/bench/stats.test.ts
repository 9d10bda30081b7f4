import { describe, expect, it } from 'vitest';
import { median, totalBlockingTime } from '../../../bench/lib/stats.ts';

describe('median', () => {
  it('takes the middle of an odd number of values', () => {
    expect(median([500, 100, 300, 900, 200])).toBe(300);
  });
  it('averages the two middle values of an even number', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores missing values, and is null when there are none', () => {
    expect(median([null, 7, null])).toBe(7);
    expect(median([null, null])).toBeNull();
  });
});

describe('totalBlockingTime', () => {
  it('adds up the part of each long task over 50 ms', () => {
    expect(totalBlockingTime([120, 51, 50, 30])).toBe(71);
  });
  it('is 0 with no long tasks', () => {
    expect(totalBlockingTime([])).toBe(0);
  });
});
