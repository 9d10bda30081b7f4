import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartnership } from '../../../src/lib/session/create-partnership';
import { openWorkbook } from '../../../src/lib/storage';
import { readTabCopy, writeTabCopy } from '../../../src/lib/storage/tab-copy';
import { meeting } from '../support/records';

/** sessionStorage as a tab has it: it outlives each page, not the tab. */
class TabStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

const g = globalThis as { indexedDB?: unknown; sessionStorage?: unknown };
let saved: { indexedDB?: unknown; sessionStorage?: unknown };
beforeEach(() => {
  saved = { indexedDB: g.indexedDB, sessionStorage: g.sessionStorage };
  g.indexedDB = undefined; // as in a browser that refuses IndexedDB
  g.sessionStorage = new TabStorage();
});
afterEach(() => {
  g.indexedDB = saved.indexedDB;
  g.sessionStorage = saved.sessionStorage;
});

describe('memory mode across pages of one tab', () => {
  it('keeps what one page wrote for the next page in the tab, and a backup holds it', async () => {
    // First page: the home page starts a partnership.
    const home = await openWorkbook();
    expect(home.fallback?.code).toBe('unavailable');
    const pair = await createPartnership(
      home.workbook,
      { answerMode: 'one-device', thisDevice: 'both' },
      { id: 'default', version: 1 },
    );
    home.workbook.close(); // the page is left

    // Next page: the meeting log records a meeting.
    const log = await openWorkbook();
    expect(log.workbook.backend).toBe('memory');
    expect((await log.workbook.partnerships.get(pair.id))?.id).toBe(pair.id);
    expect(await log.workbook.rounds.listByPartnership(pair.id)).toHaveLength(1);
    await log.workbook.meetings.create(meeting(pair.id, { notes: 'Our first meeting' }));
    log.workbook.close();

    // A third page makes a backup: it holds everything.
    const data = await openWorkbook();
    const snapshot = await data.workbook.snapshot();
    expect(snapshot.partnerships.map((p) => p.id)).toEqual([pair.id]);
    expect(snapshot.meetings.map((m) => m.notes)).toEqual(['Our first meeting']);
  });

  it('starts empty in a new tab (a new sessionStorage)', async () => {
    const first = await openWorkbook();
    await createPartnership(
      first.workbook,
      { answerMode: 'one-device', thisDevice: 'both' },
      { id: 'default', version: 1 },
    );
    g.sessionStorage = new TabStorage();
    const other = await openWorkbook();
    expect(await other.workbook.partnerships.list()).toEqual([]);
  });

  it('is not used when memory is chosen on purpose', async () => {
    const first = await openWorkbook({ memory: true });
    await createPartnership(
      first.workbook,
      { answerMode: 'one-device', thisDevice: 'both' },
      { id: 'default', version: 1 },
    );
    expect(readTabCopy()).toBeUndefined();
  });
});

describe('readTabCopy', () => {
  it('ignores what is not a copy of the workbook', () => {
    const storage = new TabStorage();
    storage.setItem('mentoring-workbook:tab-copy', '{not json');
    expect(readTabCopy(storage)).toBeUndefined();
    storage.setItem(
      'mentoring-workbook:tab-copy',
      JSON.stringify({ meetings: [{ key: 1 }, { key: 'm1', value: {} }], nope: [] }),
    );
    expect(readTabCopy(storage)).toEqual({ meetings: [{ key: 'm1', value: {} }] });
  });
});

describe('writeTabCopy', () => {
  it('says when the browser refuses to keep the copy', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeTabCopy({}, full)).toBe(false);
  });
});
