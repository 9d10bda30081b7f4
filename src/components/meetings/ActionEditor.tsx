/**
 * Correcting an action after it was added: its text, who does it, when it is due and the goal it
 * works towards. Saving keeps the action's identity and follow-through history (edit-action.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  actionFields,
  actionTextProblem,
  editAction,
  type ActionFields,
} from '../../lib/meetings/edit-action';
import type { Action, Goal } from '../../lib/meetings/types';
import { ActionInputs } from './ActionInputs';

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
      <ActionInputs
        idPrefix={id}
        fields={fields}
        onChange={set}
        goals={offered}
        error={error}
        textRef={textRef}
      />
      <div class="log-actions-row">
        <button type="submit">Save the action</button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
