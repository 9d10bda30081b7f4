/**
 * Moving data in and out: backups (export, encrypt, import with preview) and links between
 * devices. Nothing here sends anything anywhere: files are saved by the person, links are shared by them.
 */
export { TransferError, type TransferErrorCode } from './errors';
export {
  LINK_LIMITS,
  CODEC_VERSION,
  encodeLinkPayload,
  decodeLinkPayload,
  buildFragment,
  readFragment,
  withoutPayloads,
  type Fragment,
} from './link-codec';
export {
  exportBackup,
  createBackup,
  backupFileName,
  type ExportOptions,
  type ExportedBackup,
} from './backup-export';
export { readBackup, type ReadBackupResult } from './backup-read';
export { previewImport, applyBackup, importBackup, type ImportPreview } from './backup-import';
export { RECOVERED_TITLE, type OrphanGroup } from './backup-orphans';
export { MAX_BACKUP_BYTES } from '../schemas';
export { encryptBackup, decryptBackup } from './crypto';
