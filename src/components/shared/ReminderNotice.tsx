/**
 * The backup notice of every workbook page (loaded by the BackupReminder island): a quiet "time
 * for a backup" notice when the reminder rule says so, and a clear warning, with a backup
 * button, when the browser will not store anything. The backup code loads only when pressed.
 */
import { useEffect, useState } from 'preact/hooks';
import { getStorageStatus } from '../../lib/storage';
import { chooseNotice, storageFull, type DataNotice } from '../../lib/data/reminder';
import { explainError } from '../../lib/data/explain';
import { getWorkbook as getPageWorkbook } from './workbook-client';
import { downloadText } from '../data/download';
import { dismissReminder, wasDismissed } from './reminder-dismissal';
import type { StorageNotice as StorageNoticeView } from './StorageNotice';

export interface NoticeProps {
  /** The site's base path (import.meta.env.BASE_URL), for the link to Your data. */
  base: string;
  /** The disk filled up part-way through, and the workbook moved to memory. */
  full: boolean;
}

/** The notice, reading the page's shared workbook. */
export default function BackupReminderNotice({ base, full }: NoticeProps) {
  const [notice, setNotice] = useState<DataNotice>({ kind: 'none' });
  const [status, setStatus] = useState('');
  // The notice's markup loads only when there is something to say, which on most visits there is
  // not: that keeps it out of every workbook page's first download.
  const [View, setView] = useState<typeof StorageNoticeView>();
  const hasNotice = notice.kind !== 'none';
  useEffect(() => {
    if (hasNotice && !View) void import('./StorageNotice').then((m) => setView(() => m.StorageNotice));
  }, [hasNotice, View]);

  useEffect(() => {
    let off = () => undefined as void;
    let stopped = false;
    void getPageWorkbook()
      .then(async ({ workbook, fallback }) => {
        const update = async () => {
          const s = await getStorageStatus(workbook);
          if (stopped) return;
          const why = full ? storageFull : fallback;
          setNotice(
            chooseNotice({
              backend: s.backend,
              ...(why ? { fallback: why } : {}),
              remindBackup: s.remindBackup,
              ...(s.lastBackupAt !== undefined ? { lastBackupAt: s.lastBackupAt } : {}),
              userAgent: navigator.userAgent,
              dismissed: wasDismissed(),
            }),
          );
        };
        off = workbook.on('change', () => void update().catch(() => undefined));
        await update();
      })
      .catch(() => undefined); // the page's own island reports storage errors
    return () => {
      stopped = true;
      off();
    };
  }, [full]);

  const dismiss = () => {
    dismissReminder();
    setNotice({ kind: 'none' });
  };

  const backup = async () => {
    setStatus('Making your backup…');
    try {
      const { workbook } = await getPageWorkbook();
      const { exportBackup } = await import('../../lib/transfer');
      const file = await exportBackup(workbook);
      downloadText(file.fileName, file.text);
      setStatus(`Saved as ${file.fileName}. Keep the file: restore it on the Your data page later.`);
    } catch (error) {
      const e = explainError(error);
      setStatus(`${e.message} ${e.hint}`);
    }
  };

  if (!hasNotice || !View) return null;
  return (
    <View
      notice={notice}
      // `base` is Astro's BASE_URL, which always ends with a slash.
      dataHref={`${base}workbook/data/`}
      onBackup={() => void backup()}
      onDismiss={dismiss}
      status={status}
      full={full}
    />
  );
}
