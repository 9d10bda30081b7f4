/**
 * The Your data page's island: reads what the page shows through the session layer's workbook view,
 * and wires each panel (status, damaged records, back up, restore, delete) to src/lib. Every change
 * runs through the view, which reads the workbook again before the change reports done.
 */
import { useCallback, useState } from 'preact/hooks';
import type { Partnership, QuarantineRecord } from '../../lib/schemas';
import type { TrashEntry } from '../../lib/schemas/trash';
import { getStorageStatus, requestPersistence, type StorageStatus, type Workbook } from '../../lib/storage';
import { clearWorkbook, deletePartnership, ownedCounts } from '../../lib/data/delete';
import { explainError, type Explained } from '../../lib/data/explain';
import { chooseNotice } from '../../lib/data/reminder';
import {
  countRecords,
  partnershipLabel,
  type OwnedCounts,
  type WorkbookCounts,
} from '../../lib/data/summary';
import { BackupPanel, type BackupRequest } from './BackupPanel';
import { DeletePanel } from './DeletePanel';
import { downloadText } from './download';
import { lazy } from '../shared/lazy';
import { useWorkbookView } from '../shared/use-workbook-view';
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

/** The backup code (encryption included) loads when first used, keeping the page's first visit light. */
const loadTransfer = () => import('../../lib/transfer');
/** So is the storage warning: most visits have nothing to warn about. */
const LazyStorageNotice = lazy(() => import('../shared/StorageNotice').then((m) => m.StorageNotice), {
  loading: 'none',
});

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
  const { view: session, state } = useWorkbookView(readView);
  const [problem, setProblem] = useState<Explained | undefined>();
  const onError = useCallback((error: unknown) => setProblem(explainError(error)), []);

  if (state.status === 'loading') return <p role="status">Reading what is stored on this device…</p>;
  if (state.status === 'error' || !session) {
    const shown = state.status === 'error' ? state.problem : undefined;
    return shown ? (
      <div role="alert" class="data-error-box">
        <p>
          <strong>{shown.message}</strong>
        </p>
        <p>{shown.hint}</p>
      </div>
    ) : (
      <p role="status">Reading what is stored on this device…</p>
    );
  }
  const { workbook, fallback, data: view } = state;

  /** Runs a change made on this page; the page shows its result before it says it is done. */
  const change = <R,>(work: () => Promise<R>) => {
    setProblem(undefined);
    return session.run(work);
  };

  const backup = (request: BackupRequest) =>
    change(async () => {
      const { exportBackup } = await loadTransfer();
      const file = await exportBackup(workbook, request);
      downloadText(file.fileName, file.text);
      return file;
    });

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
          merge: words.describeChange(preview, 'merge', view.counts),
          replace: words.describeChange(preview, 'replace', view.counts),
        },
      },
      apply: (mode) => change(() => applyBackup(workbook, result.backup, mode)),
    };
  };

  const trash = {
    onDelete: (id: string) => change(async () => void (await deletePartnership(workbook, id))),
    onUndo: (id: string) => change(() => workbook.trash.undo(id)),
    onPurge: (id: string) => change(() => workbook.trash.purge(id)),
    onClear: () => change(() => clearWorkbook(workbook, [() => localStorage, () => sessionStorage])),
  };

  const notice = chooseNotice({
    backend: workbook.backend,
    ...(fallback ? { fallback } : {}),
    remindBackup: view.status.remindBackup,
    ...(view.status.lastBackupAt !== undefined ? { lastBackupAt: view.status.lastBackupAt } : {}),
    userAgent: navigator.userAgent,
    dismissed: false,
  });

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
      <StatusPanel status={view.status} counts={view.counts} onPersist={() => requestPersistence(workbook)} />
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
    </div>
  );
}
