import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkbook, openWorkbook, type Workbook } from '../../../src/lib/storage';
import { allStores } from '../../../src/lib/storage/db-schema';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend';
import {
  clearSiteKeys,
  clearWorkbook,
  confirmsClear,
  deletePartnership,
  deleteQuestion,
  describeDeleted,
  ownedCounts,
  type KeyValueStorage,
} from '../../../src/lib/data/delete';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';

const dbName = useFreshIndexedDB();
const open: Workbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function filled(kind: 'indexeddb' | 'memory', name = dbName()) {
  const { workbook } = await openWorkbook({ name, memory: kind === 'memory' });
  open.push(workbook);
  const add = async (title: string) => {
    const p = await workbook.partnerships.create(build.partnership({ title }));
    const m = await workbook.meetings.create(build.meeting(p.id));
    await workbook.rounds.create(build.round(p.id));
    await workbook.actions.create(build.action(p.id, m.id));
    await workbook.goals.create(build.goal(p.id));
    return p;
  };
  await workbook.templates.keep(build.template());
  const first = await add('First pair');
  const second = await add('Second pair');
  return { workbook, first, second };
}

describe.each(['indexeddb', 'memory'] as const)('deleting on %s', (kind) => {
  it('deletes one partnership with its records into the trash, and undo puts back exactly the same', async () => {
    const { workbook, first, second } = await filled(kind);
    const before = await workbook.snapshot(first.id);
    const deleted = await deletePartnership(workbook, first.id);
    expect(deleted.data).toEqual({ ...before, templates: [] });
    expect(await workbook.partnerships.get(first.id)).toBeUndefined();
    expect(await workbook.meetings.listByPartnership(first.id)).toEqual([]);
    expect((await workbook.snapshot(second.id)).meetings).toHaveLength(1);
    expect((await workbook.trash.list()).map((e) => e.id)).toEqual([first.id]);

    await workbook.trash.undo(first.id);
    expect(await workbook.snapshot(first.id)).toEqual(before);
    expect(await workbook.trash.list()).toEqual([]);
  });

  it('clears everything: records, templates, quarantine, trash and meta', async () => {
    const { workbook, first } = await filled(kind);
    await deletePartnership(workbook, first.id);
    await clearWorkbook(workbook);
    expect(await workbook.snapshot()).toEqual({
      partnerships: [],
      templates: [],
      rounds: [],
      meetings: [],
      actions: [],
      goals: [],
    });
    expect(await workbook.quarantine.list()).toEqual([]);
    expect(await workbook.trash.list()).toEqual([]);
  });
});

describe('clearing the device', () => {
  it('leaves every store empty, the meta record included, in one write', async () => {
    const backend = createMemoryBackend();
    const workbook = createWorkbook(backend, 'clear-test');
    open.push(workbook);
    const p = await workbook.partnerships.create(build.partnership());
    await workbook.meetings.create(build.meeting(p.id));
    await workbook.meta.markBackedUp();
    await workbook.trash.deletePartnership(p.id);
    expect(await backend.getAll('meta')).toHaveLength(1);
    const writes = vi.spyOn(backend, 'write');
    const storage = new Map([['mentoring-x', '1']]);
    await clearWorkbook(workbook, [
      () => ({
        length: storage.size,
        key: (i) => [...storage.keys()][i] ?? null,
        removeItem: (k) => void storage.delete(k),
      }),
    ]);
    expect(writes).toHaveBeenCalledTimes(1);
    for (const store of allStores) expect(await backend.getAll(store), store).toEqual([]);
    expect(storage.size).toBe(0);
  });
});

