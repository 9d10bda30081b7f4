/**
 * The review reminder: when the date the pair agreed to review their expectations comes near, the
 * meeting log says so. "Near" is within 14 days by default, the span of a fortnightly rhythm, so a pair
 * sees it at least one meeting ahead.
 */
import { addMonths, daysBetween } from '../dates';

/** How close the review is. */
export type ReviewReminder =
  | { kind: 'soon'; reviewOn: string; daysUntil: number }
  | { kind: 'today'; reviewOn: string }
  | { kind: 'passed'; reviewOn: string; daysSince: number };

/** Days before the review date when the reminder first shows. */
export const REVIEW_REMINDER_DAYS = 14;

/** The review date from the start date and "review after N months". */
export function reviewOnFromMonths(startedOn: string, months: number): string {
  return addMonths(startedOn, months);
}

/** A reminder when the review date is within `windowDays`, today, or has passed; otherwise null. */
export function reviewReminder(
  reviewOn: string | undefined,
  today: string,
  windowDays: number = REVIEW_REMINDER_DAYS,
): ReviewReminder | null {
  if (!reviewOn) return null;
  const daysUntil = daysBetween(today, reviewOn);
  if (daysUntil === 0) return { kind: 'today', reviewOn };
  if (daysUntil < 0) return { kind: 'passed', reviewOn, daysSince: -daysUntil };
  if (daysUntil <= windowDays) return { kind: 'soon', reviewOn, daysUntil };
  return null;
}

/** A friendly sentence for the reminder. */
export function describeReviewReminder(reminder: ReviewReminder): string {
  switch (reminder.kind) {
    case 'today':
      return 'Your agreed review is today. Look back at your agreement together and change what no longer fits.';
    case 'passed':
      return `Your agreed review date passed ${reminder.daysSince === 1 ? 'yesterday' : `${reminder.daysSince} days ago`}. When you next meet, look back at your agreement together.`;
    case 'soon':
      return `Your agreed review is in ${reminder.daysUntil === 1 ? '1 day' : `${reminder.daysUntil} days`}. Plan to look back at your agreement together.`;
  }
}
