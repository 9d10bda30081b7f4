/**
 * Which notice the workbook pages show about keeping data safe: storage is unavailable (work
 * lives only in this tab), a backup is due, or nothing. Also whether the browser is Safari,
 * which deletes a site's data after seven days without a visit.
 */

export type DataNotice =
  | { kind: 'none' }
  | { kind: 'unavailable'; message: string; hint: string }
  | { kind: 'backup-due'; lastBackupAt?: string; safari: boolean };

export interface NoticeInput {
  backend: 'indexeddb' | 'memory';
  /** The storage layer's message and hint when it fell back to memory. */
  fallback?: { message: string; hint: string };
  remindBackup: boolean;
  lastBackupAt?: string;
  /** The page's user agent, to add the Safari sentence. */
  userAgent: string;
  /** The person closed the reminder in this tab. */
  dismissed: boolean;
}

/**
 * What the storage warning says once the disk has filled up part-way through (the `storage-full`
 * event): what was saved before is still there, what comes after lives only in this tab.
 */
export const storageFull = {
  message:
    'This device has run out of storage space, so your latest changes are not being saved in this browser. What was saved before is still here.',
  hint: 'Download a backup now. Then free some space on this device, reload, and restore the backup on the Your data page (choose “merge”) to keep your latest changes.',
} as const;

/** The one notice to show: unavailable storage always wins, and cannot be dismissed. */
export function chooseNotice(input: NoticeInput): DataNotice {
  if (input.backend === 'memory') {
    return {
      kind: 'unavailable',
      message: input.fallback?.message ?? 'This browser is not letting the workbook store anything.',
      hint: input.fallback?.hint ?? 'Back up before you close this tab.',
    };
  }
  if (!input.remindBackup || input.dismissed) return { kind: 'none' };
  return {
    kind: 'backup-due',
    ...(input.lastBackupAt !== undefined ? { lastBackupAt: input.lastBackupAt } : {}),
    safari: isSafari(input.userAgent),
  };
}

/**
 * Safari on a Mac, and every browser on iPhone and iPad (they all use Safari's engine and its
 * seven-day rule). Chrome, Edge and Firefox on other systems say "Safari" too, so they are
 * excluded by name.
 */
export function isSafari(userAgent: string): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  return /Safari\//.test(userAgent) && !/Chrome\/|Chromium\/|Edg\/|Firefox\/|Android/.test(userAgent);
}
