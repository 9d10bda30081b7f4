import { afterEach, describe, expect, it } from 'vitest';
import { newAction, newGoal, newMeeting } from '../../../src/lib/meetings/records';
import { workbookLogStore } from '../../../src/lib/meetings/workbook-store';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import { partnership } from '../support/records';

const dbName = useFreshIndexedDB();
const now = '2026-11-28T10:00:00.000Z';
let open: Workbook[] = [];

async function workbook(name: string): Promise<Workbook> {
  const { workbook: opened } = await openWorkbook({ name });
  open.push(opened);
  return opened;
}

afterEach(() => {
  for (const w of open) w.close();
  open = [];
});

describe('workbookLogStore', () => {
  it('gives null for a partnership that is not on this device', async () => {
    const store = workbookLogStore(await workbook(dbName()));
    expect(await store.load('nobody')).toBeNull();
  });

  it("saves and loads a partnership's meetings, actions and goals", async () => {
    const wb = await workbook(dbName());
    const pair = await wb.partnerships.create(partnership());
    const store = workbookLogStore(wb);
    const meeting = { ...newMeeting(pair.id, '2026-11-28', now), notes: 'Talked' };
    await store.save(pair.id, {
      meetings: [meeting],
      actions: [newAction(meeting, { text: 'Read it', owner: 'mentor' }, now)],
      goals: [newGoal(pair.id, 'Speak up', now)],
    });
    const log = await store.load(pair.id);
    expect(log?.meetings.map((m) => m.notes)).toEqual(['Talked']);
    expect(log?.actions.map((a) => a.text)).toEqual(['Read it']);
    expect(log?.goals.map((g) => g.text)).toEqual(['Speak up']);
  });

  it('deletes a meeting and its own actions in the same save', async () => {
    const wb = await workbook(dbName());
    const pair = await wb.partnerships.create(partnership());
    const store = workbookLogStore(wb);
    const meeting = newMeeting(pair.id, '2026-11-28', now);
    const own = newAction(meeting, { text: 'Read it', owner: 'mentor' }, now);
    await store.save(pair.id, { meetings: [meeting], actions: [own] });
    await store.save(pair.id, { removed: { meetings: [meeting.id], actions: [own.id] } });
    const log = await store.load(pair.id);
    expect(log?.meetings).toEqual([]);
    expect(log?.actions).toEqual([]);
  });

  it('changes only the next meeting of the partnership, keeping edits made elsewhere', async () => {
    const wb = await workbook(dbName());
    const pair = await wb.partnerships.create(partnership({ title: 'Old title' }));
    const stale = { ...pair };
    await wb.partnerships.update(pair.id, { title: 'New title' });
    const next = { start: '2026-12-10T10:30', durationMinutes: 45 };
    await workbookLogStore(wb).save(pair.id, { partnership: { ...stale, nextMeeting: next } });
    expect(await wb.partnerships.get(pair.id)).toMatchObject({ title: 'New title', nextMeeting: next });
  });

  it('refuses a record that is not valid and leaves the store as it was', async () => {
    const wb = await workbook(dbName());
    const pair = await wb.partnerships.create(partnership());
    const store = workbookLogStore(wb);
    const meeting = newMeeting(pair.id, '2026-11-28', now);
    const empty = { ...newAction(meeting, { text: 'x', owner: 'mentee' }, now), text: '   ' };
    await expect(store.save(pair.id, { actions: [empty] })).rejects.toMatchObject({ code: 'invalid' });
    expect((await store.load(pair.id))?.actions).toEqual([]);
  });

  it("hears another tab's changes to the same partnership", async () => {
    const name = dbName();
    const one = await workbook(name);
    const two = await workbook(name);
    const pair = await one.partnerships.create(partnership());
    const heard = new Promise<void>((resolve) => {
      workbookLogStore(two).subscribe(pair.id, resolve);
    });
    await workbookLogStore(one).save(pair.id, { goals: [newGoal(pair.id, 'Lead a project', now)] });
    await expect(heard).resolves.toBeUndefined();
  });
});
