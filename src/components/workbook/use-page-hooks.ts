/**
 * Small hooks the workbook pages share: the save status for the polite live region (announced
 * without interrupting), and reloading when a link changes the fragment.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Autosave } from '../../lib/storage';

/** Follows an autosave and turns its status into words ("Saving…", "Saved"). */
export function useSaveStatus(autosave: Autosave<unknown> | undefined): string {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!autosave) return undefined;
    return autosave.subscribe((status) => {
      if (status.state === 'saving') setText('Saving…');
      else if (status.state === 'saved') setText('All changes saved on this device.');
      else if (status.state === 'error') setText(`${status.error.message} ${status.error.hint}`);
    });
  }, [autosave]);
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
