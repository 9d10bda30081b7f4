/**
 * Rhythm keeping: how the time since the last meeting compares with the rhythm the pair agreed.
 *
 * The agreement gives a meeting frequency in days. It is read as a cadence:
 * - a multiple of 7 days is weekly (7), fortnightly (14) or every N weeks (21, 28, …);
 * - 29–31 days is monthly, 58–62 every 2 months, 87–93 every 3 months: **calendar months**, not 30 days,
 *   so "monthly" after 31 January is due on the last day of February, and after 15 March on 15 April;
 * - anything else is every N days.
 *
 * From the last meeting's date the next one is **due** one cadence later. Then, with today's date:
 * - **overdue**: today is after the due date;
 * - **due soon**: today is within the lead time before the due date, or is the due date itself. The lead
 *   time is a quarter of the interval, at least 1 day and at most 7: weekly 1 day, fortnightly 3 days,
 *   every 3 weeks 5, monthly 7;
 * - **on track**: earlier than that.
 * All dates are calendar dates on the pair's own calendar ("YYYY-MM-DD"); see dates.ts.
 */
import { addDays, addMonths, daysBetween } from '../dates';

/** The practicalities the agreement settles that rhythm keeping reads. */
export interface AgreedRhythm {
  /** How often to meet, in days (7 weekly, 14 fortnightly, 30 monthly). */
  frequencyDays?: number | undefined;
  /** How long a meeting lasts, in minutes. */
  lengthMinutes?: number | undefined;
  /** When to review the agreement together ("YYYY-MM-DD"). */
  reviewOn?: string | undefined;
}

/** A meeting rhythm as people say it: every N weeks, every N months, or every N days. */
export interface Cadence {
  unit: 'day' | 'week' | 'month';
  interval: number;
}

/** Where the pair stands against their rhythm. */
export type RhythmStatus = 'no-rhythm' | 'not-started' | 'on-track' | 'due-soon' | 'overdue';

/** The result of comparing the last meeting with the agreed rhythm. */
export interface RhythmCheck {
  status: RhythmStatus;
  cadence?: Cadence;
  lastMetOn?: string;
  /** Days since the last meeting (0 = today). */
  daysSinceLastMet?: number;
  /** When the next meeting is due by the agreed rhythm. */
  dueOn?: string;
  /** Days from today to the due date; negative when overdue. */
  daysUntilDue?: number;
}

/** Reads a frequency in days as a cadence (see the module header for the rules). */
export function cadenceFromDays(days: number): Cadence {
  const whole = Math.round(days);
  if (whole < 1) throw new RangeError(`A meeting frequency must be at least a day, not ${days}`);
  if (whole % 7 === 0) return { unit: 'week', interval: whole / 7 };
  for (let months = 1; months <= 12; months += 1) {
    if (whole >= 29 * months && whole <= 31 * months) return { unit: 'month', interval: months };
  }
  return { unit: 'day', interval: whole };
}

/** The date one cadence after `date`. */
export function addCadence(date: string, cadence: Cadence, times = 1): string {
  if (cadence.unit === 'month') return addMonths(date, cadence.interval * times);
  const days = cadence.unit === 'week' ? cadence.interval * 7 : cadence.interval;
  return addDays(date, days * times);
}

/** Lead time in days before the due date when a meeting counts as "due soon". */
export function leadDays(intervalDays: number): number {
  return Math.min(7, Math.max(1, Math.floor(intervalDays / 4)));
}

/** Compares the last meeting (if any) with the agreed rhythm on `today`. */
export function checkRhythm(rhythm: AgreedRhythm, lastMetOn: string | undefined, today: string): RhythmCheck {
  if (!rhythm.frequencyDays) {
    return lastMetOn
      ? { status: 'no-rhythm', lastMetOn, daysSinceLastMet: daysBetween(lastMetOn, today) }
      : { status: 'no-rhythm' };
  }
  const cadence = cadenceFromDays(rhythm.frequencyDays);
  if (!lastMetOn) return { status: 'not-started', cadence };
  const dueOn = addCadence(lastMetOn, cadence);
  const daysUntilDue = daysBetween(today, dueOn);
  const lead = leadDays(daysBetween(lastMetOn, dueOn));
  const status: RhythmStatus = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= lead ? 'due-soon' : 'on-track';
  return { status, cadence, lastMetOn, daysSinceLastMet: daysBetween(lastMetOn, today), dueOn, daysUntilDue };
}

/** "every week", "every 2 weeks", "every month", "every 10 days". */
export function describeCadence(cadence: Cadence): string {
  const unit = cadence.unit;
  return cadence.interval === 1 ? `every ${unit}` : `every ${cadence.interval} ${unit}s`;
}

/** "today", "yesterday", "23 days ago" (a future date reads "in 3 days"). */
export function describeDaysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 0) return days === -1 ? 'tomorrow' : `in ${-days} days`;
  return `${days} days ago`;
}

/**
 * One plain sentence about the rhythm, e.g. "Agreed every 2 weeks; last met 23 days ago."
 */
export function describeRhythm(check: RhythmCheck): string {
  const agreed = check.cadence ? `Agreed ${describeCadence(check.cadence)}` : 'No meeting rhythm agreed yet';
  if (check.daysSinceLastMet === undefined) return `${agreed}; no meetings recorded yet.`;
  return `${agreed}; last met ${describeDaysAgo(check.daysSinceLastMet)}.`;
}

/** A short, kind follow-up to the rhythm sentence, or an empty string when there is nothing to add. */
export function describeRhythmStatus(check: RhythmCheck): string {
  const until = check.daysUntilDue ?? 0;
  switch (check.status) {
    case 'overdue':
      return `The next meeting was due ${describeDaysAgo(-until)}. A good moment to find a date together.`;
    case 'due-soon':
      return until === 0
        ? 'The next meeting is due today.'
        : `The next meeting is due ${describeDaysAgo(-until)}.`;
    case 'on-track':
      return `On track: the next meeting is due ${describeDaysAgo(-until)}.`;
    case 'not-started':
      return 'Record your first meeting to start keeping track.';
    default:
      return '';
  }
}
