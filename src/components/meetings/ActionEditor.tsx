/**
 * Correcting an action after it was added: its text, who does it, when it is due and the goal it
 * works towards. Saving keeps the action's identity and follow-through history (edit-action.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ACTION_TEXT_MAX,
  actionFields,
  actionTextProblem,
  editAction,
  type ActionFields,
} from '../../lib/meetings/edit-action';
import type { Action, ActionOwner, Goal } from '../../lib/meetings/types';
import { ownerLabels } from './labels';
import { GoalSelect } from './GoalSelect';

interface Props {
  action: Action;
  /** Goals an action can work towards (the action's own goal is offered even if no longer active). */
  goals: readonly Goal[];
  onSave: (edited: Action) => void;
  onCancel: () => void;
}

export function ActionEditor({ action, goals, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<ActionFields>(() => actionFields(action));
  const [error, setError] = useState('');
  const textRef = useRef<HTMLInputElement>(null);
  const id = `edit-${action.id}`;
  const set = (patch: Partial<ActionFields>) => setFields({ ...fields, ...patch });
  const offered = goals.filter((g) => g.status === 'active' || g.id === action.goalId);

  useEffect(() => textRef.current?.focus(), []);

  const save = (event: Event) => {
    event.preventDefault();
    const problem = actionTextProblem(fields.text);
    if (problem) {
      setError(problem);
      textRef.current?.focus();
      return;
    }
    onSave(editAction(action, fields, new Date().toISOString()));
  };

  return (
    <form
      class="action-editor"
      aria-label={`Edit the action “${action.text}”`}
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <label for={`${id}-text`}>Action</label>
      <input
        id={`${id}-text`}
        ref={textRef}
        type="text"
        maxLength={ACTION_TEXT_MAX}
        value={fields.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => set({ text: event.currentTarget.value })}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      <div class="field-row">
        <div>
          <label for={`${id}-owner`}>Owner</label>
          <select
            id={`${id}-owner`}
            value={fields.owner}
            onChange={(event) => set({ owner: event.currentTarget.value as ActionOwner })}
          >
            {Object.entries(ownerLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-due`}>Due date</label>
          <input
            id={`${id}-due`}
            type="date"
            value={fields.due}
            onChange={(event) => set({ due: event.currentTarget.value })}
          />
        </div>
        <GoalSelect
          id={`${id}-goal`}
          label="Goal"
          none="No goal"
          goals={offered}
          value={fields.goalId}
          onChange={(goalId) => set({ goalId })}
        />
      </div>
      <div class="log-actions-row">
        <button type="submit">Save the action</button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
