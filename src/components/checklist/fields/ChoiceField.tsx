/** A choice item: one radio per option, and "Something else" with a text box when the item allows it. */
import { OTHER_OPTION_ID, type ChoiceAnswer } from '../../../lib/schemas/answers';
import type { ChoiceItem } from '../../../lib/schemas/template';

interface Props {
  item: ChoiceItem;
  idPrefix: string;
  value: ChoiceAnswer | undefined;
  onChange: (next: ChoiceAnswer) => void;
  legend?: string;
  marks?: Partial<Record<string, string>>;
}

export function ChoiceField({ item, idPrefix, value, onChange, legend, marks }: Props) {
  const name = `${idPrefix}-${item.id}`;
  const options = item.allowOther
    ? [...item.options, { id: OTHER_OPTION_ID, label: 'Something else' }]
    : item.options;
  const otherId = `${name}-other-text`;
  return (
    <fieldset class="field choice-field">
      <legend>{legend ?? item.prompt}</legend>
      {options.map((option) => {
        const id = `${name}-${option.id}`;
        const mark = marks?.[option.id];
        return (
          <div class="option" key={option.id}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.id}
              checked={value?.optionId === option.id}
              onChange={() =>
                onChange(
                  option.id === OTHER_OPTION_ID
                    ? { kind: 'choice', optionId: OTHER_OPTION_ID, otherText: value?.otherText ?? '' }
                    : { kind: 'choice', optionId: option.id },
                )
              }
            />
            <label for={id}>
              {option.label}
              {mark && <span class="mark"> ({mark})</span>}
            </label>
          </div>
        );
      })}
      {value?.optionId === OTHER_OPTION_ID && (
        <div class="other-text">
          <label for={otherId}>In your own words</label>
          <input
            type="text"
            id={otherId}
            maxLength={600}
            value={value.otherText ?? ''}
            onInput={(e) =>
              onChange({ kind: 'choice', optionId: OTHER_OPTION_ID, otherText: e.currentTarget.value })
            }
          />
        </div>
      )}
    </fieldset>
  );
}
