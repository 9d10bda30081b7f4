import { describe, expect, it } from 'vitest';
import { describeReviewReminder, reviewOnFromMonths, reviewReminder } from '../../../src/lib/calendar/review';

describe('reviewReminder', () => {
  it.each([
    [undefined, null],
    ['2027-01-28', null],
    ['2026-12-12', { kind: 'soon', reviewOn: '2026-12-12', daysUntil: 14 }],
    ['2026-11-28', { kind: 'today', reviewOn: '2026-11-28' }],
    ['2026-11-20', { kind: 'passed', reviewOn: '2026-11-20', daysSince: 8 }],
  ])('for a review on %s gives %j on 28 November', (reviewOn, expected) => {
    expect(reviewReminder(reviewOn, '2026-11-28')).toEqual(expected);
  });

  it('does not remind 15 days ahead', () => {
    expect(reviewReminder('2026-12-13', '2026-11-28')).toBeNull();
  });
});

describe('reviewOnFromMonths', () => {
  it('adds calendar months to the start date', () => {
    expect(reviewOnFromMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('describeReviewReminder', () => {
  it('writes a short, kind sentence', () => {
    expect(describeReviewReminder({ kind: 'soon', reviewOn: '2026-12-01', daysUntil: 3 })).toBe(
      'Your agreed review is in 3 days. Plan to look back at your agreement together.',
    );
  });
});
