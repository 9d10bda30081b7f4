/**
 * Editing a checklist template in the builder, as pure functions from one template to the next. A
 * draft may be incomplete while the trainer types (an empty prompt, say); `checkTemplate` in
 * template-check.ts says what is missing before anything is shared.
 *
 * When the trainer rewrites the words an agreement sentence was written for (a scale's statements,
 * an option's label, a text prompt), that sentence is dropped: the agreement then falls back to a
 * plain sentence built from the prompt and the answer, which can never contradict the new wording.
 */
import type { ItemGroupId } from '../expectations';
import type { ChecklistTemplate, ChoiceItem, ChoiceOption, Item, ItemKind } from '../schemas/template';

/** A new template for a programme, starting from the items of another (usually the default). */
export function draftFromTemplate(source: ChecklistTemplate, id: string): ChecklistTemplate {
  const draft: ChecklistTemplate = { ...structuredClone(source), id, version: 1 };
  // The programme's own details are the trainer's to fill in, never inherited.
  delete draft.programme;
  delete draft.safeguardingContact;
  return draft;
}

/** A blank item of the given kind, ready to be filled in. */
export function blankItem(kind: ItemKind, id: string, expectation: ItemGroupId): Item {
  switch (kind) {
    case 'scale':
      return { id, expectation, kind, prompt: '', left: '', right: '' };
    case 'choice':
      return {
        id,
        expectation,
        kind,
        prompt: '',
        options: [
          { id: `${id}-a`, label: '' },
          { id: `${id}-b`, label: '' },
        ],
        allowOther: true,
      };
    case 'text':
      return { id, expectation, kind, prompt: '' };
  }
}

/** Adds an item at the end. */
export function addItem(template: ChecklistTemplate, item: Item): ChecklistTemplate {
  return { ...template, items: [...template.items, item] };
}

/** Removes an item by id (the template may then be empty; checkTemplate refuses that). */
export function removeItem(template: ChecklistTemplate, itemId: string): ChecklistTemplate {
  return { ...template, items: template.items.filter((item) => item.id !== itemId) };
}

/** Moves an item up (-1) or down (+1); at either end it stays where it is. */
export function moveItem(template: ChecklistTemplate, itemId: string, by: -1 | 1): ChecklistTemplate {
  const from = template.items.findIndex((item) => item.id === itemId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= template.items.length) return template;
  const items = [...template.items];
  const [moved] = items.splice(from, 1);
  if (moved) items.splice(to, 0, moved);
  return { ...template, items };
}

/** The fields of an item the builder edits directly, whatever its kind. */
export interface ItemWording {
  prompt?: string;
  help?: string;
  expectation?: ItemGroupId;
  /** Scale items only. */
  left?: string;
  right?: string;
}

/** Changes an item's wording; drops agreement sentences whose words changed (see the module header). */
export function editItem(
  template: ChecklistTemplate,
  itemId: string,
  change: ItemWording,
): ChecklistTemplate {
  return mapItem(template, itemId, (item) => {
    const next: Item = { ...item };
    if (change.prompt !== undefined) next.prompt = change.prompt;
    if (change.expectation !== undefined) next.expectation = change.expectation;
    if (change.help !== undefined) {
      if (change.help === '') delete next.help;
      else next.help = change.help;
      // The guide link belongs with the default help text; a trainer's own help stands alone.
      delete next.guideLink;
    }
    if (next.kind === 'scale') {
      if (change.left !== undefined) next.left = change.left;
      if (change.right !== undefined) next.right = change.right;
      if (change.left !== undefined || change.right !== undefined) delete next.sentences;
    }
    if (next.kind === 'text' && change.prompt !== undefined) delete next.sentence;
    return next;
  });
}

/** Adds an empty option to a choice item. */
export function addOption(template: ChecklistTemplate, itemId: string, optionId: string): ChecklistTemplate {
  return mapChoice(template, itemId, (item) => ({
    ...item,
    options: [...item.options, { id: optionId, label: '' }],
  }));
}

/** Removes an option from a choice item (checkTemplate refuses fewer than two). */
export function removeOption(
  template: ChecklistTemplate,
  itemId: string,
  optionId: string,
): ChecklistTemplate {
  return mapChoice(template, itemId, (item) => ({
    ...item,
    options: item.options.filter((option) => option.id !== optionId),
  }));
}

/** Relabels an option; its agreement sentence is dropped, since it was written for the old label. */
export function relabelOption(
  template: ChecklistTemplate,
  itemId: string,
  optionId: string,
  label: string,
): ChecklistTemplate {
  return mapChoice(template, itemId, (item) => ({
    ...item,
    options: item.options.map((option): ChoiceOption => {
      if (option.id !== optionId) return option;
      const next: ChoiceOption = { ...option, label };
      delete next.sentence;
      return next;
    }),
  }));
}

/** Whether a choice item offers "Other" with the person's own words. */
export function setAllowOther(
  template: ChecklistTemplate,
  itemId: string,
  allow: boolean,
): ChecklistTemplate {
  return mapChoice(template, itemId, (item) => ({ ...item, allowOther: allow }));
}

/** The builder's template-wide fields. */
export interface TemplateDetails {
  title?: string;
  programme?: string;
  intro?: string;
  safeguardingContact?: string;
}

/** Changes the title, programme, introduction or safeguarding contact; an empty optional field is removed. */
export function editDetails(template: ChecklistTemplate, change: TemplateDetails): ChecklistTemplate {
  const next = { ...template };
  if (change.title !== undefined) next.title = change.title;
  for (const key of ['programme', 'intro', 'safeguardingContact'] as const) {
    const value = change[key];
    if (value === undefined) continue;
    if (value.trim() === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

function mapItem(
  template: ChecklistTemplate,
  itemId: string,
  change: (item: Item) => Item,
): ChecklistTemplate {
  return { ...template, items: template.items.map((item) => (item.id === itemId ? change(item) : item)) };
}

function mapChoice(
  template: ChecklistTemplate,
  itemId: string,
  change: (item: ChoiceItem) => ChoiceItem,
): ChecklistTemplate {
  return mapItem(template, itemId, (item) => (item.kind === 'choice' ? change(item) : item));
}
