/**
 * A labelled list of goals to choose from, with a first "none" option: used to link an action to a
 * goal (when adding or correcting it) and to filter the history by goal.
 */
import type { Goal } from '../../lib/meetings/types';

interface Props {
  id: string;
  label: string;
  /** The first option's text, meaning no goal ("No goal", "All goals"). */
  none: string;
  goals: readonly Goal[];
  value: string;
  onChange: (goalId: string) => void;
}

export function GoalSelect({ id, label, none, goals, value, onChange }: Props) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{none}</option>
        {goals.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.text}
          </option>
        ))}
      </select>
    </div>
  );
}
