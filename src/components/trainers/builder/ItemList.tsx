/**
 * The builder's list of questions: each opens to edit, and can be moved up or down or removed; a
 * form at the end adds a new question of any kind.
 */
import { useState } from 'preact/hooks';
import { itemGroups, type ItemGroupId } from '../../../lib/expectations';
import type { ChecklistTemplate, ItemKind } from '../../../lib/schemas/template';
import { ItemEditor, kindNames, type ItemEditorActions } from './ItemEditor';

interface Props {
  template: ChecklistTemplate;
  /** The item whose editor is open (a new item opens at once). */
  openId: string | undefined;
  onOpen: (itemId: string | undefined) => void;
  onMove: (itemId: string, by: -1 | 1) => void;
  onRemove: (itemId: string) => void;
  onAdd: (kind: ItemKind, expectation: ItemGroupId) => void;
  actionsFor: (itemId: string) => ItemEditorActions;
}

const kinds = Object.keys(kindNames) as ItemKind[];

export function ItemList({ template, openId, onOpen, onMove, onRemove, onAdd, actionsFor }: Props) {
  const [kind, setKind] = useState<ItemKind>('scale');
  const [group, setGroup] = useState<ItemGroupId>('practicalities');
  const count = template.items.length;
  return (
    <section class="builder-items" aria-labelledby="builder-items-heading">
      <h3 id="builder-items-heading">Questions ({count})</h3>
      <ol class="builder-item-list">
        {template.items.map((item, i) => {
          const label = item.prompt.trim() || 'New question';
          return (
            <li key={item.id} class="builder-item">
              <details
                open={openId === item.id}
                onToggle={(e) => {
                  const open = e.currentTarget.open;
                  if (open !== (openId === item.id)) onOpen(open ? item.id : undefined);
                }}
              >
                <summary>
                  {i + 1}. {label}
                </summary>
                <ItemEditor item={item} number={i + 1} {...actionsFor(item.id)} />
              </details>
              <p class="builder-item-actions">
                <button
                  type="button"
                  class="secondary"
                  disabled={i === 0}
                  onClick={() => onMove(item.id, -1)}
                >
                  Move up<span class="visually-hidden">: question {i + 1}</span>
                </button>
                <button
                  type="button"
                  class="secondary"
                  disabled={i === count - 1}
                  onClick={() => onMove(item.id, 1)}
                >
                  Move down<span class="visually-hidden">: question {i + 1}</span>
                </button>
                <button type="button" class="secondary" onClick={() => onRemove(item.id)}>
                  Remove<span class="visually-hidden">: question {i + 1}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ol>
      <fieldset class="builder-add">
        <legend>Add a question</legend>
        <div class="field">
          <label for="builder-add-kind">Kind of answer</label>
          <select
            id="builder-add-kind"
            value={kind}
            onChange={(e) => setKind(kinds.find((k) => k === e.currentTarget.value) ?? 'scale')}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindNames[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="builder-add-group">Part of the checklist</label>
          <select
            id="builder-add-group"
            value={group}
            onChange={(e) =>
              setGroup(itemGroups.find((g) => g.id === e.currentTarget.value)?.id ?? 'practicalities')
            }
          >
            {itemGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => onAdd(kind, group)}>
          Add the question
        </button>
      </fieldset>
    </section>
  );
}
