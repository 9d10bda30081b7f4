/**
 * Typed errors of the data layer. Every one carries a message for people and a hint saying what
 * to do next, so a page can show both without knowing what went wrong underneath.
 */

/** What kind of failure it was; pages can branch on it. */
export type WorkbookErrorCode =
  | 'quota' // the browser refused more storage
  | 'unavailable' // IndexedDB cannot be used here
  | 'closed' // the connection was closed (another tab upgraded, or the browser closed it)
  | 'version' // a newer version of the site already upgraded the database
  | 'conflict' // the record changed elsewhere since it was read
  | 'not-found' // the record does not exist
  | 'invalid' // the record does not match its schema
  | 'write-failed'; // any other failure to write

const hints: Record<WorkbookErrorCode, string> = {
  quota:
    'Your device is out of space for this site. Save a backup from Your data, then free some space or delete old partnerships.',
  unavailable:
    'Your browser is not letting this site store data. Changes last only until you close this tab, so save a backup before you leave.',
  closed: 'Reload the page to carry on. Nothing you saved has been lost.',
  version: 'A newer version of this site is open in another tab. Reload this page to use it.',
  conflict: 'This was changed in another tab. Reload to see the latest version, then make your change again.',
  'not-found': 'It may have been deleted in another tab. Reload the page to see what is there now.',
  invalid: 'Check what you entered and try again.',
  'write-failed': 'Try again. If it keeps happening, save a backup from Your data and reload the page.',
};

const messages: Record<WorkbookErrorCode, string> = {
  quota: 'Your change could not be saved because storage is full.',
  unavailable: 'This browser cannot keep your workbook on this device.',
  closed: 'The workbook was closed in this tab.',
  version: 'This tab is running an older version of the site.',
  conflict: 'Your change could not be saved because the record changed in another tab.',
  'not-found': 'That record could not be found.',
  invalid: 'That could not be saved because some of it is not valid.',
  'write-failed': 'Your change could not be saved.',
};

/** An error from the data layer, with a plain message and a hint. Nothing was half-written. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  readonly code: WorkbookErrorCode;
  readonly hint: string;

  constructor(code: WorkbookErrorCode, options: { message?: string; hint?: string; cause?: unknown } = {}) {
    super(options.message ?? messages[code], { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? hints[code];
  }
}

/** The DOMException name, if any, of an error or of the cause it wraps. */
function errorName(error: unknown): string | undefined {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/** Turns anything a write threw into a `WorkbookError` with the right code. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new WorkbookError('quota', { cause: error });
    case 'InvalidStateError':
      return new WorkbookError('closed', { cause: error });
    case 'VersionError':
      return new WorkbookError('version', { cause: error });
    case 'SecurityError':
    case 'NotAllowedError':
      return new WorkbookError('unavailable', { cause: error });
    case 'DataCloneError':
    case 'DataError':
      return new WorkbookError('invalid', { cause: error });
    default:
      return new WorkbookError('write-failed', { cause: error });
  }
}
