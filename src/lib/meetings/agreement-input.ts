/**
 * Where the meeting log gets the agreed practicalities: every item the pair settled in their
 * checklist rounds — equal answers and differences resolved in compare alike, even while other items
 * of the round are still open (read by `settledPracticalities` in src/lib/agreement/) — and the
 * review date as the agreement page states it. Nothing settled yet reads "No meeting rhythm agreed yet".
 */
import { reviewOnFromMonths } from '../calendar/review';
import type { AgreedRhythm } from '../calendar/rhythm';
import { settledPracticalities, type AgreedPracticalities } from '../agreement/practicalities';
import type { ChecklistRound, ChecklistTemplate } from '../schemas';
import type { MeetingFormat, MeetingLogData, Partnership } from './types';

/** The practicalities the agreement settles, and the day it was agreed (for the review date). */
export type Practicalities = Pick<
  AgreedPracticalities,
  'frequencyDays' | 'lengthMinutes' | 'format' | 'reviewAfterMonths'
> & {
  /** The day the latest fully settled round was agreed ("YYYY-MM-DD"). */
  agreedOn?: string;
};

/** The round whose whole agreement counts: the latest settled one, else none. */
export function latestSettledRound<R extends Pick<ChecklistRound, 'number' | 'stage'>>(
  rounds: readonly R[],
): R | undefined {
  return rounds.filter((r) => r.stage === 'settled').sort((a, b) => b.number - a.number)[0];
}

/** The agreed practicalities of a partnership's checklist: each as the pair last settled it. */
export function practicalitiesFor(
  template: ChecklistTemplate,
  rounds: readonly ChecklistRound[],
): Practicalities {
  const { frequencyDays, lengthMinutes, format, reviewAfterMonths } = settledPracticalities(template, rounds);
  const result: Practicalities = {};
  if (frequencyDays !== undefined) result.frequencyDays = frequencyDays;
  if (lengthMinutes !== undefined) result.lengthMinutes = lengthMinutes;
  if (format !== undefined) result.format = format;
  if (reviewAfterMonths !== undefined) result.reviewAfterMonths = reviewAfterMonths;
  const agreedOn = latestSettledRound(rounds)?.settledAt?.slice(0, 10);
  if (agreedOn) result.agreedOn = agreedOn;
  return result;
}

/** The agreed practicalities of a meeting log's partnership (none when nothing is settled). */
export function practicalitiesOf(data: MeetingLogData): Practicalities {
  return data.checklist ? practicalitiesFor(data.checklist.template, data.checklist.rounds) : {};
}

/**
 * The agreed rhythm for a partnership: frequency and length from the agreement; the review date as the
 * partnership holds it, or else (as the agreement page says it) the day of the agreement — or the start
 * of the partnership — plus the agreed months.
 */
export function agreedRhythmFor(partnership: Partnership, practicalities: Practicalities = {}): AgreedRhythm {
  const from = practicalities.agreedOn ?? partnership.startedOn;
  const reviewOn =
    partnership.reviewOn ??
    (from && practicalities.reviewAfterMonths
      ? reviewOnFromMonths(from, practicalities.reviewAfterMonths)
      : undefined);
  return {
    frequencyDays: practicalities.frequencyDays,
    lengthMinutes: practicalities.lengthMinutes ?? partnership.nextMeeting?.durationMinutes,
    reviewOn,
  };
}

/** What a new meeting starts with: the planned meeting's length and format, else the agreed ones. */
export interface MeetingDefaults {
  durationMinutes?: number;
  format?: MeetingFormat;
}

/** The length and format a meeting is pre-filled with (see `startMeeting`). */
export function meetingDefaults(data: MeetingLogData): MeetingDefaults {
  const agreed = practicalitiesOf(data);
  const next = data.partnership.nextMeeting;
  const defaults: MeetingDefaults = {};
  const minutes = next?.durationMinutes ?? agreed.lengthMinutes;
  if (minutes !== undefined) defaults.durationMinutes = minutes;
  const format = next?.format ?? agreed.format;
  if (format !== undefined) defaults.format = format;
  return defaults;
}
