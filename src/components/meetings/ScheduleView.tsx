/** Plan the next meeting and download it for a calendar: one event, or a series in the agreed rhythm. */
import { useState } from 'preact/hooks';
import { addDays, localToday, parseLocalDateTime } from '../../lib/calendar/dates';
import { formatDateTimeLong, formatMinutes } from '../../lib/calendar/format';
import { icsFileName, meetingToIcs } from '../../lib/calendar/ics';
import { cadenceFromDays, describeCadence } from '../../lib/calendar/rhythm';
import { agreedRhythmFor, practicalitiesOf } from '../../lib/meetings/agreement-input';
import type { MeetingFormat, NextMeeting } from '../../lib/meetings/types';
import { formatLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';
import { downloadText } from '../data/download';

function isLocalDateTime(value: string): boolean {
  try {
    parseLocalDateTime(value);
    return true;
  } catch {
    return false;
  }
}

export function ScheduleView({ data, change }: ViewProps) {
  const agreed = practicalitiesOf(data);
  const rhythm = agreedRhythmFor(data.partnership, agreed);
  const next = data.partnership.nextMeeting;
  const [start, setStart] = useState(next?.start ?? `${addDays(localToday(), 7)}T10:00`);
  const [length, setLength] = useState(String(next?.durationMinutes ?? rhythm.lengthMinutes ?? 60));
  const [format, setFormat] = useState<MeetingFormat | ''>(next?.format ?? agreed.format ?? '');
  const [series, setSeries] = useState(false);
  const [error, setError] = useState('');
  const cadence = rhythm.frequencyDays ? cadenceFromDays(rhythm.frequencyDays) : undefined;

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

  const downloadIcs = () => {
    if (!next) return;
    const names = [data.partnership.menteeName, data.partnership.mentorName].filter(Boolean).join(' and ');
    const text = meetingToIcs(
      {
        uid: `${data.partnership.id}-${series ? 'series' : next.start.replace(/\D/g, '')}@mentoring-expectations`,
        start: next.start,
        durationMinutes: next.durationMinutes,
        summary: names ? `Mentoring: ${names}` : 'Mentoring meeting',
        description: 'Time set aside for the mentee. Bring your agenda and the actions from last time.',
        location: next.format ? formatLabels[next.format] : undefined,
      },
      new Date(),
      series && cadence ? { cadence, count: 6 } : undefined,
    );
    downloadText(icsFileName(next.start, series), text, 'text/calendar;charset=utf-8');
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
            <label class="choice">
              <input type="radio" name="ics-kind" checked={!series} onChange={() => setSeries(false)} />
              Just this meeting
            </label>
            {cadence && (
              <label class="choice">
                <input type="radio" name="ics-kind" checked={series} onChange={() => setSeries(true)} />
                The next 6 meetings, {describeCadence(cadence)}
              </label>
            )}
          </fieldset>
          <button type="button" class="secondary" onClick={downloadIcs}>
            Download calendar file (.ics)
          </button>
          <p class="hint">Open the file to add it to your calendar. Nothing is sent anywhere.</p>
        </div>
      )}
    </section>
  );
}
