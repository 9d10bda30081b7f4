/**
 * Progress on goals at a meeting: a short note on how one of the mentee's goals is going. The notes
 * written in this meeting are listed; every note shows in the goal's timeline (Goals view).
 */
import { useState } from 'preact/hooks';
import { addProgress, PROGRESS_TEXT_MAX } from '../../lib/meetings/goal-timeline';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { Meeting, MeetingLogData } from '../../lib/meetings/types';
import { GoalSelect } from './GoalSelect';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
  change: (changes: LogChanges) => void;
}

export function GoalProgressField({ data, meeting, change }: Props) {
  const goals = data.goals.filter((g) => g.status === 'active');
  // With one goal there is nothing to choose; with several, the person says which (never a silent default).
  const only = goals.length === 1 ? (goals[0]?.id ?? '') : '';
  const [goalId, setGoalId] = useState(only);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const written = data.goals.flatMap((goal) =>
    (goal.progress ?? []).filter((p) => p.meetingId === meeting.id).map((p) => ({ goal, note: p })),
  );
  if (goals.length === 0 && written.length === 0) return null;

  const add = (event: Event) => {
    event.preventDefault();
    const goal = goals.find((g) => g.id === (goalId || only));
    if (!goal) {
      setError('Choose the goal the note is about.');
      document.getElementById('progress-goal')?.focus();
      return;
    }
    if (!text.trim()) {
      setError('Write a few words on how the goal is going, then add the note.');
      document.getElementById('progress-text')?.focus();
      return;
    }
    setError('');
    change({ goals: [addProgress(goal, text, meeting.id, new Date().toISOString())] });
    setText('');
    setGoalId(only);
  };

  return (
    <div class="goal-progress">
      <h3>Progress on goals</h3>
      {written.length > 0 && (
        <ul>
          {written.map(({ goal, note }) => (
            <li key={`${goal.id}-${note.at}`}>
              <span class="muted">{goal.text}:</span> {note.text}
            </li>
          ))}
        </ul>
      )}
      {goals.length > 0 && (
        <form onSubmit={add} noValidate>
          <GoalSelect
            id="progress-goal"
            label="Goal"
            none="Choose a goal"
            goals={goals}
            value={goalId}
            onChange={setGoalId}
          />
          <label for="progress-text">How it is going</label>
          <input
            id="progress-text"
            type="text"
            maxLength={PROGRESS_TEXT_MAX}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'progress-error' : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          {error && (
            <p id="progress-error" class="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="secondary">
            Add progress note
          </button>
        </form>
      )}
    </div>
  );
}