describe('the trash', () => {
  it('keeps a deletion across closing and reopening the workbook (leaving the page)', async () => {
    const name = dbName();
    const { workbook, first } = await filled('indexeddb', name);
    await deletePartnership(workbook, first.id);
    workbook.close();
    const { workbook: again } = await openWorkbook({ name });
    open.push(again);
    const [entry] = await again.trash.list();
    expect(entry?.id).toBe(first.id);
    await again.trash.undo(first.id);
    expect((await again.partnerships.get(first.id))?.title).toBe('First pair');
  });

  it('offers an undo for 7 days, then removes the copy for good', async () => {
    const { workbook, first } = await filled('memory');
    const entry = await workbook.trash.deletePartnership(first.id, new Date('2026-03-01T10:00:00.000Z'));
    expect(entry.keepUntil).toBe('2026-03-08T10:00:00.000Z');
    expect(await workbook.trash.list(new Date('2026-03-08T09:59:59.000Z'))).toHaveLength(1);
    expect(await workbook.trash.list(new Date('2026-03-08T10:00:00.000Z'))).toEqual([]);
    // Removed, not only hidden: a later read with an earlier clock finds nothing either.
    expect(await workbook.trash.list(new Date('2026-03-02T00:00:00.000Z'))).toEqual([]);
  });

  it('checks each copy when read back: a damaged one is set aside, not offered', async () => {
    const backend = createMemoryBackend();
    const workbook = createWorkbook(backend, 'trash-test');
    open.push(workbook);
    const p = await workbook.partnerships.create(build.partnership());
    const entry = await workbook.trash.deletePartnership(p.id);
    // Damage it as a browser fault might: a meeting of another partnership inside it.
    const stray = build.meeting('someoneElse');
    await backend.write([
      { type: 'put', store: 'trash', value: { ...entry, data: { ...entry.data, meetings: [stray] } } },
    ]);
    expect(await workbook.trash.list()).toEqual([]);
    expect((await workbook.quarantine.list()).map((q) => q.store)).toEqual(['trash']);
    await expect(workbook.trash.undo(p.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('removes a copy for good on request', async () => {
    const { workbook, first } = await filled('memory');
    await deletePartnership(workbook, first.id);
    await workbook.trash.purge(first.id);
    expect(await workbook.trash.list()).toEqual([]);
    await expect(workbook.trash.undo(first.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the words', () => {
  const counts = { meetings: 12, actions: 8, goals: 3, rounds: 2 };
  it('asks before deleting, saying what goes and for how long it can be undone', () => {
    expect(deleteQuestion('Sam and Priya', counts, 7)).toBe(
      'Delete “Sam and Priya”? This deletes it and its 12 meetings, 8 actions, 3 goals and 2 checklist rounds from this device. You can undo it for 7 days.',
    );
    expect(deleteQuestion('Jo', { meetings: 1, actions: 0, goals: 0, rounds: 1 }, 7)).toMatch(
      /its 1 meeting, 0 actions, 0 goals and 1 checklist round from/,
    );
  });

  it('counts what a partnership holds', async () => {
    const { workbook, first } = await filled('memory');
    expect(ownedCounts(await workbook.snapshot(), first.id)).toEqual({
      meetings: 1,
      actions: 1,
      goals: 1,
      rounds: 1,
    });
    const entry = await workbook.trash.deletePartnership(first.id, new Date('2026-03-01T10:00:00.000Z'));
    expect(describeDeleted(entry)).toMatch(
      /^Deleted on 1 March 2026 at \d\d:00, with its 1 meeting, 1 action, 1 goal and 1 checklist round\. You can undo this until 8 March 2026 at \d\d:00; then it is removed for good\.$/,
    );
  });
});

describe('confirming and site keys', () => {
  it('needs the word, ignoring case and spaces', () => {
    expect(confirmsClear(' Delete ')).toBe(true);
    expect(confirmsClear('delet')).toBe(false);
    expect(confirmsClear('')).toBe(false);
  });

  it('removes only this site’s keys', () => {
    const data = new Map([
      ['mentoring-meeting-log:unsaved:x', '{}'],
      ['mentoring-backup-reminder-dismissed', '1'],
      ['someone-else', 'keep'],
    ]);
    const storage: KeyValueStorage = {
      get length() {
        return data.size;
      },
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
    };
    clearSiteKeys(storage);
    expect([...data.keys()]).toEqual(['someone-else']);
  });
});
