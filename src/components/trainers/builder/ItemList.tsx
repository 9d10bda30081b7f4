/**
 * The builder's list of questions: each opens to edit, and can be moved up or down or removed; a
 * form at the end adds a new question of any kind.
 */
import { useState } from 'preact/hooks';
import { itemGroups, type ItemGroupId } from '../../../lib/expectations';
import type { ChecklistTemplate, ItemKind } from '../../../lib/schemas/template';
import { ItemEditor, kindNames, type ItemEditorActions } from './ItemEditor';
import { useFocusNext } from '../../shared/use-focus-next';

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

/** A question's first few words, so a button's name stays short: "How often will you…". */
function shorten(prompt: string): string {
  return prompt.length <= 40 ? prompt : `${prompt.slice(0, 40).replace(/\s+\S*$/, '')}…`;
}

export function ItemList({ template, openId, onOpen, onMove, onRemove, onAdd, actionsFor }: Props) {
  const [kind, setKind] = useState<ItemKind>('scale');
  const [group, setGroup] = useState<ItemGroupId>('practicalities');
  const count = template.items.length;
  const focusNext = useFocusNext();
  // Moving a question moves its buttons in the page, which drops keyboard focus: put it back on the
  // same button, or on the other one when the question has reached the top or the bottom.
  const move = (itemId: string, index: number, by: -1 | 1) => {
    const to = index + by;
    const stillPossible = by === -1 ? to > 0 : to < count - 1;
    const same = by === -1 ? 'up' : 'down';
    const other = by === -1 ? 'down' : 'up';
    focusNext(`builder-${itemId}-${stillPossible ? same : other}`);
    onMove(itemId, by);
  };
  return (
    <section class="builder-items" aria-labelledby="builder-items-heading">
      <h3 id="builder-items-heading">Questions ({count})</h3>
      <ol class="builder-item-list">
        {template.items.map((item, i) => {
          const label = item.prompt.trim() || 'New question';
          // Each button names its question, as a screen reader lists them out of context.
          const named = (action: string) => `${action} question ${i + 1}: ${shorten(label)}`;
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
                  id={`builder-${item.id}-up`}
                  class="secondary"
                  aria-label={named('Move up')}
                  disabled={i === 0}
                  onClick={() => move(item.id, i, -1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  id={`builder-${item.id}-down`}
                  class="secondary"
                  aria-label={named('Move down')}
                  disabled={i === count - 1}
                  onClick={() => move(item.id, i, 1)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={named('Remove')}
                  onClick={() => onRemove(item.id)}
                >
                  Remove
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
