import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import { action, goal, meeting, partnership, round } from '../support/records';

const dbName = useFreshIndexedDB();
let open: Workbook[] = [];

afterEach(() => {
  for (const w of open) w.close();
  open = [];
});

for (const memory of [false, true]) {
  describe(`writeBatch (${memory ? 'memory' : 'IndexedDB'})`, () => {
    async function workbook(): Promise<Workbook> {
      const { workbook: opened } = await openWorkbook({ name: dbName(), memory });
      open.push(opened);
      return opened;
    }

    it("saves and deletes a partnership's records in one go and counts one change", async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      const m1 = await wb.meetings.create(meeting(pair.id));
      const a1 = await wb.actions.create(action(pair.id, m1.id));
      const before = (await wb.meta.get()).changesSinceBackup;
      const m2 = meeting(pair.id, { notes: 'Second' });
      const written = await wb.writeBatch(pair.id, {
        partnership: { ...pair, title: 'Renamed' },
        meetings: [m2],
        goals: [goal(pair.id)],
        removed: { meetings: [m1.id], actions: [a1.id] },
      });
      expect((await wb.meetings.listByPartnership(pair.id)).map((m) => m.notes)).toEqual(['Second']);
      expect(await wb.actions.listByPartnership(pair.id)).toEqual([]);
      expect(await wb.goals.listByPartnership(pair.id)).toHaveLength(1);
      const stored = await wb.partnerships.get(pair.id);
      expect(stored?.title).toBe('Renamed');
      expect(written.partnership?.updatedAt).toBe(stored?.updatedAt);
      expect((await wb.meta.get()).changesSinceBackup).toBe(before + 1);
    });

    it('creates a partnership and its first round together', async () => {
      const wb = await workbook();
      const pair = partnership();
      await wb.writeBatch(pair.id, { partnership: pair, rounds: [round(pair.id)] }, { basedOn: () => null });
      expect(await wb.partnerships.get(pair.id)).toBeDefined();
      expect(await wb.rounds.listByPartnership(pair.id)).toHaveLength(1);
    });

    it('refuses, changing nothing, a save based on a version another tab has replaced', async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      const m1 = await wb.meetings.create(meeting(pair.id, { notes: 'First' }));
      await wb.meetings.save({ ...m1, notes: 'Other tab' });
      await expect(
        wb.writeBatch(
          pair.id,
          { meetings: [{ ...m1, notes: 'This tab' }], goals: [goal(pair.id)] },
          { basedOn: (store, id) => (store === 'meetings' && id === m1.id ? m1.updatedAt : null) },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await wb.meetings.get(m1.id))?.notes).toBe('Other tab');
      expect(await wb.goals.listByPartnership(pair.id)).toEqual([]);
    });

    it('writes nothing when one record is not valid', async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      const m1 = await wb.meetings.create(meeting(pair.id));
      const bad = { ...action(pair.id, m1.id), text: '  ' };
      await expect(
        wb.writeBatch(pair.id, { actions: [bad], removed: { meetings: [m1.id] } }),
      ).rejects.toMatchObject({ code: 'invalid' });
      expect(await wb.meetings.listByPartnership(pair.id)).toHaveLength(1);
    });

    it('refuses a record of another partnership', async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      await expect(wb.writeBatch(pair.id, { meetings: [meeting('someoneElse')] })).rejects.toMatchObject({
        code: 'invalid',
      });
    });
  });
}
