/** A meeting's date, start time, length and format. */
import { isDate } from '../../lib/dates';
import type { Meeting, MeetingFormat } from '../../lib/meetings/types';
import { formatLabels } from './labels';

interface Props {
  meeting: Meeting;
  update: (fields: Partial<Meeting>) => void;
}

export function MeetingDetails({ meeting, update }: Props) {
  return (
    <fieldset class="meeting-details">
      <legend>When and how you met</legend>
      <div class="field-row">
        <div>
          <label for="meeting-date">Date</label>
          <input
            id="meeting-date"
            type="date"
            required
            value={meeting.date}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isDate(value)) update({ date: value });
            }}
          />
        </div>
        <div>
          <label for="meeting-length">Length in minutes</label>
          <input
            id="meeting-length"
            type="number"
            inputMode="numeric"
            min={5}
            max={600}
            step={5}
            value={meeting.durationMinutes ?? ''}
            // Kept as typed (not on leaving the field), so nothing that re-renders the page meanwhile —
            // another field's save, another tab — can put back the old value.
            onInput={(event) => {
              const minutes = Number(event.currentTarget.value);
              if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 600)
                update({ durationMinutes: minutes });
            }}
          />
        </div>
        <div>
          <label for="meeting-format">Format</label>
          <select
            id="meeting-format"
            value={meeting.format ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value as MeetingFormat | '';
              if (value) update({ format: value });
            }}
          >
            <option value="">Choose…</option>
            {Object.entries(formatLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
