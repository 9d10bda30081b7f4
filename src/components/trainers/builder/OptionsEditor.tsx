/** The options of a choice item in the builder: relabel, add, remove, and "Other" on or off. */
import { MAX } from '../../../lib/schemas/common';
import type { ChoiceItem } from '../../../lib/schemas/template';

interface Props {
  item: ChoiceItem;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  onRelabel: (optionId: string, label: string) => void;
  onAdd: () => void;
  onRemove: (optionId: string) => void;
  onAllowOther: (allow: boolean) => void;
}

export function OptionsEditor({ item, idPrefix, onRelabel, onAdd, onRemove, onAllowOther }: Props) {
  return (
    <fieldset class="builder-options">
      <legend>Options</legend>
      <ol>
        {item.options.map((option, i) => {
          const id = `${idPrefix}-option-${option.id}`;
          return (
            <li key={option.id}>
              <label for={id}>Option {i + 1}</label>
              <span class="builder-inline">
                <input
                  id={id}
                  type="text"
                  maxLength={MAX.short}
                  value={option.label}
                  onInput={(e) => onRelabel(option.id, e.currentTarget.value)}
                />
                <button
                  type="button"
                  class="secondary"
                  disabled={item.options.length <= 2}
                  onClick={() => onRemove(option.id)}
                >
                  Remove<span class="visually-hidden"> option {i + 1}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" class="secondary" disabled={item.options.length >= 20} onClick={onAdd}>
          Add an option
        </button>
      </p>
      <div class="option">
        <input
          id={`${idPrefix}-other`}
          type="checkbox"
          checked={item.allowOther === true}
          onChange={(e) => onAllowOther(e.currentTarget.checked)}
        />
        <label for={`${idPrefix}-other`}>Let people write their own answer (“Other”)</label>
      </div>
    </fieldset>
  );
}
