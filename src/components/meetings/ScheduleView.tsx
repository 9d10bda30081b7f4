/**
 * Plan the next meeting (suggested from the agreed rhythm, length and format) and download calendar
 * files: this meeting, the agreed rhythm as a series, or the review date, each with a reminder. The
 * files are assembled in src/lib (calendar-events.ts); this view only offers them.
 */
import { useState } from 'preact/hooks';
import {
  formatDateLong,
  formatDateTimeLong,
  formatMinutes,
  localToday,
  parseLocalDateTime,
} from '../../lib/dates';
import { describeCadence } from '../../lib/calendar/rhythm';
import { agreedRhythmFor, practicalitiesOf } from '../../lib/meetings/agreement-input';
import {
  agreedCadence,
  calendarFile,
  SERIES_COUNT,
  suggestedNextMeeting,
  type CalendarChoice,
} from '../../lib/meetings/calendar-events';
import type { MeetingFormat, NextMeeting } from '../../lib/meetings/types';
import { downloadText } from '../data/download';
import { formatLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';

function isLocalDateTime(value: string): boolean {
  try {
    parseLocalDateTime(value);
    return true;
  } catch {
    return false;
  }
}

export function ScheduleView({ data, change }: ViewProps) {
  const suggested = suggestedNextMeeting(data, localToday());
  const reviewOn = agreedRhythmFor(data.partnership, practicalitiesOf(data)).reviewOn;
  const next = data.partnership.nextMeeting;
  const [start, setStart] = useState(suggested.start);
  const [length, setLength] = useState(String(suggested.durationMinutes));
  const [format, setFormat] = useState<MeetingFormat | ''>(suggested.format ?? '');
  const cadence = agreedCadence(data);
  // The series is the agreed rhythm: offered first whenever there is one.
  const [kind, setKind] = useState<CalendarChoice>(cadence ? 'series' : 'one');
  const [error, setError] = useState('');

  const save = (event: Event) => {
    event.preventDefault();
    const minutes = Number(length);
    if (!isLocalDateTime(start)) return setError('Choose a date and a start time.');
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) {
      return setError('Give the length in whole minutes, between 5 and 600.');
    }
    setError('');
    const planned: NextMeeting = { start, durationMinutes: minutes };
    if (format) planned.format = format;
    change({
      partnership: { ...data.partnership, nextMeeting: planned, updatedAt: new Date().toISOString() },
    });
  };

  const download = (choice: CalendarChoice) => {
    const file = calendarFile(data, choice, new Date());
    if (file) downloadText(file.fileName, file.text, 'text/calendar;charset=utf-8');
  };

  return (
    <section class="log-view">
      <ViewHeading>Next meeting</ViewHeading>
      <form onSubmit={save} noValidate>
        <div class="field-row">
          <div>
            <label for="next-start">Date and start time</label>
            <input
              id="next-start"
              type="datetime-local"
              value={start}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="next-length">Length in minutes</label>
            <input
              id="next-length"
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              step={5}
              value={length}
              onInput={(e) => setLength(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="next-format">Format</label>
            <select
              id="next-format"
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as MeetingFormat | '')}
            >
              <option value="">Not decided</option>
              {Object.entries(formatLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Save the next meeting</button>
      </form>

      {next && (
        <div class="calendar-download">
          <h3>Add it to your calendar</h3>
          <p>
            Planned: {formatDateTimeLong(next.start)}, {formatMinutes(next.durationMinutes)}.
          </p>
          <fieldset>
            <legend>What to put in the calendar</legend>
            {cadence && (
              <label class="choice">
                <input
                  type="radio"
                  name="ics-kind"
                  checked={kind === 'series'}
                  onChange={() => setKind('series')}
                />
                The next {SERIES_COUNT} meetings, {describeCadence(cadence)}, as you agreed
              </label>
            )}
            <label class="choice">
              <input type="radio" name="ics-kind" checked={kind === 'one'} onChange={() => setKind('one')} />
              Just this meeting
            </label>
          </fieldset>
          <button type="button" class="secondary" onClick={() => download(kind)}>
            Download calendar file (.ics)
          </button>
          <p class="hint">
            Your calendar reminds you a day ahead. Open the file to add it; nothing is sent anywhere.
          </p>
        </div>
      )}
      {reviewOn && (
        <div class="calendar-download">
          <h3>Your review date</h3>
          <p>You agreed to review how it is going on {formatDateLong(reviewOn)}.</p>
          <button type="button" class="secondary" onClick={() => download('review')}>
            Download the review date (.ics)
          </button>
          <p class="hint">Your calendar reminds you a week ahead.</p>
        </div>
      )}
    </section>
  );
}
