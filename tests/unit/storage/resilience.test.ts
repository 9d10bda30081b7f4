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
  it('a quota error part-way through a multi-store write leaves nothing half-written', async () => {
    const name = dbName();
    const wb = await workbookNamed(name);
    const p = await wb.partnerships.create(build.partnership());
    const m = await wb.meetings.create(build.meeting(p.id));
    const before = await wb.snapshot();
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const realDelete = IDBObjectStore.prototype.delete;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      // Let the first delete through, then fail as a full disk would.
      if (++calls > 1) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realDelete.call(this, key);
    });
    const error = await wb.partnerships.delete(p.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkbookError', code: 'quota' });
    expect((error as Error).message).toMatch(/storage is full/);
    vi.restoreAllMocks();
    expect(await wb.snapshot()).toEqual(before);
    expect(await wb.meetings.get(m.id)).toEqual(m);
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
