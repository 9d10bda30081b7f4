/**
 * An action's due date where actions are listed. An overdue one says so in words ("Overdue: was due
 * …"), not in colour alone, so everyone sees it, on screen and on paper.
 */
import { formatDateLong, localToday } from '../../lib/dates';
import { isOverdue } from '../../lib/meetings/carry-forward';
import type { Action } from '../../lib/meetings/types';

interface Props {
  action: Pick<Action, 'status' | 'due'>;
  /** Words before the date when it is not overdue, e.g. ", due" or "Due". */
  prefix: string;
}

export function DueDate({ action, prefix }: Props) {
  if (!action.due) return null;
  if (isOverdue(action, localToday())) {
    return <strong class="overdue"> Overdue: was due {formatDateLong(action.due)}.</strong>;
  }
  return (
    <span class="muted">
      {prefix} {formatDateLong(action.due)}
    </span>
  );
}
