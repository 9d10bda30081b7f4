/**
 * A tiny island for every workbook page: it loads the backup notice after the page's own islands
 * (the notice needs the workbook, which they open anyway), so the reminder adds almost nothing
 * to a page's first load. The notice's styles come with this file, so they are in the page.
 * Written with `h` rather than JSX, to keep even the JSX runtime out of this island.
 */
import { h, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../styles/storage-notice.css';

interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for the link to Your data. */
  base: string;
}

export default function BackupReminder({ base }: Props) {
  const [notice, setNotice] = useState<FunctionComponent<Props>>();
  useEffect(() => {
    // The service worker caches the notice with the page, so this loads offline too.
    void import('./ReminderNotice').then((m) => setNotice(() => m.default));
  }, []);
  return notice ? h(notice, { base }) : null;
}
