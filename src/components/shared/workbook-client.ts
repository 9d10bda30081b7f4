/**
 * One workbook per page, opened on first use and shared by every island on the page (checklist,
 * agreement, meeting log, Your data, backup notice), so they all read and write the same copy —
 * which matters when storage is unavailable and the workbook lives in this tab's memory.
 */
import { openWorkbook, type OpenedWorkbook } from '../../lib/storage';

let opened: Promise<OpenedWorkbook> | undefined;

/** Opens the workbook (IndexedDB, or memory with `fallback` set) once per page. */
export function getWorkbook(): Promise<OpenedWorkbook> {
  opened ??= openWorkbook();
  return opened;
}
