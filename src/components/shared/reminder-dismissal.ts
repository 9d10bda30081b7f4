/**
 * "Not now" on the backup reminder lasts until the tab closes (sessionStorage). Shared by the small
 * BackupReminder island, which skips loading the notice when it was put off, and the notice itself.
 */
const DISMISS_KEY = 'mentoring-backup-reminder-dismissed';

/** Whether the person put the reminder off in this tab. */
export function wasDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISS_KEY) === '1';
  } catch {
    return false; // storage refused: show the reminder again
  }
}

/** Puts the reminder off until the tab closes. */
export function dismissReminder(): void {
  try {
    sessionStorage.setItem(DISMISS_KEY, '1');
  } catch {
    // Not remembered; it is hidden for now all the same.
  }
}
