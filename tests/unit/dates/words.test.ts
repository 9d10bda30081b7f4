import { describe, expect, it } from 'vitest';
import {
  formatDateLong,
  formatDateTimeLong,
  formatDayMonthYear,
  formatInstant,
  formatMinutes,
  isoDay,
} from '../../../src/lib/dates';

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

describe('formatDayMonthYear', () => {
  it('writes a date the UK way, as written whatever the time zone', () => {
    expect(formatDayMonthYear('2027-02-03')).toBe('3 February 2027');
    expect(formatDayMonthYear('2026-01-01T00:00:00.000Z')).toBe('1 January 2026');
  });

  it("writes a guide page's frontmatter date (midnight UTC) as that day", () => {
    expect(formatDayMonthYear(isoDay(new Date('2026-11-28')))).toBe('28 November 2026');
  });
});

describe('formatInstant', () => {
  it('reads an instant on the local clock (Europe/London in these tests)', () => {
    expect(formatInstant('2026-03-03T14:05:00Z')).toBe('3 March 2026 at 14:05');
    // British Summer Time: the same instant in UTC reads an hour later in London.
    expect(formatInstant('2026-07-01T08:30:00Z')).toBe('1 July 2026 at 09:30');
    expect(formatInstant('2026-10-25T00:30:00Z')).toBe('25 October 2026 at 01:30');
    expect(formatInstant('2026-10-25T01:30:00Z')).toBe('25 October 2026 at 01:30');
  });

  it('says so when it is not a date', () => {
    expect(formatInstant('nonsense')).toBe('an unknown date');
  });
});
