/**
 * The template builder island on /trainers/: start from the default checklist, edit it, preview it
 * as a participant would, and share it as a link, QR code, file or print-out. Only view state lives
 * here; every edit is a pure step from lib/trainers/template-draft.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { newId } from '../../../lib/schemas/ids';
import type { ChecklistTemplate } from '../../../lib/schemas/template';
import {
  addItem,
  addOption,
  blankItem,
  draftFromTemplate,
  editDetails,
  editItem,
  moveItem,
  relabelOption,
  removeItem,
  removeOption,
  setAllowOther,
} from '../../../lib/trainers/template-draft';
import { BuilderOutput } from './BuilderOutput';
import { BuilderPreview } from './BuilderPreview';
import { DetailsForm } from './DetailsForm';
import type { ItemEditorActions } from './ItemEditor';
import { ItemList } from './ItemList';
import { SavedTemplates } from './SavedTemplates';
import { useTemplateDraft } from './use-template-draft';

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function TemplateBuilder({ base, defaultTemplate }: Props) {
  const { draft, change, undo, canUndo, status } = useTemplateDraft(() =>
    draftFromTemplate(defaultTemplate, newId()),
  );
  const [openId, setOpenId] = useState<string | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();
  const [savedKey, setSavedKey] = useState(0);
  const number = (itemId: string) => draft.items.findIndex((i) => i.id === itemId) + 1;

  // The builder appears in place of the button that opened it: focus goes to its first field.
  useEffect(() => document.getElementById('builder-programme')?.focus(), []);

  // A new question opens with the cursor in its first field.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`builder-item-${focusId}-prompt`)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const actionsFor = (itemId: string): ItemEditorActions => ({
    onEdit: (wording) =>
      change(editItem(draft, itemId, wording), undefined, `${itemId}:${Object.keys(wording).join()}`),
    onRelabelOption: (optionId, label) =>
      change(relabelOption(draft, itemId, optionId, label), undefined, `${itemId}:${optionId}`),
    onAddOption: () => change(addOption(draft, itemId, newId()), 'Option added.'),
    onRemoveOption: (optionId) => change(removeOption(draft, itemId, optionId), 'Option removed.'),
    onAllowOther: (allow) => change(setAllowOther(draft, itemId, allow)),
  });

  return (
    <div class="builder">
      <p class="builder-status" role="status" aria-live="polite">
        {status}
      </p>
      <div class="builder-toolbar">
        {/* aria-disabled, not disabled: the last undo would otherwise take keyboard focus with it. */}
        <button
          type="button"
          id="builder-undo"
          class="secondary"
          aria-disabled={canUndo ? undefined : 'true'}
          onClick={() => {
            if (canUndo) undo();
          }}
        >
          Undo
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            change(draftFromTemplate(defaultTemplate, newId()), 'Started again from the default checklist.')
          }
        >
          Start again from the default checklist
        </button>
      </div>
      <SavedTemplates
        defaultId={defaultTemplate.id}
        savedKey={savedKey}
        onOpen={(template) => change(template, `Opened ${template.title}, version ${template.version}.`)}
      />
      <DetailsForm
        template={draft}
        onChange={(details) => change(editDetails(draft, details), undefined, Object.keys(details).join())}
      />
      <ItemList
        template={draft}
        openId={openId}
        onOpen={setOpenId}
        actionsFor={actionsFor}
        onMove={(itemId, by) => {
          const next = moveItem(draft, itemId, by);
          change(next, `Question moved to position ${next.items.findIndex((i) => i.id === itemId) + 1}.`);
        }}
        onRemove={(itemId) => {
          change(removeItem(draft, itemId), `Question ${number(itemId)} removed. Undo brings it back.`);
          // The pressed button has gone with its question; Undo is what the person may want next.
          requestAnimationFrame(() => document.getElementById('builder-undo')?.focus());
        }}
        onAdd={(kind, group) => {
          const item = blankItem(kind, newId(), group);
          change(addItem(draft, item), `Question ${draft.items.length + 1} added.`);
          setOpenId(item.id);
          setFocusId(item.id);
        }}
      />
      <BuilderPreview template={draft} base={base} />
      <BuilderOutput
        template={draft}
        base={base}
        onSaved={(saved) => {
          if (saved.version !== draft.version) change({ ...draft, version: saved.version });
          setSavedKey((k) => k + 1);
        }}
      />
    </div>
  );
}
