import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openWorkbook, type Workbook, type WorkbookEvent } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';

const dbName = useFreshIndexedDB();
const open: Workbook[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const wb of open.splice(0)) wb.close();
});

async function workbookNamed(name: string): Promise<Workbook> {
  const { workbook } = await openWorkbook({ name });
  open.push(workbook);
  return workbook;
}

/** Writes a raw value straight into a store, as a bug or another program might. */
async function writeRaw(name: string, store: string, value: unknown): Promise<void> {
  const db = await openDB(name, DB_VERSION);
  await db.put(store as never, value);
  db.close();
}

describe('quarantine', () => {
  it('moves a damaged record to quarantine with the reason, reports it, and still loads the rest', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    const good = await wb.meetings.create(build.meeting('p1'));
    const bad = { ...build.meeting('p1'), date: 'next Tuesday', id: 'bad-one' };
    await writeRaw(name, 'meetings', bad);

    const reported: WorkbookEvent[] = [];
    wb.on('quarantine', (e) => reported.push(e));
    expect(await wb.meetings.listByPartnership('p1')).toEqual([good]);

    const [q] = await wb.quarantine.list();
    expect(q).toMatchObject({ store: 'meetings', reason: expect.stringContaining('date') as string });
    expect(JSON.parse(q?.raw ?? 'null')).toEqual(bad);
    expect(reported).toEqual([{ type: 'quarantine', records: [q] }]);
    // Gone from its store, kept in quarantine: a second read is clean and reports nothing more.
    expect(await wb.meetings.listByPartnership('p1')).toEqual([good]);
    expect(reported).toHaveLength(1);
    expect(await wb.quarantine.list()).toHaveLength(1);
  });

  it('quarantines a damaged partnership found by get, and a damaged meta record', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    await writeRaw(name, 'partnerships', { id: 'p-bad', templateId: 42 });
    await writeRaw(name, 'meta', { id: 'workbook', changesSinceBackup: 'lots' });
    expect(await wb.partnerships.get('p-bad')).toBeUndefined();
    expect((await wb.meta.get()).changesSinceBackup).toBe(0);
    expect((await wb.quarantine.list()).map((q) => q.store).sort()).toEqual(['meta', 'partnerships']);
  });
});

describe('two tabs', () => {
  it('two connections writing different records at the same time both survive, and each hears of the other', async () => {
    const name = dbName();
    const a = await workbookNamed(name);
    const b = await workbookNamed(name);
    const heard = new Promise<WorkbookEvent>((resolve) =>
      b.on('change', (e) => e.origin === 'remote' && resolve(e)),
    );
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).meetings.create(build.meeting('p1', { notes: `note ${i}` })),
    );
    const created = await Promise.all(writes);
    const listed = await a.meetings.listByPartnership('p1');
    expect(listed.map((m) => m.id).sort()).toEqual(created.map((m) => m.id).sort());
    expect((await a.meta.get()).changesSinceBackup).toBe(20);
    expect(await heard).toMatchObject({ type: 'change', stores: ['meetings'], origin: 'remote' });
  });

  it('an upgrade while an old connection is open tells the old one, which closes and steps aside', async () => {
    const name = dbName();
    const old = await workbookNamed(name);
    const events: WorkbookEvent[] = [];
    old.on('reload-needed', (e) => events.push(e));
    // A newer version of the site opens the database at the next version.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(events).toEqual([{ type: 'reload-needed', reason: 'blocking' }]);
    await expect(old.meetings.listByPartnership('p1')).rejects.toMatchObject({ code: 'closed' });
    await expect(old.meetings.create(build.meeting('p1'))).rejects.toMatchObject({ code: 'closed' });
  });

  it('an upgrade blocked by a connection that will not close says so, and goes on once it closes', async () => {
    const name = dbName();
    (await openWorkbook({ name })).workbook.close();
    // An old tab whose code ignores versionchange (no blocking handler).
    const stubborn = await openDB(name, DB_VERSION);
    let onBlocked = () => undefined as void;
    const wasBlocked = new Promise<void>((resolve) => (onBlocked = resolve));
    const opening = openWorkbook({ name, version: DB_VERSION + 1, onBlocked: () => onBlocked() });
    await wasBlocked; // the test would time out if the blocked callback never came
    stubborn.close();
    const { workbook, fallback } = await opening;
    open.push(workbook);
    expect(fallback).toBeUndefined();
    expect(workbook.backend).toBe('indexeddb');
  });

  it('an old tab opening a database a newer version upgraded is told to reload, not given an empty workbook', async () => {
    const name = dbName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(openWorkbook({ name })).rejects.toMatchObject({
      code: 'version',
      hint: expect.stringContaining('Reload') as string,
    });
  });
});

