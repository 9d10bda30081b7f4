/**
 * One goal: its wording (which can change: the history keeps the old wording and when it changed),
 * its status, and its timeline.
 */
import { useState } from 'preact/hooks';
import { updateGoal } from '../../lib/meetings/records';
import type { Goal, GoalStatus, MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';
import { GoalTimeline } from './GoalTimeline';
import { goalStatusLabels } from './labels';
import { focusSoon } from './undo';

interface Props {
  goal: Goal;
  data: MeetingLogData;
  go: (next: Partial<ViewState>) => void;
  onChange: (goal: Goal) => void;
}

export function GoalItem({ goal, data, go, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(goal.text);
  const [error, setError] = useState('');
  const id = (part: string) => `goal-${part}-${goal.id}`;

  const save = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write the goal in a few words, then save it.');
      document.getElementById(id('wording'))?.focus();
      return;
    }
    setError('');
    onChange(updateGoal(goal, { text: text.trim() }, new Date().toISOString()));
    setEditing(false);
    focusSoon(id('reword'));
  };
  const cancel = () => {
    setText(goal.text);
    setError('');
    setEditing(false);
    focusSoon(id('reword'));
  };

  return (
    <li class="goal">
      {editing ? (
        <form onSubmit={save} noValidate>
          <label for={id('wording')}>New wording</label>
          <input
            id={id('wording')}
            type="text"
            maxLength={600}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? id('error') : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          {error && (
            <p id={id('error')} class="field-error">
              {error}
            </p>
          )}
          <p class="log-actions-row">
            <button type="submit">Save the wording</button>
            <button type="button" class="secondary" onClick={cancel}>
              Cancel
            </button>
          </p>
        </form>
      ) : (
        <p class="goal-text">
          <span>{goal.text}</span>{' '}
          <button
            id={id('reword')}
            type="button"
            class="secondary"
            onClick={() => {
              setText(goal.text);
              setEditing(true);
              focusSoon(id('wording'));
            }}
          >
            Change the wording<span class="visually-hidden"> of “{goal.text}”</span>
          </button>
        </p>
      )}
      <label for={id('status')}>
        Status<span class="visually-hidden"> of “{goal.text}”</span>
      </label>
      <select
        id={id('status')}
        value={goal.status}
        onChange={(event) =>
          onChange(
            updateGoal(goal, { status: event.currentTarget.value as GoalStatus }, new Date().toISOString()),
          )
        }
      >
        {Object.entries(goalStatusLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <GoalTimeline goal={goal} data={data} go={go} />
    </li>
  );
}
