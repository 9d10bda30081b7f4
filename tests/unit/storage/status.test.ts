import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getStorageStatus,
  openWorkbook,
  requestPersistence,
  shouldRemindBackup,
} from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';

const dbName = useFreshIndexedDB();
afterEach(() => {
  vi.unstubAllGlobals();
});

const now = new Date('2026-03-01T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('shouldRemindBackup', () => {
  it.each([
    [
      'nothing changed, long ago',
      { changesSinceBackup: 0, lastBackupAt: daysAgo(100), createdAt: daysAgo(200) },
      false,
    ],
    ['nothing changed, never backed up', { changesSinceBackup: 0, createdAt: daysAgo(200) }, false],
    [
      'a few changes, backup yesterday',
      { changesSinceBackup: 3, lastBackupAt: daysAgo(1), createdAt: daysAgo(30) },
      false,
    ],
    [
      '19 changes, recent backup',
      { changesSinceBackup: 19, lastBackupAt: daysAgo(1), createdAt: daysAgo(30) },
      false,
    ],
    [
      '20 changes, recent backup',
      { changesSinceBackup: 20, lastBackupAt: daysAgo(1), createdAt: daysAgo(30) },
      true,
    ],
    [
      'one change, backup 13 days ago',
      { changesSinceBackup: 1, lastBackupAt: daysAgo(13), createdAt: daysAgo(30) },
      false,
    ],
    [
      'one change, backup 14 days ago',
      { changesSinceBackup: 1, lastBackupAt: daysAgo(14), createdAt: daysAgo(30) },
      true,
    ],
    ['never backed up, started 3 days ago', { changesSinceBackup: 5, createdAt: daysAgo(3) }, false],
    ['never backed up, started 15 days ago', { changesSinceBackup: 5, createdAt: daysAgo(15) }, true],
  ])('%s', (_name, meta, expected) => {
    expect(shouldRemindBackup(meta, now)).toBe(expected);
  });
});

describe('storage status', () => {
  it('asks for persistence, stores the answer and reports the estimate', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      storage: {
        persist,
        persisted: () => Promise.resolve(false),
        estimate: () => Promise.resolve({ usage: 1234, quota: 99999 }),
      },
    });
    const { workbook } = await openWorkbook({ name: dbName() });
    expect(await requestPersistence(workbook)).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect((await workbook.meta.get()).persisted).toBe(true);
    const status = await getStorageStatus(workbook, now);
    expect(status).toMatchObject({ backend: 'indexeddb', usage: 1234, quota: 99999, changesSinceBackup: 0 });
    workbook.close();
  });

  it('does not ask for persistence for a memory workbook, and says where data lives', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persist } });
    const { workbook } = await openWorkbook({ memory: true });
    expect(await requestPersistence(workbook)).toBeUndefined();
    expect(persist).not.toHaveBeenCalled();
    expect((await getStorageStatus(workbook, now)).backend).toBe('memory');
    workbook.close();
  });
});
