/**
 * Where the meeting log gets the agreed practicalities. Until the checklist's agreement function
 * (src/lib/agreement/) lands, the rhythm comes from the partnership's own fields; wiring the agreement
 * in later is this one function.
 */
import type { AgreedRhythm } from '../calendar/rhythm';
import type { Partnership } from './types';

/** The agreed rhythm for a partnership (frequency, length, review date). */
export function agreedRhythmFor(
  partnership: Partnership & { agreedFrequencyDays?: number; agreedLengthMinutes?: number },
): AgreedRhythm {
  return {
    frequencyDays: partnership.agreedFrequencyDays,
    lengthMinutes: partnership.agreedLengthMinutes ?? partnership.nextMeeting?.durationMinutes,
    reviewOn: partnership.reviewOn,
  };
}
