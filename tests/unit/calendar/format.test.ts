import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateTimeLong, formatMinutes } from '../../../src/lib/calendar/format';

describe('formatDateLong', () => {
  it('writes a UK date without commas', () => {
    expect(formatDateLong('2026-12-01')).toBe('Tuesday 1 December 2026');
  });
});

describe('formatDateTimeLong', () => {
  it('adds the 24-hour time', () => {
    expect(formatDateTimeLong('2026-12-10T09:05')).toBe('Thursday 10 December 2026 at 09:05');
  });
});

describe('formatMinutes', () => {
  it.each([
    [45, '45 minutes'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [121, '2 hours 1 minute'],
  ])('writes %i as %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
