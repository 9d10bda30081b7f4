/**
 * A tiny island for every workbook page. On most visits there is nothing to say, so it only checks,
 * as the page opens, whether the workbook lives in memory or a backup is due, and listens for the
 * disk filling up. Only then does it load the notice, which keeps the notice's code out of a page's
 * first load. The notice's styles come with this file, so they are in the page.
 * Written with `h` rather than JSX, to keep even the JSX runtime out of this island.
 */
import { h, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shouldRemindBackup } from '../../lib/storage/status';
import { wasDismissed } from './reminder-dismissal';
import { getWorkbook } from './workbook-client';
import type { NoticeProps } from './ReminderNotice';
import '../../styles/storage-notice.css';

interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for the link to Your data. */
  base: string;
}

export default function BackupReminder({ base }: Props) {
  const [notice, setNotice] = useState<FunctionComponent<NoticeProps>>();
  // The disk filled up part-way through: the event comes once, so it is kept here for the notice.
  const [full, setFull] = useState(false);
  useEffect(() => {
    let stopped = false;
    const offs: (() => void)[] = [];
    // The service worker caches the notice with the page, so this loads offline too.
    let loading = false;
    const load = () => {
      if (loading || stopped) return;
      loading = true;
      void import('./ReminderNotice').then((m) => setNotice(() => m.default));
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
  return notice ? h(notice, { base, full }) : null;
}
