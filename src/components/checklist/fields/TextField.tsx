/** A text item: a labelled text area, read together later. */
import type { TextAnswer } from '../../../lib/schemas/answers';
import type { TextItem } from '../../../lib/schemas/template';

interface Props {
  item: TextItem;
  idPrefix: string;
  value: TextAnswer | undefined;
  onChange: (next: TextAnswer) => void;
  label?: string;
}

export function TextField({ item, idPrefix, value, onChange, label }: Props) {
  const id = `${idPrefix}-${item.id}`;
  return (
    <div class="field text-field">
      <label for={id} class="field-label">
        {label ?? item.prompt}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={value?.text ?? ''}
        onInput={(e) => onChange({ kind: 'text', text: e.currentTarget.value })}
      />
    </div>
  );
}
