/**
 * Everything a workbook holds, for "the database is exactly as it was" assertions.
 */
import type { Workbook } from '../../../src/lib/storage';

export async function workbookState(workbook: Workbook) {
  return {
    snapshot: await workbook.snapshot(),
    meta: await workbook.meta.get(),
    quarantine: await workbook.quarantine.list(),
  };
}
