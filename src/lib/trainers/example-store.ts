/**
 * Puts the example pair into the workbook and takes it out again. Loading is one import (one
 * transaction); removing deletes every example partnership with all its records (the repository's
 * cascade). Neither counts as a change a backup must protect, so the meta record (the backup
 * reminder's bookkeeping) is never touched: after removal the database is exactly as it was before
 * loading, and the example alone never brings up the backup reminder. Whether the example is here is
 * read from the partnerships themselves (`exampleData: true`), not from a separate flag.
 */
import { newId } from '../schemas/ids';
import type { ChecklistTemplate } from '../schemas/template';
import type { Partnership } from '../schemas/partnership';
import type { Workbook } from '../storage';
import { buildExamplePair } from './example-pair';

/** Example data is for demonstrations: a backup need not protect it, so it is not counted. */
const EXAMPLE_WRITE = { countAsChange: false } as const;

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
    undefined,
    EXAMPLE_WRITE,
  );
  return pair.partnership;
}

/** Removes every example partnership and all its records; returns how many were removed. */
export async function removeExamplePairs(workbook: Workbook): Promise<number> {
  const examples = (await workbook.partnerships.list()).filter((p) => p.exampleData === true);
  for (const partnership of examples) await workbook.partnerships.delete(partnership.id, EXAMPLE_WRITE);
  return examples.length;
}
