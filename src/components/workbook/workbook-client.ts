/**
 * One workbook per page, opened on first use and shared by the islands on the page. Also the
 * small bits of page wiring the checklist islands share: the open partnership's id from the
 * fragment, and how to show a storage error.
 */
import { openWorkbook, toWorkbookError, type OpenedWorkbook } from '../../lib/storage';

let opened: Promise<OpenedWorkbook> | undefined;

/** Opens the workbook (IndexedDB, or memory with `fallback` set) once per page. */
export function getWorkbook(): Promise<OpenedWorkbook> {
  opened ??= openWorkbook();
  return opened;
}

/** A message and what to do next, for any error thrown while loading or saving. */
export function explainError(error: unknown): { message: string; hint: string } {
  const e = toWorkbookError(error);
  return { message: e.message, hint: e.hint };
}
