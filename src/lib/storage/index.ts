/**
 * The workbook's storage, in one import. See README.md beside this file.
 */
export { openWorkbook, createWorkbook } from './workbook';
export type { Workbook, OpenWorkbookOptions, OpenedWorkbook } from './workbook';
export type { RecordRepo, PartnershipRecordRepo, NewRecord, Change, SaveOptions } from './repo';
export type { PartnershipRepo, TemplateRepo } from './other-repos';
export type { MetaRepo, QuarantineRepo, WriteOptions } from './meta-repo';
export type { Snapshot, ImportMode } from './snapshot';
export type { WriteSet, Removed, RecordStore, BatchOptions } from './batch';
export { WorkbookError, toWorkbookError, type WorkbookErrorCode } from './errors';
export type { WorkbookEvent, WorkbookEventType } from './events';
export {
  shouldRemindBackup,
  requestPersistence,
  getStorageStatus,
  BACKUP_REMINDER_DAYS,
  BACKUP_REMINDER_CHANGES,
  type StorageStatus,
} from './status';
export { withLock, WORKBOOK_LOCK } from './locks';
export { DB_NAME, DB_VERSION } from './db-schema';
