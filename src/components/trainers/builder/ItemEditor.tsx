/** One item in the builder: its question, group and help, and the fields of its kind. */
import { itemGroups, type ItemGroupId } from '../../../lib/expectations';
import { MAX } from '../../../lib/schemas/common';
import type { Item } from '../../../lib/schemas/template';
import type { ItemWording } from '../../../lib/trainers/template-draft';
import { OptionsEditor } from './OptionsEditor';

/** What each kind is called in the builder. */
export const kindNames = {
  scale: 'Scale from 1 to 5 between two statements',
  choice: 'Choice of options',
  text: 'Written answer',
} as const;

function groupById(value: string): ItemGroupId | undefined {
  return itemGroups.find((group) => group.id === value)?.id;
}

export interface ItemEditorActions {
  onEdit: (change: ItemWording) => void;
  onRelabelOption: (optionId: string, label: string) => void;
  onAddOption: () => void;
  onRemoveOption: (optionId: string) => void;
  onAllowOther: (allow: boolean) => void;
}

interface Props extends ItemEditorActions {
  item: Item;
  number: number;
}

export function ItemEditor({ item, number, onEdit, ...options }: Props) {
  const p = `builder-item-${item.id}`;
  return (
    <div class="builder-item-fields">
      <p class="muted">{kindNames[item.kind]}</p>
      <div class="field">
        <label for={`${p}-prompt`}>Question {number}</label>
        <input
          id={`${p}-prompt`}
          type="text"
          required
          maxLength={MAX.line}
          value={item.prompt}
          onInput={(e) => onEdit({ prompt: e.currentTarget.value })}
        />
      </div>
      {item.kind === 'scale' && (
        <>
          <div class="field">
            <label for={`${p}-left`}>Statement for 1</label>
            <input
              id={`${p}-left`}
              type="text"
              required
              maxLength={MAX.line}
              value={item.left}
              onInput={(e) => onEdit({ left: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${p}-right`}>Statement for 5</label>
            <input
              id={`${p}-right`}
              type="text"
              required
              maxLength={MAX.line}
              value={item.right}
              onInput={(e) => onEdit({ right: e.currentTarget.value })}
            />
          </div>
        </>
      )}
      {item.kind === 'choice' && (
        <OptionsEditor
          item={item}
          idPrefix={p}
          onRelabel={options.onRelabelOption}
          onAdd={options.onAddOption}
          onRemove={options.onRemoveOption}
          onAllowOther={options.onAllowOther}
        />
      )}
      <div class="field">
        <label for={`${p}-group`}>Part of the checklist</label>
        <select
          id={`${p}-group`}
          value={item.expectation}
          onChange={(e) => {
            const group = groupById(e.currentTarget.value);
            if (group) onEdit({ expectation: group });
          }}
        >
          {itemGroups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-help`}>Why it matters (optional)</label>
        <textarea
          id={`${p}-help`}
          rows={2}
          maxLength={MAX.medium}
          value={item.help ?? ''}
          onInput={(e) => onEdit({ help: e.currentTarget.value })}
        />
      </div>
    </div>
  );
}
