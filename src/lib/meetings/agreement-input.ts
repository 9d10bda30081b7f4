/**
 * Where the meeting log gets the agreed practicalities: the checklist's latest settled round (read by
 * `agreedPracticalities` in src/lib/agreement/, issue 5) and the partnership's own review date. Until
 * the storage layer can hand the log that round, the island passes no practicalities and the rhythm
 * reads "No meeting rhythm agreed yet".
 */
import { reviewOnFromMonths } from '../calendar/review';
import type { AgreedRhythm } from '../calendar/rhythm';
import type { MeetingFormat, Partnership } from './types';

/** The practicalities the agreement settles (the shape `agreedPracticalities` returns). */
export interface Practicalities {
  frequencyDays?: number;
  lengthMinutes?: number;
  format?: MeetingFormat;
  reviewAfterMonths?: number;
}

/**
 * The agreed rhythm for a partnership: frequency and length from the agreement; the review date as the
 * partnership holds it, or else the start date plus the agreed months.
 */
export function agreedRhythmFor(partnership: Partnership, practicalities: Practicalities = {}): AgreedRhythm {
  const reviewOn =
    partnership.reviewOn ??
    (partnership.startedOn && practicalities.reviewAfterMonths
      ? reviewOnFromMonths(partnership.startedOn, practicalities.reviewAfterMonths)
      : undefined);
  return {
    frequencyDays: practicalities.frequencyDays,
    lengthMinutes: practicalities.lengthMinutes ?? partnership.nextMeeting?.durationMinutes,
    reviewOn,
  };
}
