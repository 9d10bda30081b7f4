/**
 * Correcting an action after it was added: its text, owner, due date and goal can change, and an
 * action added by mistake can be removed (the page offers an undo, so one removed by mistake comes
 * back whole). An edit keeps the action's identity — id, the meeting it was agreed in, its status and
 * every follow-through review — so the carried-forward count and flag read the same afterwards.
 */
import type { LogChanges } from './log-store';
import type { Action, ActionOwner } from './types';

/** What a person can correct in an action. Empty `due` or `goalId` clears it. */
export interface ActionFields {
  text: string;
  owner: ActionOwner;
  due: string;
  goalId: string;
}

/** The longest action text the schema accepts. */
export const ACTION_TEXT_MAX = 600;

/** The action's correctable fields as a form holds them. */
export function actionFields(action: Action): ActionFields {
  return { text: action.text, owner: action.owner, due: action.due ?? '', goalId: action.goalId ?? '' };
}

/** What is wrong with an action's text, in words to show beside the field; undefined when fine. */
export function actionTextProblem(text: string): string | undefined {
  if (!text.trim()) return 'Write what will be done, then save the action.';
  if (text.trim().length > ACTION_TEXT_MAX) return `Keep it to ${ACTION_TEXT_MAX} characters or fewer.`;
  return undefined;
}

/**
 * The action with corrected fields. Returns the same action when nothing changed, so saving an
 * unchanged form writes nothing. Status and reviews are never touched here.
 */
export function editAction(action: Action, fields: ActionFields, now: string): Action {
  const text = fields.text.trim();
  const same =
    text === action.text &&
    fields.owner === action.owner &&
    fields.due === (action.due ?? '') &&
    fields.goalId === (action.goalId ?? '');
  if (same) return action;
  const edited: Action = { ...action, text, owner: fields.owner, updatedAt: now };
  if (fields.due) edited.due = fields.due;
  else delete edited.due;
  if (fields.goalId) edited.goalId = fields.goalId;
  else delete edited.goalId;
  return edited;
}

/** The changes that remove an action. */
export function removeActionChanges(action: Pick<Action, 'id'>): LogChanges {
  return { removed: { actions: [action.id] } };
}

/**
 * The changes that put a removed action back: the same record (id, reviews, status), saved afresh.
 * Does nothing when the action is in the log again already.
 */
export function restoreActionChanges(
  action: Action,
  actions: readonly Pick<Action, 'id'>[],
  now: string,
): LogChanges {
  if (actions.some((a) => a.id === action.id)) return {};
  return { actions: [{ ...action, updatedAt: now }] };
}
