import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutesLocal,
  addMonths,
  daysBetween,
  isDate,
  localDateTimeToInstant,
  localToday,
  parseLocalDateTime,
} from '../../../src/lib/dates';

describe('daysBetween', () => {
  it.each([
    ['2026-11-01', '2026-11-24', 23],
    ['2026-11-24', '2026-11-01', -23],
    ['2026-03-28', '2026-03-30', 2], // across the UK clock change: still whole days
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2026-12-31', '2027-01-01', 1],
  ])('counts from %s to %s as %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('addDays', () => {
  it('moves across month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2027-01-10', -1, '2026-12-10'],
  ])('adds to %s %i month(s) giving %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('isDate', () => {
  it('accepts real dates and refuses others', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('28/02/2026')).toBe(false);
  });
});

describe('parseLocalDateTime', () => {
  it('reads hours and minutes and refuses impossible times', () => {
    expect(parseLocalDateTime('2026-12-01T09:30')).toMatchObject({ hour: 9, minute: 30, second: 0 });
    expect(() => parseLocalDateTime('2026-12-01T24:00')).toThrow(RangeError);
  });
});

describe('addMinutesLocal', () => {
  it('rolls over midnight on the wall clock', () => {
    expect(addMinutesLocal('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15:00');
  });
});

describe('localToday', () => {
  it("uses the device's own calendar date", () => {
    expect(localToday(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});

describe('addMonths at the ends of months', () => {
  it.each([
    ['2026-11-28', 3, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-05-15', 12, '2027-05-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

// These depend on the time zone vitest pins (Europe/London): in UTC they would fail, which is the point.
describe('local time across the UK clock changes', () => {
  it('names the instant of a wall-clock time in summer and in winter', () => {
    expect(localDateTimeToInstant('2026-03-29T12:00').toISOString()).toBe('2026-03-29T11:00:00.000Z');
    expect(localDateTimeToInstant('2026-03-28T12:00').toISOString()).toBe('2026-03-28T12:00:00.000Z');
    expect(localDateTimeToInstant('2026-10-25T12:00').toISOString()).toBe('2026-10-25T12:00:00.000Z');
  });

  it("takes today from the local calendar, not UTC's", () => {
    expect(localToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(localToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('keeps wall-clock arithmetic free of the clock change', () => {
    expect(addMinutesLocal('2026-03-29T00:30', 60)).toBe('2026-03-29T01:30:00');
  });
});
