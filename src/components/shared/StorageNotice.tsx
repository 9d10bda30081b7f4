/**
 * The two notices about keeping work safe, shared by the workbook pages' small backup-reminder
 * island and the Your data page: storage is unavailable (work lives only in this tab), or a
 * backup is due (with one sentence for Safari's seven-day rule).
 */
import type { DataNotice } from '../../lib/data/reminder';
import { formatInstant } from '../../lib/dates';

interface Props {
  notice: DataNotice;
  /** Where "Your data" is, for the link; absent on that page itself. */
  dataHref?: string;
  /** Makes and downloads a backup of this tab's workbook (offered when storage is unavailable). */
  onBackup?: () => void;
  onDismiss?: () => void;
  /** What happened after the last backup attempt, read out politely. */
  status?: string;
  /**
   * The disk filled up on this page: what is typed now lives only until the page is left. (Where the
   * browser refuses storage from the start, a copy follows the person from page to page in the tab.)
   */
  full?: boolean;
}

export function StorageNotice({ notice, dataHref, onBackup, onDismiss, status, full }: Props) {
  if (notice.kind === 'none') return null;
  if (notice.kind === 'unavailable') {
    // What to do comes first, in one line with its button; the why waits behind a summary, so the notice
    // stays small and the page's own first control stays on a phone's first screen.
    return (
      <section class="storage-notice storage-notice-warning" aria-labelledby="storage-notice-heading">
        <h2 id="storage-notice-heading">This browser is not saving your work</h2>
        <p>{full ? 'What you type now is kept on this page only.' : 'Only this tab keeps your work.'}</p>
        <div class="storage-notice-actions">
          {onBackup && (
            <button type="button" onClick={onBackup}>
              Download a backup now
            </button>
          )}
          <details>
            <summary>Why?</summary>
            <p>
              {notice.message}{' '}
              {full
                ? 'The workbook still works, but only on this page: what you type now will be lost when you leave or reload it, unless you make a backup.'
                : 'The workbook still works, but only in this tab: it keeps your work from page to page while the tab is open, and everything will be lost when you close the tab, unless you make a backup.'}
            </p>
            <p>{notice.hint}</p>
          </details>
        </div>
        <p role="status">{status}</p>
      </section>
    );
  }
  return (
    <section class="storage-notice" aria-labelledby="storage-notice-heading">
      <p>
        <strong id="storage-notice-heading">Time for a backup.</strong>{' '}
        {notice.lastBackupAt === undefined
          ? 'You have not made a backup of your workbook yet.'
          : `Your last backup was on ${formatInstant(notice.lastBackupAt)}, and you have changed things since.`}
        {notice.safari &&
          ' Safari deletes a site’s data after seven days without a visit, so add this site to your Home Screen and make regular backups.'}
      </p>
      <p class="storage-notice-actions">
        {dataHref && <a href={dataHref}>Make a backup on the Your data page</a>}
        {onDismiss && (
          <button type="button" class="secondary" onClick={onDismiss}>
            Not now
          </button>
        )}
      </p>
    </section>
  );
}
