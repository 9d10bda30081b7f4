/**
 * A trainer's template as its changes against a shipped one, and back. Items are matched by id (the
 * builder keeps the ids of the checklist it started from); unchanged runs of the base's items become
 * `[from, to]`, a changed item carries only the fields that changed, and a new item travels whole.
 * Pure and synchronous: template-link.ts puts the result through the link codec.
 */
import type { TemplateChangesLink, ItemChange } from '../schemas/template-changes';
import { templateDetailKeys } from '../schemas/template-changes';
import { checklistTemplateSchema, type ChecklistTemplate, type Item } from '../schemas/template';
import { LINK_VERSION, linkFormats } from '../schemas/links';
import { TransferError } from '../transfer/errors';
import { canonical } from './template-versions';

/**
 * A short fingerprint of everything a template says (FNV-1a over its canonical JSON, base 36). Not
 * a defence against someone set on forging a link (nothing is secret here); it proves the template
 * rebuilt from a shipped base is the one the trainer made, and catches a base that changed.
 */
export function templateFingerprint(template: ChecklistTemplate): string {
  let hash = 0x811c9dc5;
  for (const char of canonical(template)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Item fields in a stable order: `id` never changes, since items are matched by it. */
function changedFields(base: Item, item: Item): Pick<Extract<ItemChange, { b: number }>, 'set' | 'unset'> {
  const before = base as Record<string, unknown>;
  const after = item as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const key of Object.keys(after)) {
    if (canonical(before[key]) !== canonical(after[key])) set[key] = after[key];
  }
  for (const key of Object.keys(before)) if (!(key in after)) unset.push(key);
  return { ...(Object.keys(set).length > 0 ? { set } : {}), ...(unset.length > 0 ? { unset } : {}) };
}

/** The template as changes against `base` (any template validates; the result may be long). */
export function templateChanges(base: ChecklistTemplate, template: ChecklistTemplate): TemplateChangesLink {
  const baseIndex = new Map(base.items.map((item, i) => [item.id, i]));
  const items: ItemChange[] = [];
  for (const item of template.items) {
    const b = baseIndex.get(item.id);
    const baseItem = b === undefined ? undefined : base.items[b];
    if (b === undefined || !baseItem) {
      items.push(item);
      continue;
    }
    if (canonical(baseItem) !== canonical(item)) {
      items.push({ b, ...changedFields(baseItem, item) });
      continue;
    }
    // Extend the previous unchanged run when this item follows it in the base too.
    const last = items.at(-1);
    if (typeof last === 'number' && last === b - 1) items[items.length - 1] = [last, b];
    else if (Array.isArray(last) && last[1] === b - 1) items[items.length - 1] = [last[0], b];
    else items.push(b);
  }
  const set: NonNullable<TemplateChangesLink['set']> = {};
  const unset: NonNullable<TemplateChangesLink['unset']> = [];
  for (const key of templateDetailKeys) {
    const value = template[key];
    if (value !== undefined && value !== base[key]) set[key] = value;
    if (value === undefined && base[key] !== undefined && key !== 'title') unset.push(key);
  }
  return {
    format: linkFormats['template-changes'],
    version: LINK_VERSION,
    base: { id: base.id, version: base.version },
    id: template.id,
    v: template.version,
    ...(Object.keys(set).length > 0 ? { set } : {}),
    ...(unset.length > 0 ? { unset } : {}),
    items,
    sum: templateFingerprint(template),
  };
}

/** The base item at `index`, or a refusal: a link pointing past the base's end was changed. */
function baseItemAt(base: ChecklistTemplate, index: number): Item {
  const item = base.items[index];
  if (!item)
    throw new TransferError('tampered', { detail: `No item ${index} in ${base.id} v${base.version}` });
  return item;
}

/**
 * The template the changes make, given the shipped templates this site has. Throws `TransferError`:
 * `newer-version` for a base newer than any here, `unknown-base` for one this site does not have,
 * `invalid` when the result is not a valid template, `tampered` when it is not the one the trainer made.
 */
export function applyTemplateChanges(
  changes: TemplateChangesLink,
  bases: readonly ChecklistTemplate[],
): ChecklistTemplate {
  const { id, version } = changes.base;
  const base = bases.find((t) => t.id === id && t.version === version);
  if (!base) {
    const newest = Math.max(0, ...bases.filter((t) => t.id === id).map((t) => t.version));
    throw new TransferError(newest > 0 && version > newest ? 'newer-version' : 'unknown-base', {
      detail: `Made from ${id} version ${version}`,
    });
  }
  const items: Item[] = [];
  for (const entry of changes.items) {
    if (typeof entry === 'number') items.push(baseItemAt(base, entry));
    else if (Array.isArray(entry)) {
      if (entry[1] < entry[0])
        throw new TransferError('tampered', { detail: 'A run that ends before it starts' });
      for (let i = entry[0]; i <= entry[1]; i++) items.push(baseItemAt(base, i));
    } else if ('b' in entry) {
      const item: Record<string, unknown> = { ...baseItemAt(base, entry.b), ...entry.set };
      for (const key of entry.unset ?? []) delete item[key];
      items.push(item as Item);
    } else items.push(entry);
  }
  const draft: Record<string, unknown> = {
    ...base,
    id: changes.id,
    version: changes.v,
    ...changes.set,
    items,
  };
  for (const key of changes.unset ?? []) delete draft[key];
  const result = checklistTemplateSchema.safeParse(draft);
  if (!result.success) throw new TransferError('invalid', { detail: result.error.message });
  if (templateFingerprint(result.data) !== changes.sum) {
    throw new TransferError('tampered', { detail: 'The rebuilt checklist does not match its fingerprint' });
  }
  return result.data;
}
