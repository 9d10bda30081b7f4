/**
 * The example pair in a real (fake) IndexedDB workbook: loaded once, and removed without a trace —
 * every object store, the meta record included, is exactly as it was; the example never counts
 * towards the backup reminder, while the person's own changes made meanwhile still do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistTemplateSchema } from '../../../src/lib/schemas/template';
import { getStorageStatus, openWorkbook } from '../../../src/lib/storage';
import {
  findExamplePair,
  loadExamplePair,
  removeExamplePairs,
} from '../../../src/lib/trainers/example-store';
import { useFreshIndexedDB } from '../support/fresh-db';

const nextName = useFreshIndexedDB();
const template = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);

/** Every object store's raw records, read straight from IndexedDB (not through the repositories). */
async function dumpDatabase(name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const dump: Record<string, unknown[]> = {};
  for (const store of Array.from(db.objectStoreNames)) {
    dump[store] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
  }
  db.close();
  return dump;
}

const ownPartnership = {
  templateId: template.id,
  templateVersion: template.version,
  answerMode: 'one-device',
  thisDevice: 'both',
} as const;

const plannedMeeting = (partnershipId: string, date: string) =>
  ({ partnershipId, date, agenda: 'Rota', notes: '', status: 'prepared' }) as const;

describe('loadExamplePair and removeExamplePairs', () => {
  it('adds a labelled partnership with its records, once, and removes all of it', async () => {
    const name = nextName();
    const { workbook } = await openWorkbook({ name });
    const own = await workbook.partnerships.create(ownPartnership);
    await workbook.meta.markBackedUp('2026-01-01T00:00:00.000Z');
    await workbook.meetings.create(plannedMeeting(own.id, '2026-01-02'));
    const before = await dumpDatabase(name);
    expect(before['meta']).toEqual([expect.objectContaining({ changesSinceBackup: 1 })]);

    const example = await loadExamplePair(workbook, template);
    expect(await loadExamplePair(workbook, template)).toEqual(example);
    expect((await workbook.partnerships.list()).filter((p) => p.exampleData)).toHaveLength(1);
    expect(await workbook.meetings.listByPartnership(example.id)).toHaveLength(3);
    expect(await findExamplePair(workbook)).toEqual(example);
    // Loading is not a change a backup must protect: the meta record is untouched.
    expect((await dumpDatabase(name))['meta']).toEqual(before['meta']);

    expect(await removeExamplePairs(workbook)).toBe(1);
    expect(await findExamplePair(workbook)).toBeUndefined();
    expect(await dumpDatabase(name)).toEqual(before);
    expect(await workbook.partnerships.get(own.id)).toBeDefined();
    workbook.close();
  });

  it('leaves a workbook that held nothing without even a meta record', async () => {
    const name = nextName();
    const { workbook } = await openWorkbook({ name });
    const before = await dumpDatabase(name);
    expect(before['meta']).toEqual([]);

    await loadExamplePair(workbook, template);
    expect((await dumpDatabase(name))['meta']).toEqual([]);
    expect(await removeExamplePairs(workbook)).toBe(1);
    expect(await dumpDatabase(name)).toEqual(before);
    workbook.close();
  });

  it('never brings up the backup reminder, however old the workbook', async () => {
    const { workbook } = await openWorkbook({ name: nextName() });
    await workbook.meta.markBackedUp('2020-01-01T00:00:00.000Z');
    await loadExamplePair(workbook, template);
    const status = await getStorageStatus(workbook, new Date('2026-06-01T00:00:00.000Z'));
    expect(status).toMatchObject({ changesSinceBackup: 0, remindBackup: false });
    workbook.close();
  });

  it('keeps counting the person’s own changes made while the example was loaded, and their data', async () => {
    const name = nextName();
    const { workbook } = await openWorkbook({ name });
    const own = await workbook.partnerships.create(ownPartnership);
    await workbook.meta.markBackedUp('2026-01-01T00:00:00.000Z');

    await loadExamplePair(workbook, template);
    const meeting = await workbook.meetings.create(plannedMeeting(own.id, '2026-01-03'));
    const renamed = await workbook.partnerships.update(own.id, { mentorName: 'Jo' });
    await removeExamplePairs(workbook);

    const after = await dumpDatabase(name);
    expect(after['partnerships']).toEqual([renamed]);
    expect(after['meetings']).toEqual([meeting]);
    expect(after['rounds']).toEqual([]);
    expect((await workbook.meta.get()).changesSinceBackup).toBe(2);
    workbook.close();
  });

  it('counts a deletion or import as a change unless told otherwise', async () => {
    const { workbook } = await openWorkbook({ name: nextName() });
    const one = await workbook.partnerships.create(ownPartnership);
    const two = await workbook.partnerships.create(ownPartnership);
    await workbook.meta.markBackedUp('2026-01-01T00:00:00.000Z');
    await workbook.partnerships.delete(one.id);
    expect((await workbook.meta.get()).changesSinceBackup).toBe(1);
    await workbook.partnerships.delete(two.id, { countAsChange: false });
    expect((await workbook.meta.get()).changesSinceBackup).toBe(1);
    const empty = { partnerships: [], templates: [], rounds: [], meetings: [], actions: [], goals: [] };
    await workbook.importData(empty, 'merge');
    expect((await workbook.meta.get()).changesSinceBackup).toBe(2);
    await workbook.importData(empty, 'merge', undefined, { countAsChange: false });
    expect((await workbook.meta.get()).changesSinceBackup).toBe(2);
    workbook.close();
  });
});