describe('when IndexedDB is unavailable', () => {
  it('falls back to memory and says so when indexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { workbook, fallback } = await openWorkbook({ name: dbName() });
    open.push(workbook);
    expect(workbook.backend).toBe('memory');
    expect(fallback).toMatchObject({
      code: 'unavailable',
      hint: expect.stringContaining('backup') as string,
    });
    const m = await workbook.meetings.create(build.meeting('p1'));
    expect(await workbook.meetings.get(m.id)).toEqual(m);
    vi.unstubAllGlobals();
  });

  it('falls back to memory when opening throws (blocked by the browser)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { workbook, fallback } = await openWorkbook({ name: dbName() });
    open.push(workbook);
    expect(workbook.backend).toBe('memory');
    expect(fallback?.code).toBe('unavailable');
  });
});

describe('write failures', () => {
  /** Makes every IndexedDB write after the first `allowed` ones fail as a full disk would. */
  function fillDiskAfter(allowed: number) {
    /* eslint-disable @typescript-eslint/unbound-method */
    const realDelete = IDBObjectStore.prototype.delete;
    const realPut = IDBObjectStore.prototype.put;
    /* eslint-enable @typescript-eslint/unbound-method */
    let calls = 0;
    const full = () => new DOMException('Quota exceeded', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      if (++calls > allowed) throw full();
      return realDelete.call(this, key);
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (++calls > allowed) throw full();
      return realPut.call(this, value, key);
    });
  }

  it('a full disk part-way through a multi-store write leaves the database untouched and moves to memory', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    const p = await wb.partnerships.create(build.partnership());
    const m = await wb.meetings.create(build.meeting(p.id));
    const before = await wb.snapshot();
    const full: WorkbookEvent[] = [];
    wb.on('storage-full', (e) => full.push(e));

    fillDiskAfter(1); // the first delete goes through, then the disk is full
    await wb.partnerships.delete(p.id);
    vi.restoreAllMocks();

    // The delete happened in this tab's memory, and the page was told why.
    expect(wb.backend).toBe('memory');
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({
      error: { code: 'quota', message: expect.stringMatching(/storage is full/) as string },
    });
    expect(await wb.partnerships.get(p.id)).toBeUndefined();
    expect(await wb.meetings.get(m.id)).toBeUndefined();
    // The database on disk is exactly as it was: nothing half-written.
    const reopened = await workbookNamed(name);
    expect(await reopened.snapshot()).toEqual(before);
  });

  it('after moving to memory, everything stored before and typed after is in one backup-ready snapshot', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    const p = await wb.partnerships.create(build.partnership());
    await wb.meetings.create(build.meeting(p.id, { notes: 'saved before' }));
    await writeRaw(name, 'meetings', { ...build.meeting(p.id), id: 'damaged', date: 'next Tuesday' });
    const changes: WorkbookEvent[] = [];
    wb.on('change', (e) => changes.push(e));

    fillDiskAfter(0);
    const typed = await wb.meetings.create(build.meeting(p.id, { notes: 'typed after the disk filled' }));
    const more = await wb.meetings.create(build.meeting(p.id, { notes: 'and more' }));
    vi.restoreAllMocks();

    expect(changes.map((e) => e.type)).toEqual(['change', 'change']);
    const notes = (await wb.meetings.listByPartnership(p.id)).map((x) => x.notes).sort();
    expect(notes).toEqual(['and more', 'saved before', 'typed after the disk filled']);
    expect((await wb.snapshot()).meetings.map((x) => x.id)).toEqual(
      expect.arrayContaining([typed.id, more.id]),
    );
    // The damaged record came along as it was, so it is still quarantined (not lost) on read.
    expect((await wb.quarantine.list()).map((q) => q.store)).toEqual(['meetings']);
  });

  it('a restore that does not fit is refused and changes nothing, without moving to memory', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    const p = await wb.partnerships.create(build.partnership());
    const before = await wb.snapshot();
    const incoming = { ...before, meetings: [build.meeting(p.id, { notes: 'from the backup' })] };

    fillDiskAfter(0);
    await expect(wb.importData(incoming, 'merge')).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();

    expect(wb.backend).toBe('indexeddb');
    expect(await wb.snapshot()).toEqual(before);
  });

  it('only a full disk moves the workbook: other write errors are reported and nothing moves', async () => {
    const wb = await workbookNamed(dbName());
    const p = await wb.partnerships.create(build.partnership());
    const moved: WorkbookEvent[] = [];
    wb.on('storage-full', (e) => moved.push(e));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Write failed', 'UnknownError');
    });
    await expect(wb.meetings.create(build.meeting(p.id))).rejects.toMatchObject({
      code: 'write-failed',
    });
    vi.restoreAllMocks();
    expect(wb.backend).toBe('indexeddb');
    expect(moved).toEqual([]);
  });

  it('the memory fallback reports a full store the same way', async () => {
    const { workbook } = await openWorkbook({ memory: true, memoryOptions: { quotaBytes: 1500 } });
    open.push(workbook);
    await workbook.meetings.create(build.meeting('p1'));
    await expect(
      workbook.meetings.create(build.meeting('p1', { notes: 'x'.repeat(2000) })),
    ).rejects.toMatchObject({
      code: 'quota',
    });
    expect(await workbook.meetings.listByPartnership('p1')).toHaveLength(1);
  });
});
