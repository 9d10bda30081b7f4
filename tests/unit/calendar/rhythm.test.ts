import { describe, expect, it } from 'vitest';
import {
  cadenceFromDays,
  checkRhythm,
  describeRhythm,
  describeRhythmStatus,
  leadDays,
} from '../../../src/lib/calendar/rhythm';

describe('cadenceFromDays', () => {
  it.each([
    [7, { unit: 'week', interval: 1 }],
    [14, { unit: 'week', interval: 2 }],
    [28, { unit: 'week', interval: 4 }],
    [30, { unit: 'month', interval: 1 }],
    [31, { unit: 'month', interval: 1 }],
    [60, { unit: 'month', interval: 2 }],
    [90, { unit: 'month', interval: 3 }],
    [10, { unit: 'day', interval: 10 }],
  ])('reads %i days as %j', (days, cadence) => {
    expect(cadenceFromDays(days)).toEqual(cadence);
  });

  it('refuses a frequency under a day', () => {
    expect(() => cadenceFromDays(0)).toThrow(RangeError);
  });
});

describe('leadDays', () => {
  it.each([
    [7, 1],
    [14, 3],
    [21, 5],
    [30, 7],
    [91, 7],
    [2, 1],
  ])('gives an interval of %i days a lead of %i', (interval, lead) => {
    expect(leadDays(interval)).toBe(lead);
  });
});

describe('checkRhythm', () => {
  // Weekly: due 7 days after; due soon from 1 day before; overdue from the day after.
  it.each([
    ['2026-11-06', 'on-track', 2],
    ['2026-11-07', 'due-soon', 1],
    ['2026-11-08', 'due-soon', 0],
    ['2026-11-09', 'overdue', -1],
  ])('weekly, last met 1 November, on %s is %s', (today, status, daysUntilDue) => {
    expect(checkRhythm({ frequencyDays: 7 }, '2026-11-01', today)).toMatchObject({
      status,
      dueOn: '2026-11-08',
      daysUntilDue,
    });
  });

  // Fortnightly: due 14 days after; due soon from 3 days before.
  it.each([
    ['2026-11-11', 'on-track'],
    ['2026-11-12', 'due-soon'],
    ['2026-11-15', 'due-soon'],
    ['2026-11-16', 'overdue'],
  ])('fortnightly, last met 1 November, on %s is %s', (today, status) => {
    expect(checkRhythm({ frequencyDays: 14 }, '2026-11-01', today)).toMatchObject({
      status,
      dueOn: '2026-11-15',
    });
  });

  // Monthly: calendar months, so after 31 January it is due on 28 February, not 2 March.
  it.each([
    ['2026-02-20', 'on-track'],
    ['2026-02-21', 'due-soon'],
    ['2026-02-28', 'due-soon'],
    ['2026-03-01', 'overdue'],
  ])('monthly, last met 31 January, on %s is %s', (today, status) => {
    expect(checkRhythm({ frequencyDays: 30 }, '2026-01-31', today)).toMatchObject({
      status,
      dueOn: '2026-02-28',
    });
  });

  it('counts monthly as a calendar month, not 30 days', () => {
    // 15 March + 30 days is 14 April; a calendar month is 15 April.
    expect(checkRhythm({ frequencyDays: 30 }, '2026-03-15', '2026-04-15')).toMatchObject({
      status: 'due-soon',
      dueOn: '2026-04-15',
    });
  });

  it('says when nothing was agreed or nothing recorded', () => {
    expect(checkRhythm({}, undefined, '2026-11-28').status).toBe('no-rhythm');
    expect(checkRhythm({ frequencyDays: 14 }, undefined, '2026-11-28').status).toBe('not-started');
  });
});

describe('describeRhythm', () => {
  it('writes the sentence people read', () => {
    const check = checkRhythm({ frequencyDays: 14 }, '2026-11-05', '2026-11-28');
    expect(describeRhythm(check)).toBe('Agreed every 2 weeks; last met 23 days ago.');
    expect(describeRhythmStatus(check)).toBe(
      'The next meeting was due 9 days ago. A good moment to find a date together.',
    );
  });

  it('reads monthly and today naturally', () => {
    const check = checkRhythm({ frequencyDays: 30 }, '2026-11-28', '2026-11-28');
    expect(describeRhythm(check)).toBe('Agreed every month; last met today.');
    expect(describeRhythmStatus(check)).toBe('On track: the next meeting is due in 30 days.');
  });

  it('works without a rhythm', () => {
    expect(describeRhythm(checkRhythm({}, '2026-11-27', '2026-11-28'))).toBe(
      'No meeting rhythm agreed yet; last met yesterday.',
    );
  });
});
