/**
 * The session layer for the pages about the whole workbook rather than one partnership (the workbook's
 * front page, Your data). The page says what it reads; this reads it once, reads again whenever this
 * tab or another changes the workbook, and runs the page's own changes so that what they changed is on
 * screen before they report done. Errors are explained once, through `explainError`.
 */
import { explainError, type Explained } from '../data/explain';
import { storageFull } from '../data/reminder';
import type { OpenedWorkbook, Workbook } from '../storage';
import { createStore, type ReadableStore } from './store';

export type WorkbookViewState<T> =
  | { status: 'loading' }
  | { status: 'error'; problem: Explained }
  | {
      status: 'ready';
      data: T;
      workbook: Workbook;
      /** Why the workbook is kept in this tab's memory rather than on the device, when it is. */
      fallback?: Explained;
    };

export interface WorkbookView<T> {
  state: ReadableStore<WorkbookViewState<T>>;
  /** Runs a change, reads the workbook again, and resolves once the page shows the result. */
  run<R>(work: (workbook: Workbook) => Promise<R>): Promise<R>;
  close(): void;
}

export function openWorkbookView<T>(
  opened: OpenedWorkbook,
  read: (workbook: Workbook) => Promise<T>,
): WorkbookView<T> {
  const { workbook } = opened;
  const state = createStore<WorkbookViewState<T>>({ status: 'loading' });
  let fallback: Explained | undefined = opened.fallback ? explainError(opened.fallback) : undefined;
  // Reads can overlap (a change event during a read); only the latest one is shown.
  let latest = 0;

  const refresh = async () => {
    const mine = ++latest;
    try {
      const data = await read(workbook);
      if (mine === latest) state.set({ status: 'ready', data, workbook, ...(fallback ? { fallback } : {}) });
    } catch (error) {
      if (mine === latest) state.set({ status: 'error', problem: explainError(error) });
    }
  };

  const offs = [
    workbook.on('change', () => void refresh()),
    // The disk filled up part-way through: the workbook now lives in this tab's memory.
    workbook.on('storage-full', () => {
      fallback = storageFull;
      void refresh();
    }),
  ];
  void refresh();

  return {
    state,
    async run(work) {
      const result = await work(workbook);
      await refresh();
      return result;
    },
    close: () => offs.forEach((off) => off()),
  };
}
