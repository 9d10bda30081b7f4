/**
 * Which version a trainer's template is saved as. A stored version never changes (participants
 * may already have it), so a draft that differs from every stored version of its id gets the
 * next free version number, and one identical to a stored version reuses it.
 */
import type { ChecklistTemplate, StoredTemplate } from '../schemas/template';

/**
 * A template as content and links carry it: a stored copy without its record timestamps (the
 * template schema is strict, so a stored copy would not pass as a link's template).
 */
export function withoutTimestamps(template: ChecklistTemplate | StoredTemplate): ChecklistTemplate {
  const copy: ChecklistTemplate & Partial<Pick<StoredTemplate, 'createdAt' | 'updatedAt'>> = { ...template };
  delete copy.createdAt;
  delete copy.updatedAt;
  return copy;
}

/** JSON with object keys sorted, so the same content always gives the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The template's content without its version and record timestamps, for comparing versions. */
function content(template: ChecklistTemplate): string {
  const copy: Record<string, unknown> = { ...template };
  for (const key of ['version', 'createdAt', 'updatedAt']) delete copy[key];
  return canonical(copy);
}

/** Whether two templates say the same thing, whatever their versions and timestamps. */
export function sameContent(a: ChecklistTemplate, b: ChecklistTemplate): boolean {
  return content(a) === content(b);
}

/**
 * The draft as it should be saved, given the versions already stored on this device: the same
 * version as an identical stored one, else one past the highest stored version of its id.
 */
export function versionToSave(
  draft: ChecklistTemplate,
  stored: readonly StoredTemplate[],
): ChecklistTemplate {
  const mine = stored.filter((t) => t.id === draft.id);
  const same = mine.find((t) => sameContent(t, draft));
  if (same) return { ...draft, version: same.version };
  const taken = new Set(mine.map((t) => t.version));
  if (!taken.has(draft.version)) return draft;
  return { ...draft, version: Math.max(...taken) + 1 };
}
