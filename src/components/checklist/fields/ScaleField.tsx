/**
 * A scale item as a real radio group: the prompt is the legend, and each of the five positions has one
 * label, said once (1 and 5 are the two statements, 3 is half and half, 2 and 4 lean towards one).
 */
import type { ScaleAnswer } from '../../../lib/schemas/answers';
import type { ScaleItem } from '../../../lib/schemas/template';
import { describeScale } from '../../../lib/agreement/describe';

interface Props {
  item: ScaleItem;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  value: ScaleAnswer | undefined;
  onChange: (next: ScaleAnswer) => void;
  legend?: string;
  /** Marks positions chosen by each partner (compare view). */
  marks?: Partial<Record<number, string>>;
}

export function ScaleField({ item, idPrefix, value, onChange, legend, marks }: Props) {
  const name = `${idPrefix}-${item.id}`;
  return (
    <fieldset class="field scale-field">
      <legend>{legend ?? item.prompt}</legend>
      <div class="scale-options">
        {[1, 2, 3, 4, 5].map((position) => {
          const id = `${name}-${position}`;
          const mark = marks?.[position];
          return (
            <div class="option" key={position}>
              <input
                type="radio"
                id={id}
                name={name}
                value={String(position)}
                checked={value?.value === position}
                onChange={() => onChange({ kind: 'scale', value: position })}
              />
              <label for={id}>
                <span class="scale-number" aria-hidden="true">
                  {position}
                </span>{' '}
                {describeScale(item, position)}
                {mark && <span class="mark"> ({mark})</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
