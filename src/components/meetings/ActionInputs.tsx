/**
 * The fields of one action — what will be done, who, by when, towards which goal — shared by the
 * form that adds an action and the one that corrects it, so both ask the same way.
 */
import type { Ref } from 'preact';
import { ACTION_TEXT_MAX, type ActionFields } from '../../lib/meetings/edit-action';
import type { ActionOwner, Goal } from '../../lib/meetings/types';
import { GoalSelect } from './GoalSelect';
import { ownerLabels } from './labels';

interface Props {
  /** Makes the fields' ids unique on the page (several editors can be open). */
  idPrefix: string;
  fields: ActionFields;
  onChange: (patch: Partial<ActionFields>) => void;
  /** Goals to offer. */
  goals: readonly Goal[];
  /** What is wrong with the text, shown beside it and read out with it. */
  error: string;
  textRef?: Ref<HTMLInputElement>;
}

export function ActionInputs({ idPrefix, fields, onChange, goals, error, textRef }: Props) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <label for={id('text')}>What will be done</label>
      <input
        id={id('text')}
        ref={textRef ?? null}
        type="text"
        maxLength={ACTION_TEXT_MAX}
        value={fields.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id('error') : undefined}
        onInput={(event) => onChange({ text: event.currentTarget.value })}
      />
      {error && (
        <p id={id('error')} class="field-error">
          {error}
        </p>
      )}
      <div class="field-row">
        <div>
          <label for={id('owner')}>Who</label>
          <select
            id={id('owner')}
            value={fields.owner}
            onChange={(event) => onChange({ owner: event.currentTarget.value as ActionOwner })}
          >
            {Object.entries(ownerLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id('due')}>Due</label>
          <input
            id={id('due')}
            type="date"
            value={fields.due}
            onChange={(event) => onChange({ due: event.currentTarget.value })}
          />
        </div>
        <GoalSelect
          id={id('goal')}
          label="Towards a goal (optional)"
          none="No goal"
          goals={goals}
          value={fields.goalId}
          onChange={(goalId) => onChange({ goalId })}
        />
      </div>
    </>
  );
}
