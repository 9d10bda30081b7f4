/** The control for any item, picked by its kind: used to answer, and again to record what was agreed. */
import type { GivenAnswer } from '../../../lib/schemas/answers';
import type { Item } from '../../../lib/schemas/template';
import { ChoiceField } from './ChoiceField';
import { ScaleField } from './ScaleField';
import { TextField } from './TextField';

interface Props {
  item: Item;
  idPrefix: string;
  value: GivenAnswer | undefined;
  onChange: (next: GivenAnswer) => void;
  /** Replaces the prompt as legend or label (the compare view asks "What did you agree?"). */
  legend?: string;
  /** Who chose what, keyed by scale position or option id. */
  marks?: Partial<Record<string, string>>;
}

export function AnswerField({ item, idPrefix, value, onChange, legend, marks }: Props) {
  const common = { idPrefix, onChange, ...(legend === undefined ? {} : { legend }) };
  switch (item.kind) {
    case 'scale':
      return (
        <ScaleField
          item={item}
          {...common}
          value={value?.kind === 'scale' ? value : undefined}
          {...(marks ? { marks } : {})}
        />
      );
    case 'choice':
      return (
        <ChoiceField
          item={item}
          {...common}
          value={value?.kind === 'choice' ? value : undefined}
          {...(marks ? { marks } : {})}
        />
      );
    case 'text':
      return (
        <TextField
          item={item}
          idPrefix={idPrefix}
          onChange={onChange}
          value={value?.kind === 'text' ? value : undefined}
          {...(legend === undefined ? {} : { label: legend })}
        />
      );
  }
}
