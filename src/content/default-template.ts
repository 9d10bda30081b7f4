/**
 * Build-time only (it reads Astro's content collections, so it lives here, not in the pure src/lib).
 * The default checklist template as the pages read it from the content collection (validated at
 * build time). Passed to islands as a prop, so it travels in the page's HTML, not in its JavaScript.
 */
import { getEntry } from 'astro:content';
import type { ChecklistTemplate } from '../lib/schemas/template';

/** The default template; fails the build if the content file is missing. */
export async function loadDefaultTemplate(): Promise<ChecklistTemplate> {
  const entry = await getEntry('checklist', 'default');
  if (!entry) throw new Error('src/content/checklist/default.json is missing: the workbook needs it.');
  return entry.data;
}
