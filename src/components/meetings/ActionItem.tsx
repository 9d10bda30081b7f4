/**
 * One action agreed in this meeting, as a list item: what, who and when, with buttons to correct it
 * (opens the editor in place) or remove it (undo is offered where it was).
 */
import { useState } from 'preact/hooks';
import type { Action, Goal } from '../../lib/meetings/types';
import { ActionEditor } from './ActionEditor';
import { DueDate } from './DueDate';
import { ownerLabels } from './labels';
import { focusSoon } from './undo';

interface Props {
  action: Action;
  goals: readonly Goal[];
  onSave: (edited: Action) => void;
  onRemove: (action: Action) => void;
}

/** The id of an action's Edit button, so focus can return to it. */
export function editButtonId(action: Pick<Action, 'id'>): string {
  return `edit-button-${action.id}`;
}

export function ActionItem({ action, goals, onSave, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const goalText = action.goalId ? goals.find((g) => g.id === action.goalId)?.text : undefined;
  const close = () => {
    setEditing(false);
    focusSoon(editButtonId(action));
  };

  if (editing) {
    return (
      <li class="action-item">
        <ActionEditor
          action={action}
          goals={goals}
          onCancel={close}
          onSave={(edited) => {
            if (edited !== action) onSave(edited);
            close();
          }}
        />
      </li>
    );
  }
  return (
    <li class="action-item">
      <span>
        {action.text} <span class="muted">— {ownerLabels[action.owner]}</span>
        <DueDate action={action} prefix=", due" />
        {goalText && <span class="muted">, towards “{goalText}”</span>}
      </span>
      <span class="log-actions-row">
        <button id={editButtonId(action)} type="button" class="secondary" onClick={() => setEditing(true)}>
          Edit<span class="visually-hidden"> “{action.text}”</span>
        </button>
        <button type="button" class="secondary" onClick={() => onRemove(action)}>
          Remove<span class="visually-hidden"> “{action.text}”</span>
        </button>
      </span>
    </li>
  );
}
