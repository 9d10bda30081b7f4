/**
 * Wires a whole-workbook view (src/lib/session/workbook-view.ts) to a page: one view per island,
 * over the page's one workbook, kept current and closed when the island goes.
 */
import { useEffect, useState } from 'preact/hooks';
import { explainError } from '../../lib/data/explain';
import type { Workbook } from '../../lib/storage';
import { openWorkbookView, type WorkbookView, type WorkbookViewState } from '../../lib/session/workbook-view';
import { getWorkbook } from './workbook-client';
import { useStore } from './use-store';

/** `read` says what the page shows; give a stable function (module level), as it is read once. */
export function useWorkbookView<T>(read: (workbook: Workbook) => Promise<T>): {
  view: WorkbookView<T> | undefined;
  state: WorkbookViewState<T>;
} {
  const [view, setView] = useState<WorkbookView<T> | undefined>();
  const [failed, setFailed] = useState<WorkbookViewState<T> | undefined>();
  useEffect(() => {
    let opened: WorkbookView<T> | undefined;
    let live = true;
    getWorkbook().then(
      (workbook) => {
        if (!live) return;
        opened = openWorkbookView(workbook, read);
        setView(opened);
      },
      (error: unknown) => live && setFailed({ status: 'error', problem: explainError(error) }),
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, [read]);
  const state = useStore<WorkbookViewState<T>>(view?.state, failed ?? { status: 'loading' });
  return { view, state };
}
