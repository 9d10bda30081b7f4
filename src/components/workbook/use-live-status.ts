/**
 * The text of the page's polite live region: progress and save status, announced to screen readers
 * without interrupting. One short message at a time.
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
