/** The mentee's goals: add one; each can be reworded, given a status, and followed over time. */
import { useState } from 'preact/hooks';
import { newGoal } from '../../lib/meetings/records';
import { GoalItem } from './GoalItem';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';

export function GoalsView({ data, change, go }: ViewProps) {
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
            <GoalItem
              key={goal.id}
              goal={goal}
              data={data}
              go={go}
              onChange={(next) => change({ goals: [next] })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
