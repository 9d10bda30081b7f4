import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';

const dbName = useFreshIndexedDB();
const open: Workbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function workbook(kind: 'indexeddb' | 'memory'): Promise<Workbook> {
  const { workbook: wb, fallback } = await openWorkbook({ name: dbName(), memory: kind === 'memory' });
  expect(wb.backend).toBe(kind);
  expect(fallback === undefined).toBe(kind === 'indexeddb');
  open.push(wb);
  return wb;
}

describe.each(['indexeddb', 'memory'] as const)('repositories on %s', (kind) => {
  it('round-trips every kind of record', async () => {
    const wb = await workbook(kind);
    const pInput: Partial<ReturnType<typeof build.partnership>> = build.partnership();
    delete pInput.id;
    delete pInput.createdAt;
    delete pInput.updatedAt;
    const p = await wb.partnerships.create(pInput as Parameters<typeof wb.partnerships.create>[0]);
    expect(await wb.partnerships.get(p.id)).toEqual(p);
    expect(await wb.partnerships.list()).toEqual([p]);

    const m = await wb.meetings.create(build.meeting(p.id));
    const r = await wb.rounds.create(build.round(p.id));
    const a = await wb.actions.create(build.action(p.id, m.id));
    const g = await wb.goals.create(build.goal(p.id));
    expect(await wb.meetings.listByPartnership(p.id)).toEqual([m]);
    expect(await wb.rounds.listByPartnership(p.id)).toEqual([r]);
    expect(await wb.actions.listByPartnership(p.id)).toEqual([a]);
    expect(await wb.goals.listByPartnership(p.id)).toEqual([g]);
    expect(await wb.meetings.listByPartnership('someone-else')).toEqual([]);

    const t = await wb.templates.keep(build.template());
    expect(await wb.templates.get('default', 1)).toEqual(t);
    // Keeping the same version again never overwrites it.
    const again = await wb.templates.keep(build.template({ title: 'Changed' }));
    expect(again).toEqual(t);
    expect(await wb.templates.list()).toEqual([t]);
  });

  it('update changes fields, keeps id and createdAt, and moves updatedAt on', async () => {
    const wb = await workbook(kind);
    const m = await wb.meetings.create(build.meeting('p1'));
    const u = await wb.meetings.update(m.id, { notes: 'Changed.' });
    expect(u).toMatchObject({ id: m.id, createdAt: m.createdAt, notes: 'Changed.' });
    expect(u.updatedAt > m.updatedAt).toBe(true);
    const f = await wb.meetings.update(m.id, (cur) => ({ ...cur, id: 'sneaky', agenda: 'New' }));
    expect(f.id).toBe(m.id);
    expect((await wb.meetings.get(m.id))?.agenda).toBe('New');
    expect(await wb.meetings.get('sneaky')).toBeUndefined();
  });

  it('save with a stale expectUpdatedAt fails with conflict and changes nothing', async () => {
    const wb = await workbook(kind);
    const m = await wb.meetings.create(build.meeting('p1'));
    await wb.meetings.save({ ...m, notes: 'first' });
    await expect(
      wb.meetings.save({ ...m, notes: 'second' }, { expectUpdatedAt: m.updatedAt }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await wb.meetings.get(m.id))?.notes).toBe('first');
  });

  it('refuses invalid records with a message and writes nothing', async () => {
    const wb = await workbook(kind);
    await expect(wb.meetings.create({ ...build.meeting('p1'), date: 'soon' })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('date') as string,
      hint: expect.any(String) as string,
    });
    expect(await wb.meetings.listByPartnership('p1')).toEqual([]);
    await expect(wb.meetings.update('missing', { notes: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deleting a partnership deletes everything of it and nothing else', async () => {
    const wb = await workbook(kind);
    const keep = await wb.partnerships.create(build.partnership());
    const gone = await wb.partnerships.create(build.partnership());
    for (const p of [keep, gone]) {
      const m = await wb.meetings.create(build.meeting(p.id));
      await wb.actions.create(build.action(p.id, m.id));
      await wb.goals.create(build.goal(p.id));
      await wb.rounds.create(build.round(p.id));
    }
    await wb.partnerships.delete(gone.id);
    expect((await wb.partnerships.list()).map((p) => p.id)).toEqual([keep.id]);
    for (const repo of [wb.meetings, wb.actions, wb.goals, wb.rounds]) {
      expect(await repo.listByPartnership(gone.id)).toEqual([]);
      expect(await repo.listByPartnership(keep.id)).toHaveLength(1);
    }
  });

  it('counts changes since the last backup and resets on markBackedUp', async () => {
    const wb = await workbook(kind);
    expect((await wb.meta.get()).changesSinceBackup).toBe(0);
    const m = await wb.meetings.create(build.meeting('p1'));
    await wb.meetings.update(m.id, { notes: 'a' });
    expect((await wb.meta.get()).changesSinceBackup).toBe(2);
    const meta = await wb.meta.markBackedUp('2026-02-01T00:00:00.000Z');
    expect(meta).toMatchObject({ changesSinceBackup: 0, lastBackupAt: '2026-02-01T00:00:00.000Z' });
    expect(await wb.meta.get()).toEqual(meta);
  });

  it('tells listeners about local changes', async () => {
    const wb = await workbook(kind);
    const seen: unknown[] = [];
    const off = wb.on('change', (e) => seen.push(e));
    const m = await wb.meetings.create(build.meeting('p1'));
    off();
    await wb.meetings.delete(m.id);
    expect(seen).toEqual([{ type: 'change', stores: ['meetings'], partnershipId: 'p1', origin: 'local' }]);
  });
});
