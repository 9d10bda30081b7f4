/**
 * Small hooks the workbook pages share: the save status for the polite live region (announced
 * without interrupting), and reloading when a link changes the fragment.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Autosave, Workbook } from '../../lib/storage';

/**
 * Follows an autosave and turns its status into words ("Saving…", "Saved"). When the workbook lives
 * in memory, "saved" is only in this tab, and it says so (the page's banner explains why).
 */
export function useSaveStatus(autosave: Autosave<unknown> | undefined, workbook?: Workbook): string {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!autosave) return undefined;
    return autosave.subscribe((status) => {
      if (status.state === 'saving') setText('Saving…');
      else if (status.state === 'saved')
        setText(
          workbook?.backend === 'memory'
            ? 'All changes kept in this tab only. Back them up before you close it.'
            : 'All changes saved on this device.',
        );
      else if (status.state === 'error') setText(`${status.error.message} ${status.error.hint}`);
    });
  }, [autosave, workbook]);
  return text;
}

/**
 * Reloads the page when its fragment changes (a partner's link opened in a tab that already shows
 * this page is only a fragment change, so the island would otherwise not notice). Our own
 * `history.replaceState` calls do not fire `hashchange`.
 */
export function useReloadOnHashChange(): void {
  useEffect(() => {
    const reload = () => location.reload();
    addEventListener('hashchange', reload);
    return () => removeEventListener('hashchange', reload);
  }, []);
}
