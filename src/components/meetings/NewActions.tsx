/** The actions agreed in this meeting: who does what by when, optionally towards a goal. */
import { useState } from 'preact/hooks';
import { formatDateLong } from '../../lib/calendar/format';
import type { LogChanges } from '../../lib/meetings/log-store';
import { defaultDue, newAction } from '../../lib/meetings/records';
import type { ActionOwner, Meeting, MeetingLogData } from '../../lib/meetings/types';
import { ownerLabels } from './labels';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
  change: (changes: LogChanges) => void;
}

export function NewActions({ data, meeting, change }: Props) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<ActionOwner>('mentee');
  const [due, setDue] = useState(defaultDue(data.partnership) ?? '');
  const [goalId, setGoalId] = useState('');
  const [error, setError] = useState('');
  const created = data.actions.filter((a) => a.createdInMeetingId === meeting.id);
  const goals = data.goals.filter((g) => g.status === 'active');
  const goalText = new Map(data.goals.map((g) => [g.id, g.text]));

  const add = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write what will be done, then add the action.');
      return;
    }
    setError('');
    change({
      actions: [newAction(meeting, { text: text.trim(), owner, due, goalId }, new Date().toISOString())],
    });
    setText('');
  };

  return (
    <div class="new-actions">
      <h3>New actions</h3>
      {created.length > 0 && (
        <ul>
          {created.map((action) => (
            <li key={action.id}>
              {action.text} <span class="muted">— {ownerLabels[action.owner]}</span>
              {action.due && <span class="muted">, due {formatDateLong(action.due)}</span>}
              {action.goalId && <span class="muted">, towards “{goalText.get(action.goalId)}”</span>}
            </li>
          ))}
        </ul>
      )}
      <form class="action-form" onSubmit={add} noValidate>
        <label for="action-text">What will be done</label>
        <input
          id="action-text"
          type="text"
          maxLength={600}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'action-error' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {error && (
          <p id="action-error" class="field-error">
            {error}
          </p>
        )}
        <div class="field-row">
          <div>
            <label for="action-owner">Who</label>
            <select
              id="action-owner"
              value={owner}
              onChange={(event) => setOwner(event.currentTarget.value as ActionOwner)}
            >
              {Object.entries(ownerLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="action-due">Due</label>
            <input
              id="action-due"
              type="date"
              value={due}
              onChange={(event) => setDue(event.currentTarget.value)}
            />
          </div>
          <div>
            <label for="action-goal">Towards a goal (optional)</label>
            <select
              id="action-goal"
              value={goalId}
              onChange={(event) => setGoalId(event.currentTarget.value)}
            >
              <option value="">No goal</option>
              {goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.text}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="secondary">
          Add action
        </button>
      </form>
    </div>
  );
}
