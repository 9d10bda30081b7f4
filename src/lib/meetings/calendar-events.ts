/**
 * The meeting log's calendar files, assembled from what the pair agreed and planned: the next meeting
 * on its own, the agreed rhythm as a repeating series, and the review date. Every file carries a
 * reminder. The Next meeting view only offers these and downloads the one chosen.
 */
import { addDays } from '../dates';
import { dayToIcs, icsFileName, meetingToIcs, type CalendarMeeting } from '../calendar/ics';
import { addCadence, cadenceFromDays, checkRhythm, type Cadence } from '../calendar/rhythm';
import { agreedRhythmFor, meetingDefaults, practicalitiesOf } from './agreement-input';
import { lastMetOn } from './records';
import { formatLabels } from './format-words';
import type { MeetingLogData, NextMeeting, Partnership } from './types';

/** How many meetings a series holds: about three months at most rhythms, until the next review. */
export const SERIES_COUNT = 6;
/** Meetings remind a day ahead: time for the mentee to write down what to talk about. */
export const MEETING_REMINDER_MINUTES = 24 * 60;
/** The review reminds a week ahead, so it can be planned into a meeting. */
export const REVIEW_REMINDER_DAYS = 7;

/** What the calendar files can hold. */
export type CalendarChoice = 'one' | 'series' | 'review';

/** A calendar file to download. */
export interface CalendarFile {
  fileName: string;
  text: string;
}

function names(partnership: Partnership): string {
  return [partnership.menteeName, partnership.mentorName].filter(Boolean).join(' and ');
}

/** The agreed rhythm as a cadence, when there is one. */
export function agreedCadence(data: MeetingLogData): Cadence | undefined {
  const days = practicalitiesOf(data).frequencyDays;
  return days ? cadenceFromDays(days) : undefined;
}

/**
 * What the Next meeting form suggests: the planned meeting while it is still ahead; otherwise the day
 * the agreed rhythm says the next meeting is due (from the last meeting, or from today when none is
 * recorded yet; a week when no rhythm is agreed), at the planned time or 10:00, with the agreed length
 * (60 minutes when none) and format.
 */
export function suggestedNextMeeting(data: MeetingLogData, today: string): NextMeeting {
  const next = data.partnership.nextMeeting;
  if (next && next.start.slice(0, 10) > today) return next;
  const cadence = agreedCadence(data);
  const check = checkRhythm(
    agreedRhythmFor(data.partnership, practicalitiesOf(data)),
    lastMetOn(data.meetings, data),
    today,
  );
  let day = check.dueOn ?? (cadence ? addCadence(today, cadence) : addDays(today, 7));
  if (day <= today) day = addDays(today, 1);
  const defaults = meetingDefaults(data);
  const suggestion: NextMeeting = {
    start: `${day}T${next?.start.slice(11, 16) ?? '10:00'}`,
    durationMinutes: defaults.durationMinutes ?? 60,
  };
  if (defaults.format) suggestion.format = defaults.format;
  return suggestion;
}

function meetingEvent(partnership: Partnership, next: NextMeeting, uidPart: string): CalendarMeeting {
  const pair = names(partnership);
  return {
    uid: `${partnership.id}-${uidPart}@mentoring-expectations`,
    start: next.start,
    durationMinutes: next.durationMinutes,
    summary: pair ? `Mentoring: ${pair}` : 'Mentoring meeting',
    description: 'Time set aside for the mentee. Bring your agenda and the actions from last time.',
    location: next.format ? formatLabels[next.format] : undefined,
    remindMinutesBefore: MEETING_REMINDER_MINUTES,
  };
}

/**
 * The calendar file for a choice, or undefined when it cannot be made: no meeting planned (one, series),
 * no agreed rhythm (series) or no review date (review).
 */
export function calendarFile(
  data: MeetingLogData,
  choice: CalendarChoice,
  now: Date,
): CalendarFile | undefined {
  const { partnership } = data;
  const next = partnership.nextMeeting;
  if (choice === 'review') {
    const reviewOn = agreedRhythmFor(partnership, practicalitiesOf(data)).reviewOn;
    if (!reviewOn) return undefined;
    const pair = names(partnership);
    const text = dayToIcs(
      {
        uid: `${partnership.id}-review-${reviewOn}@mentoring-expectations`,
        date: reviewOn,
        summary: pair ? `Mentoring review: ${pair}` : 'Mentoring review',
        description: 'Look back at your expectations together, and at the goals you set.',
        remindDaysBefore: REVIEW_REMINDER_DAYS,
      },
      now,
    );
    return { fileName: icsFileName(reviewOn, 'review'), text };
  }
  if (!next) return undefined;
  if (choice === 'series') {
    const cadence = agreedCadence(data);
    if (!cadence) return undefined;
    const text = meetingToIcs(meetingEvent(partnership, next, 'series'), now, {
      cadence,
      count: SERIES_COUNT,
    });
    return { fileName: icsFileName(next.start, true), text };
  }
  const text = meetingToIcs(meetingEvent(partnership, next, next.start.replace(/\D/g, '')), now);
  return { fileName: icsFileName(next.start, false), text };
}
