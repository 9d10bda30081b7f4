import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import { action, goal, meeting, partnership } from '../support/records';

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
      await wb.writeBatch({
        partnershipId: pair.id,
        put: { meetings: [m2], goals: [goal(pair.id)] },
        delete: { meetings: [m1.id], actions: [a1.id] },
        partnership: (current) => ({ ...current, title: 'Renamed' }),
      });
      expect((await wb.meetings.listByPartnership(pair.id)).map((m) => m.notes)).toEqual(['Second']);
      expect(await wb.actions.listByPartnership(pair.id)).toEqual([]);
      expect(await wb.goals.listByPartnership(pair.id)).toHaveLength(1);
      expect((await wb.partnerships.get(pair.id))?.title).toBe('Renamed');
      expect((await wb.meta.get()).changesSinceBackup).toBe(before + 1);
    });

    it('writes nothing when one record is not valid', async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      const m1 = await wb.meetings.create(meeting(pair.id));
      const bad = { ...action(pair.id, m1.id), text: '  ' };
      await expect(
        wb.writeBatch({ partnershipId: pair.id, put: { actions: [bad] }, delete: { meetings: [m1.id] } }),
      ).rejects.toMatchObject({ code: 'invalid' });
      expect(await wb.meetings.listByPartnership(pair.id)).toHaveLength(1);
    });

    it('refuses a record of another partnership', async () => {
      const wb = await workbook();
      const pair = await wb.partnerships.create(partnership());
      await expect(
        wb.writeBatch({ partnershipId: pair.id, put: { meetings: [meeting('someoneElse')] } }),
      ).rejects.toMatchObject({ code: 'invalid' });
    });

    it('writes nothing when the partnership is not there', async () => {
      const wb = await workbook();
      const m = meeting('missing');
      await expect(
        wb.writeBatch({ partnershipId: 'missing', put: { meetings: [m] }, partnership: (p) => p }),
      ).rejects.toMatchObject({ code: 'not-found' });
      expect(await wb.meetings.listByPartnership('missing')).toEqual([]);
    });
  });
}
