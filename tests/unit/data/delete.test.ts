import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import {
  clearSiteKeys,
  clearWorkbook,
  confirmsClear,
  deletePartnership,
  type KeyValueStorage,
} from '../../../src/lib/data/delete';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';

const dbName = useFreshIndexedDB();
const open: Workbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function filled(kind: 'indexeddb' | 'memory') {
  const { workbook } = await openWorkbook({ name: dbName(), memory: kind === 'memory' });
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
  it('deletes one partnership with its records, and undo puts back exactly the same', async () => {
    const { workbook, first, second } = await filled(kind);
    const before = await workbook.snapshot(first.id);
    const deleted = await deletePartnership(workbook, first.id);
    expect(deleted.snapshot).toEqual(before);
    expect(await workbook.partnerships.get(first.id)).toBeUndefined();
    expect(await workbook.meetings.listByPartnership(first.id)).toEqual([]);
    expect((await workbook.snapshot(second.id)).meetings).toHaveLength(1);

    await deleted.undo();
    expect(await workbook.snapshot(first.id)).toEqual(before);
  });

  it('clears everything: records, templates and quarantine', async () => {
    const { workbook } = await filled(kind);
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
