/** Prepare: the mentee writes what they want to talk about; it becomes the next meeting's agenda. */
import { localToday } from '../../lib/dates';
import { newMeeting, preparedMeeting } from '../../lib/meetings/records';
import type { ViewProps } from './LogViews';
import { useStartMeeting } from './use-start-meeting';
import { ViewHeading } from './ViewHeading';

export function PrepareView({ data, change, go }: ViewProps) {
  const prepared = preparedMeeting(data.meetings);
  const date = data.partnership.nextMeeting?.start.slice(0, 10) ?? localToday();

  const setAgenda = (agenda: string) => {
    const now = new Date().toISOString();
    const meeting = prepared ?? newMeeting(data.partnership.id, date, now, 'prepared');
    change({ meetings: [{ ...meeting, agenda, updatedAt: now }] });
  };

  // The one rule for starting a meeting (start-meeting.ts): this agenda, the agreed length and format.
  const start = useStartMeeting(data, change, go);

  return (
    <section class="log-view">
      <ViewHeading>Prepare the next meeting</ViewHeading>
      <p>
        The meeting is for the mentee. Before you meet, the mentee writes down what they want to talk about.
        It becomes the agenda.
      </p>
      <label for="prepare-agenda">What do you want to talk about?</label>
      <p id="prepare-agenda-hint" class="hint">
        A few words for each topic is enough. It saves as you type.
      </p>
      <textarea
        id="prepare-agenda"
        rows={8}
        aria-describedby="prepare-agenda-hint"
        value={prepared?.agenda ?? ''}
        onInput={(event) => setAgenda(event.currentTarget.value)}
      />
      <p>
        <button type="button" onClick={start}>
          Start the meeting with this agenda
        </button>
      </p>
    </section>
  );
}
