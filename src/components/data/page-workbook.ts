/**
 * One workbook per page, shared by every island on it (the checklist's, the meeting log's, the
 * Your data page's and the backup notice). Sharing matters when storage is unavailable: the
 * workbook then lives in this tab's memory, and a backup must read the copy the page wrote to.
 */
export { getWorkbook as getPageWorkbook } from '../shared/workbook-client';
