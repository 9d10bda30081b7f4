/**
 * One workbook per page, opened on first use and shared by the islands on the page (the Your
 * data page and the backup notice). Sharing matters when storage is unavailable: the workbook
 * then lives in this tab's memory, and a backup must read the same copy the page wrote to.
 */
import { openWorkbook, type OpenedWorkbook } from '../../lib/storage';

let opened: Promise<OpenedWorkbook> | undefined;

/** Opens the workbook (IndexedDB, or memory with `fallback` set) once per page. */
export function getPageWorkbook(): Promise<OpenedWorkbook> {
  opened ??= openWorkbook();
  return opened;
}
