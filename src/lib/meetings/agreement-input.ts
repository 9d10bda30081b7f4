/**
 * Where the meeting log gets the agreed practicalities: the checklist's latest settled round (read by
 * `agreedPracticalities` in src/lib/agreement/) and the partnership's own review date. Without a
 * settled round the rhythm reads "No meeting rhythm agreed yet".
 */
import { reviewOnFromMonths } from '../calendar/review';
import type { AgreedRhythm } from '../calendar/rhythm';
import { agreedPracticalities, type AgreedPracticalities } from '../agreement/practicalities';
import type { ChecklistRound, ChecklistTemplate } from '../schemas';
import type { MeetingLogData, Partnership } from './types';

/** The practicalities the agreement settles. */
export type Practicalities = Pick<
  AgreedPracticalities,
  'frequencyDays' | 'lengthMinutes' | 'format' | 'reviewAfterMonths'
>;

/** The round whose agreement counts: the latest settled one, else none. */
export function latestSettledRound<R extends Pick<ChecklistRound, 'number' | 'stage'>>(
  rounds: readonly R[],
): R | undefined {
  return rounds.filter((r) => r.stage === 'settled').sort((a, b) => b.number - a.number)[0];
}

/** The agreed practicalities of a partnership's checklist, or none when nothing is settled yet. */
export function practicalitiesFor(
  template: ChecklistTemplate,
  rounds: readonly ChecklistRound[],
): Practicalities {
  const round = latestSettledRound(rounds);
  return round ? agreedPracticalities(template, round) : {};
}

/** The agreed practicalities of a meeting log's partnership (none when nothing is settled). */
export function practicalitiesOf(data: MeetingLogData): Practicalities {
  return data.checklist ? practicalitiesFor(data.checklist.template, data.checklist.rounds) : {};
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
