import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkbookView, type WorkbookViewState } from '../../../src/lib/session/workbook-view';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import { partnership } from '../support/records';

const dbName = useFreshIndexedDB();
let closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.reverse()) await close();
  closing = [];
});

async function open(name: string) {
  const opened = await openWorkbook({ name });
  closing.push(() => opened.workbook.close());
  return opened;
}

const titles = async (workbook: Workbook) =>
  (await workbook.partnerships.list()).map((p) => p.title ?? '').sort();

function ready<T>(state: WorkbookViewState<T>): T {
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
  return state.data;
}

describe('a whole-workbook view', () => {
  it('reads what the page shows, and runs a change so its result is shown when it resolves', async () => {
    const name = dbName();
    const opened = await open(name);
    await opened.workbook.partnerships.create(partnership({ title: 'Sam and Priya' }));
    const view = openWorkbookView(opened, titles);
    closing.push(() => view.close());
    await vi.waitFor(() => expect(ready(view.state.get())).toEqual(['Sam and Priya']));

    const made = await view.run((workbook) =>
      workbook.partnerships.create(partnership({ title: 'Dev and Tom' })),
    );
    expect(made.title).toBe('Dev and Tom');
    expect(ready(view.state.get())).toEqual(['Dev and Tom', 'Sam and Priya']);
  });

  it('follows a change saved in another tab', async () => {
    const name = dbName();
    const view = openWorkbookView(await open(name), titles);
    closing.push(() => view.close());
    await vi.waitFor(() => expect(ready(view.state.get())).toEqual([]));

    const other = await open(name);
    await other.workbook.partnerships.create(partnership({ title: 'From the other tab' }));
    await vi.waitFor(() => expect(ready(view.state.get())).toEqual(['From the other tab']));
  });

  it('explains a read that fails, and a change that fails leaves the view as it was', async () => {
    const opened = await open(dbName());
    const failing = openWorkbookView(opened, () => Promise.reject(new Error('disk on fire')));
    closing.push(() => failing.close());
    await vi.waitFor(() => expect(failing.state.get().status).toBe('error'));
    const state = failing.state.get();
    expect(state.status === 'error' && state.problem.message.length).toBeGreaterThan(0);

    const view = openWorkbookView(opened, titles);
    closing.push(() => view.close());
    await vi.waitFor(() => expect(ready(view.state.get())).toEqual([]));
    await expect(view.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(ready(view.state.get())).toEqual([]);
  });

  it('says why when the workbook is kept in memory', async () => {
    const opened = await open(dbName());
    const view = openWorkbookView({ ...opened, fallback: new Error('IndexedDB is off') as never }, titles);
    closing.push(() => view.close());
    await vi.waitFor(() => expect(view.state.get().status).toBe('ready'));
    const state = view.state.get();
    expect(state.status === 'ready' && state.fallback?.hint.length).toBeGreaterThan(0);
  });
});
