import { describe, expect, it } from 'vitest';
import { formatGuideDate, isoDay } from '../../../src/lib/guide/dates';

describe('formatGuideDate', () => {
  it('writes the date the UK way', () => {
    expect(formatGuideDate(new Date('2026-11-28'))).toBe('28 November 2026');
  });

  it('uses the date as written, not the local time zone', () => {
    expect(formatGuideDate(new Date('2026-01-01T00:00:00Z'))).toBe('1 January 2026');
  });
});

describe('isoDay', () => {
  it('gives the day for a <time datetime> attribute', () => {
    expect(isoDay(new Date('2026-11-28'))).toBe('2026-11-28');
  });
});
