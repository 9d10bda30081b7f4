/**
 * The Your data page's island: opens the workbook, reads what the page shows, and wires each
 * panel (status, damaged records, back up, restore, delete) to src/lib. It holds view state
 * only; after every change it reads the workbook again.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Partnership, QuarantineRecord } from '../../lib/schemas';
import type { TrashEntry } from '../../lib/schemas/trash';
import { getStorageStatus, requestPersistence, type StorageStatus, type Workbook } from '../../lib/storage';
import { clearWorkbook, deletePartnership, ownedCounts } from '../../lib/data/delete';
import { explainError, type Explained } from '../../lib/data/explain';
import { chooseNotice, storageFull } from '../../lib/data/reminder';
import {
  countRecords,
  partnershipLabel,
  type OwnedCounts,
  type WorkbookCounts,
} from '../../lib/data/summary';
import { BackupPanel, type BackupRequest } from './BackupPanel';
import { DeletePanel } from './DeletePanel';
import { downloadText } from './download';
import { getPageWorkbook } from './page-workbook';
import { lazy } from '../shared/lazy';
import { RestorePanel, type ReadResult } from './RestorePanel';
import { StatusPanel } from './StatusPanel';

// Shown only when records were set aside, which is rare: its code loads then.
const QuarantinePanel = lazy(() => import('./QuarantinePanel').then((m) => m.default));

interface View {
  status: StorageStatus;
  counts: WorkbookCounts;
  partnerships: Partnership[];
  /** What deleting each partnership would take, by id. */
  owned: Record<string, OwnedCounts>;
  trash: TrashEntry[];
  quarantine: QuarantineRecord[];
}

type Opened =
  | { kind: 'loading' }
  | { kind: 'failed'; problem: Explained }
  | { kind: 'open'; workbook: Workbook; fallback?: Explained };

/** The backup code (encryption included) loads when first used, keeping the page's first visit light. */
const loadTransfer = () => import('../../lib/transfer');
/** So is the storage warning: most visits have nothing to warn about. */
const LazyStorageNotice = lazy(() => import('../shared/StorageNotice').then((m) => m.StorageNotice), {
  loading: 'none',
});
const noCounts: WorkbookCounts = { partnerships: 0, meetings: 0, actions: 0, goals: 0 };

async function readView(workbook: Workbook): Promise<View> {
  const snapshot = await workbook.snapshot();
  const partnerships = [...snapshot.partnerships].sort((a, b) =>
    partnershipLabel(a).localeCompare(partnershipLabel(b), 'en-GB'),
  );
  return {
    status: await getStorageStatus(workbook),
    counts: countRecords(snapshot),
    partnerships,
    owned: Object.fromEntries(partnerships.map((p) => [p.id, ownedCounts(snapshot, p.id)])),
    trash: await workbook.trash.list(),
    quarantine: await workbook.quarantine.list(),
  };
}

export default function DataPage() {
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  const [view, setView] = useState<View | undefined>();
  const [problem, setProblem] = useState<Explained | undefined>();

  useEffect(() => {
    let off = () => undefined as void;
    getPageWorkbook().then(
      ({ workbook, fallback }) => {
        setOpened({ kind: 'open', workbook, ...(fallback ? { fallback: explainError(fallback) } : {}) });
        const refresh = () =>
          readView(workbook).then(setView, (error: unknown) => setProblem(explainError(error)));
        const offChange = workbook.on('change', () => void refresh());
        // The disk filled up part-way through: the workbook now lives in this tab's memory.
        const offFull = workbook.on('storage-full', () => {
          setOpened({ kind: 'open', workbook, fallback: storageFull });
          void refresh();
        });
        off = () => {
          offChange();
          offFull();
        };
        void refresh();
      },
      (error: unknown) => setOpened({ kind: 'failed', problem: explainError(error) }),
    );
    return () => off();
  }, []);

  const onError = useCallback((error: unknown) => setProblem(explainError(error)), []);
  // After a change made here, read again before saying it is done, so the counts and the
  // message arrive together (the change event would also refresh, a moment later).
  const reread = async (workbook: Workbook) => setView(await readView(workbook));

  if (opened.kind === 'loading' || (opened.kind === 'open' && view === undefined && problem === undefined)) {
    return <p role="status">Reading what is stored on this device…</p>;
  }
  if (opened.kind === 'failed') {
    return (
      <div role="alert" class="data-error-box">
        <p>
          <strong>{opened.problem.message}</strong>
        </p>
        <p>{opened.problem.hint}</p>
      </div>
    );
  }
  const { workbook, fallback } = opened;

  const backup = async (request: BackupRequest) => {
    setProblem(undefined);
    const { exportBackup } = await loadTransfer();
    const file = await exportBackup(workbook, request);
    downloadText(file.fileName, file.text);
    await reread(workbook);
    return file;
  };

  const read = async (file: File, passphrase?: string): Promise<ReadResult> => {
    setProblem(undefined);
    // The preview's words load with the backup code: only someone restoring needs either.
    const [{ applyBackup, previewImport, readBackup }, words] = await Promise.all([
      loadTransfer(),
      import('../../lib/data/restore-preview'),
    ]);
    const result = await readBackup(file, passphrase);
    if (result.status === 'needs-passphrase') return result;
    const preview = await previewImport(workbook, result.backup);
    return {
      status: 'ready',
      preview: {
        file: words.describeFile(preview),
        change: {
          merge: words.describeChange(preview, 'merge', view?.counts ?? noCounts),
          replace: words.describeChange(preview, 'replace', view?.counts ?? noCounts),
        },
      },
      apply: async (mode) => {
        await applyBackup(workbook, result.backup, mode);
        await reread(workbook);
      },
    };
  };

  /** Runs a change made on this page, then reads the workbook again before saying it is done. */
  const change = (work: () => Promise<unknown>) => async () => {
    setProblem(undefined);
    await work();
    await reread(workbook);
  };
  const trash = {
    onDelete: (id: string) => change(() => deletePartnership(workbook, id))(),
    onUndo: (id: string) => change(() => workbook.trash.undo(id))(),
    onPurge: (id: string) => change(() => workbook.trash.purge(id))(),
    onClear: change(() => clearWorkbook(workbook, [() => localStorage, () => sessionStorage])),
  };

  const notice = view
    ? chooseNotice({
        backend: workbook.backend,
        ...(fallback ? { fallback } : {}),
        remindBackup: view.status.remindBackup,
        ...(view.status.lastBackupAt !== undefined ? { lastBackupAt: view.status.lastBackupAt } : {}),
        userAgent: navigator.userAgent,
        dismissed: false,
      })
    : ({ kind: 'none' } as const);

  return (
    <div class="data-page">
      {notice.kind !== 'none' && <LazyStorageNotice notice={notice} />}
      {problem && (
        <div role="alert" class="data-error-box">
          <p>
            <strong>{problem.message}</strong>
          </p>
          <p>{problem.hint}</p>
        </div>
      )}
      {view && (
        <>
          <StatusPanel
            status={view.status}
            counts={view.counts}
            onPersist={() => requestPersistence(workbook)}
          />
          {view.quarantine.length > 0 && <QuarantinePanel records={view.quarantine} />}
          <BackupPanel partnerships={view.partnerships} onBackup={backup} onError={onError} />
          <RestorePanel read={read} />
          <DeletePanel
            partnerships={view.partnerships}
            owned={view.owned}
            trash={view.trash}
            days={workbook.trash.days}
            {...trash}
            onError={onError}
          />
        </>
      )}
    </div>
  );
}
