/** The mentee's goals, their status and how they changed over time. */
import { useState } from 'preact/hooks';
import { formatDateLong } from '../../lib/calendar/format';
import { newGoal, updateGoal } from '../../lib/meetings/records';
import type { Goal, GoalStatus } from '../../lib/meetings/types';
import { goalStatusLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';

export function GoalsView({ data, change }: ViewProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write the goal in a few words, then add it.');
      // Back to the empty field, which reads out the message (aria-describedby).
      document.getElementById('goal-text')?.focus();
      return;
    }
    setError('');
    change({ goals: [newGoal(data.partnership.id, text.trim(), new Date().toISOString())] });
    setText('');
  };

  return (
    <section class="log-view">
      <ViewHeading>Goals</ViewHeading>
      <p>The mentee's goals. They may change as you go on: that is part of mentoring, not a failure.</p>
      <form onSubmit={add} noValidate class="goal-form">
        <label for="goal-text">A new goal</label>
        <input
          id="goal-text"
          type="text"
          maxLength={600}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'goal-error' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {error && (
          <p id="goal-error" class="field-error">
            {error}
          </p>
        )}
        <button type="submit" class="secondary">
          Add goal
        </button>
      </form>
      {data.goals.length === 0 ? (
        <p class="muted">No goals yet.</p>
      ) : (
        <ul class="goal-list">
          {data.goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} onChange={(next) => change({ goals: [next] })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GoalItem({ goal, onChange }: { goal: Goal; onChange: (goal: Goal) => void }) {
  const selectId = `goal-status-${goal.id}`;
  return (
    <li class="goal">
      <p class="goal-text">{goal.text}</p>
      <label for={selectId}>
        Status<span class="visually-hidden"> of “{goal.text}”</span>
      </label>
      <select
        id={selectId}
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
      {goal.history.length > 1 && (
        <details>
          <summary>How this goal changed</summary>
          <ol>
            {goal.history.map((entry) => (
              <li key={entry.at}>
                {formatDateLong(entry.at.slice(0, 10))}: {goalStatusLabels[entry.status]} — {entry.text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
