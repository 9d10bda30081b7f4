/**
 * A tiny island for every workbook page. On most visits there is nothing to say, so it only checks,
 * as the page opens, whether the workbook lives in memory or a backup is due, and listens for the
 * disk filling up. Only then does it load the notice, which keeps the notice's code out of a page's
 * first load. The notice's styles come with this file, so they are in the page.
 * Written with `h` rather than JSX, to keep even the JSX runtime out of this island.
 */
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shouldRemindBackup } from '../../lib/storage/status';
import { lazy } from './lazy';
import { wasDismissed } from './reminder-dismissal';
import { getWorkbook } from './workbook-client';
import '../../styles/storage-notice.css';

// The service worker caches the notice with the page, so this loads offline too.
const Notice = lazy(() => import('./ReminderNotice').then((m) => m.default), { loading: 'none' });

interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for the link to Your data. */
  base: string;
}

export default function BackupReminder({ base }: Props) {
  const [shown, setShown] = useState(false);
  // The disk filled up part-way through: the event comes once, so it is kept here for the notice.
  const [full, setFull] = useState(false);
  useEffect(() => {
    let stopped = false;
    const offs: (() => void)[] = [];
    const load = () => {
      if (!stopped) setShown(true);
    };
    void getWorkbook()
      .then(async ({ workbook }) => {
        offs.push(
          workbook.on('storage-full', () => {
            setFull(true);
            load();
          }),
        );
        if (workbook.backend === 'memory') return load();
        // A backup falling due is checked when a page opens, not after each save: a banner that
        // appeared mid-sentence would push the form down while someone types.
        if (!wasDismissed() && shouldRemindBackup(await workbook.meta.get())) load();
      })
      .catch(() => undefined); // the page's own island reports storage errors
    return () => {
      stopped = true;
      offs.forEach((off) => off());
    };
  }, []);
  return shown ? h(Notice, { base, full }) : null;
}
