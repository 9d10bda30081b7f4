/**
 * Puts the example pair into the workbook and takes it out again. Loading is one import (one
 * transaction); removing deletes every example partnership with all its records (the repository's
 * cascade), then clears the example flag, so the workbook holds exactly what it held before.
 */
import { newId } from '../schemas/ids';
import type { ChecklistTemplate } from '../schemas/template';
import type { Partnership } from '../schemas/partnership';
import type { Workbook } from '../storage';
import { buildExamplePair } from './example-pair';

/** The example partnership on this device, if there is one. */
export async function findExamplePair(workbook: Workbook): Promise<Partnership | undefined> {
  return (await workbook.partnerships.list()).find((p) => p.exampleData === true);
}

/**
 * Adds the example pair (or returns the one already there: there is never more than one). The
 * template is the site's default, which the workbook reads from the site, so it is not stored.
 */
export async function loadExamplePair(
  workbook: Workbook,
  template: ChecklistTemplate,
  now: Date = new Date(),
): Promise<Partnership> {
  const existing = await findExamplePair(workbook);
  if (existing) return existing;
  const pair = buildExamplePair(template, now, newId);
  await workbook.importData(
    {
      partnerships: [pair.partnership],
      templates: [],
      rounds: [pair.round],
      meetings: pair.meetings,
      actions: pair.actions,
      goals: pair.goals,
    },
    'merge',
  );
  await workbook.meta.setExampleData(true);
  return pair.partnership;
}

/** Removes every example partnership and all its records; returns how many were removed. */
export async function removeExamplePairs(workbook: Workbook): Promise<number> {
  const examples = (await workbook.partnerships.list()).filter((p) => p.exampleData === true);
  for (const partnership of examples) await workbook.partnerships.delete(partnership.id);
  await workbook.meta.setExampleData(false);
  return examples.length;
}
