/**
 * The trainer's saved templates, kept in this browser's workbook (and so in its backups) by id and
 * version. Keeping never overwrites a stored version: changed content gets the next version.
 */
import type { ChecklistTemplate, StoredTemplate } from '../../../lib/schemas/template';
import { versionToSave, withoutTimestamps } from '../../../lib/trainers/template-versions';
import { getWorkbook } from '../../workbook/workbook-client';

/** Keeps the template and returns it as stored, with the version it was kept as. */
export async function keepTemplate(template: ChecklistTemplate): Promise<ChecklistTemplate> {
  const { workbook } = await getWorkbook();
  const stored = await workbook.templates.list();
  const toKeep = versionToSave(template, stored);
  const kept = await workbook.templates.keep(toKeep);
  return withoutTimestamps(kept);
}

/** Every saved template that is not the site's own, newest first. */
export async function listSavedTemplates(defaultId: string): Promise<StoredTemplate[]> {
  const { workbook } = await getWorkbook();
  const all = await workbook.templates.list();
  return all.filter((t) => t.id !== defaultId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
