import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../src/lib/schemas';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import {
  MAX_BACKUP_BYTES,
  exportBackup,
  importBackup,
  previewImport,
  readBackup,
  backupFileName,
} from '../../../src/lib/transfer';
import { assertRestorable } from '../../../src/lib/transfer/backup-export';
import { migrateBackup } from '../../../src/lib/transfer/backup-migrations';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';
import { workbookState } from '../support/workbook-state';

const dbName = useFreshIndexedDB();
const T9 = '2026-03-09T00:00:00.000Z';
const open: Workbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});
async function fresh(): Promise<Workbook> {
  const { workbook } = await openWorkbook({ name: dbName() });
  open.push(workbook);
  return workbook;
}

/** A workbook with two partnerships and a record of every kind. */
async function filled(): Promise<Workbook> {
  const wb = await fresh();
  await wb.templates.keep(build.template());
  for (const title of ['Sam and Priya', 'Jo and Alex']) {
    const p = await wb.partnerships.create(build.partnership({ title }));
    const m = await wb.meetings.create(
      build.meeting(p.id, { notes: '<script>alert("hi")</script> stays text' }),
    );
    await wb.actions.create(build.action(p.id, m.id));
    await wb.goals.create(build.goal(p.id));
    await wb.rounds.create(build.round(p.id));
  }
  return wb;
}

describe('backup round trips', () => {
  it('export → import into an empty workbook gives identical data', async () => {
    const source = await filled();
    const { text, fileName, backup } = await exportBackup(source, { now: new Date(2026, 1, 3, 10) });
    expect(fileName).toBe('mentoring-workbook-2026-02-03.json');
    expect(backup.data.meetings).toHaveLength(2);
    const target = await fresh();
    await importBackup(target, text, { mode: 'merge' });
    expect(await target.snapshot()).toEqual(await source.snapshot());
  });

  it('exporting resets the backup reminder', async () => {
    const wb = await filled();
    expect((await wb.meta.get()).changesSinceBackup).toBeGreaterThan(0);
    await exportBackup(wb, { now: new Date('2026-02-03T10:00:00.000Z') });
    expect(await wb.meta.get()).toMatchObject({
      changesSinceBackup: 0,
      lastBackupAt: '2026-02-03T10:00:00.000Z',
    });
  });

  it('one partnership exports only its records and the template it uses', async () => {
    const wb = await filled();
    const [p] = await wb.partnerships.list();
    const { backup } = await exportBackup(wb, { partnershipId: p?.id ?? '' });
    expect(backup.partnershipId).toBe(p?.id);
    expect(backup.data.partnerships).toEqual([p]);
    for (const kind of ['rounds', 'meetings', 'actions', 'goals'] as const) {
      expect(backup.data[kind].every((r) => r.partnershipId === p?.id)).toBe(true);
      expect(backup.data[kind]).toHaveLength(1);
    }
    expect(backup.data.templates.map((t) => t.id)).toEqual(['default']);
  });

  it('an encrypted export round-trips with the passphrase, asks for one without, and refuses a wrong one', async () => {
    const source = await filled();
    const { text, encrypted } = await exportBackup(source, {
      passphrase: 'open sesame',
    });
    expect(encrypted).toBe(true);
    expect(text).not.toContain('Sam and Priya');
    expect(JSON.parse(text)).toMatchObject({ format: 'mentoring-workbook-encrypted', kdf: 'PBKDF2-SHA256' });
    expect(await readBackup(text)).toEqual({ status: 'needs-passphrase' });
    await expect(readBackup(text, 'open sesamE')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const target = await fresh();
    await importBackup(target, text, { passphrase: 'open sesame', mode: 'merge' });
    expect(await target.snapshot()).toEqual(await source.snapshot());
  });

  it('uses 600,000 iterations by default', async () => {
    const { text } = await exportBackup(await filled(), { passphrase: 'x' });
    expect(JSON.parse(text)).toMatchObject({ iterations: 600_000 });
  }, 20_000);

  it('reads a File as well as text, and names files by local date', async () => {
    const { text } = await exportBackup(await filled());
    const result = await readBackup(new Blob([text]));
    expect(result.status).toBe('ready');
    expect(backupFileName(new Date(2026, 11, 31, 23, 30))).toBe('mentoring-workbook-2026-12-31.json');
  });
});

describe('merge and replace', () => {
  const T = (n: number) => `2026-03-0${n}T00:00:00.000Z`;
  // Each case: what the device holds, what the file holds, the mode, and the notes expected after.
  const cases: [string, string[], string[], 'merge' | 'replace', Record<string, string>][] = [
    ['merge adds new records', ['a@1'], ['b@1'], 'merge', { a: 'a@1', b: 'b@1' }],
    ['merge: newer file record wins', ['a@1'], ['a@2'], 'merge', { a: 'a@2' }],
    ['merge: newer device record stays', ['a@3'], ['a@2'], 'merge', { a: 'a@3' }],
    ['merge: a tie keeps the device copy', ['a@2'], ['a@2x'], 'merge', { a: 'a@2' }],
    ['replace drops records not in the file', ['a@1', 'c@1'], ['b@1'], 'replace', { b: 'b@1' }],
    ['replace takes an older file record', ['a@3'], ['a@1'], 'replace', { a: 'a@1' }],
  ];
  it.each(cases)('%s', async (_name, device, file, mode, expected) => {
    const wb = await fresh();
    const p = await wb.partnerships.create(build.partnership({ id: 'pp' }));
    const meeting = (spec: string) => {
      const [id = '', rest = ''] = spec.split('@');
      return build.meeting(p.id, { id, notes: spec, updatedAt: T(Number(rest[0])) });
    };
    await wb.importData({ ...(await wb.snapshot()), meetings: device.map(meeting) }, 'merge');
    const backup: BackupFile = {
      format: 'mentoring-workbook',
      version: 1,
      exportedAt: T(9),
      data: { ...(await wb.snapshot()), meetings: file.map(meeting) },
    };
    await importBackup(wb, JSON.stringify(backup), { mode });
    const after = await wb.meetings.listByPartnership(p.id);
    expect(Object.fromEntries(after.map((m) => [m.id, m.notes]))).toEqual(expected);
  });

  it('replacing one partnership leaves the others alone', async () => {
    const wb = await filled();
    const [first, second] = await wb.partnerships.list();
    const { text } = await exportBackup(wb, { partnershipId: first?.id ?? '' });
    await wb.meetings.create(build.meeting(first?.id ?? '', { notes: 'added after the backup' }));
    const secondBefore = await wb.meetings.listByPartnership(second?.id ?? '');
    await importBackup(wb, text, { mode: 'replace' });
    expect((await wb.meetings.listByPartnership(first?.id ?? '')).map((m) => m.notes)).not.toContain(
      'added after the backup',
    );
    expect(await wb.meetings.listByPartnership(second?.id ?? '')).toEqual(secondBefore);
  });

  it('the preview counts records and conflicts, and changes nothing', async () => {
    const wb = await filled();
    const { text } = await exportBackup(wb);
    const [m] = await wb.meetings.listByPartnership((await wb.partnerships.list())[0]?.id ?? '');
    await wb.meetings.update(m?.id ?? '', { notes: 'newer on the device' });
    const before = await workbookState(wb);
    const read = await readBackup(text);
    if (read.status !== 'ready') throw new Error('expected a ready backup');
    const preview = await previewImport(wb, read.backup);
    expect(preview.counts).toEqual({
      partnerships: 2,
      templates: 1,
      rounds: 2,
      meetings: 2,
      actions: 2,
      goals: 2,
    });
    expect(preview.conflicts.meetings).toEqual({ fileNewer: 0, deviceNewer: 2 });
    expect(preview.scope).toBe('all');
    expect(preview.partnerships.map((p) => p.onDevice)).toEqual([true, true]);
    expect(await workbookState(wb)).toEqual(before);
  });
});

describe('backup versions', () => {
  it('every past backup version in tests/fixtures/backups imports', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/backups/v1.json'), 'utf8');
    const wb = await fresh();
    const backup = await importBackup(wb, text, { mode: 'merge' });
    expect(await wb.snapshot()).toEqual(backup.data);
    expect(backup.data.meetings).toHaveLength(1);
  });

  it('older files are stepped up to the current version, newer ones refused', () => {
    const steps = { 1: (f: Record<string, unknown>) => ({ ...f, renamed: f.old }) };
    expect(migrateBackup({ version: 1, old: 'x' }, steps, 2)).toEqual({ version: 2, old: 'x', renamed: 'x' });
    expect(() => migrateBackup({ version: 3 }, steps, 2)).toThrow(/newer version/);
    expect(() => migrateBackup({ version: 1 }, {}, 2)).toThrow(/no longer supported/);
  });
});

describe('records whose partnership is not in the file', () => {
  /** A file of one partnership's meeting, action, goal and round, without the partnership itself. */
  function orphanFile(partnershipId: string): string {
    const m = build.meeting(partnershipId, { notes: 'Orphaned notes', privateNote: 'Orphaned private note' });
    const backup: BackupFile = {
      format: 'mentoring-workbook',
      version: 1,
      exportedAt: '2026-02-01T10:00:00.000Z',
      data: {
        partnerships: [build.partnership({ id: 'keptPair', title: 'Sam and Priya' })],
        templates: [],
        rounds: [build.round(partnershipId, { templateVersion: 1 })],
        meetings: [m],
        actions: [build.action(partnershipId, m.id)],
        goals: [build.goal(partnershipId)],
      },
    };
    return JSON.stringify(backup);
  }

  const cases: ['merge' | 'replace', boolean][] = [
    ['merge', false],
    ['replace', false],
    ['replace', true],
  ];
  it.each(cases)(
    '%s (partnership on this device: %s) restores them under “Recovered records”, never invisibly',
    async (mode, onDevice) => {
      const wb = await fresh();
      if (onDevice) await wb.partnerships.create(build.partnership({ id: 'gonePair', title: 'Old' }));
      const read = await readBackup(orphanFile('gonePair'));
      if (read.status !== 'ready') throw new Error('expected a ready backup');
      const preview = await previewImport(wb, read.backup);
      expect(preview.orphans).toEqual([
        { partnershipId: 'gonePair', counts: { rounds: 1, meetings: 1, actions: 1, goals: 1 }, onDevice },
      ]);
      await importBackup(wb, orphanFile('gonePair'), { mode });
      const listed = await wb.partnerships.list();
      expect(listed.find((p) => p.id === 'gonePair')).toMatchObject({ title: 'Recovered records' });
      expect((await wb.meetings.listByPartnership('gonePair')).map((m) => m.privateNote)).toEqual([
        'Orphaned private note',
      ]);
    },
  );

  it('merged into a device that holds their partnership, they show under it', async () => {
    const wb = await fresh();
    await wb.partnerships.create(build.partnership({ id: 'gonePair', title: 'On this device' }));
    await importBackup(wb, orphanFile('gonePair'), { mode: 'merge' });
    expect((await wb.partnerships.get('gonePair'))?.title).toBe('On this device');
    expect(await wb.goals.listByPartnership('gonePair')).toHaveLength(1);
  });
});

describe('the preview names partnerships as the rest of the site does', () => {
  it('title, else mentee and mentor, else Unnamed partnership', async () => {
    const wb = await fresh();
    const data = {
      ...(await wb.snapshot()),
      partnerships: [
        build.partnership({ id: 'p1', title: 'Sam and Priya' }),
        build.partnership({ id: 'p2', title: undefined, menteeName: 'Priya', mentorName: 'Sam' }),
        build.partnership({ id: 'p3', title: ' ', menteeName: undefined, mentorName: undefined }),
      ],
    };
    const backup: BackupFile = { format: 'mentoring-workbook', version: 1, exportedAt: T9, data };
    const read = await readBackup(JSON.stringify(backup));
    if (read.status !== 'ready') throw new Error('expected a ready backup');
    const preview = await previewImport(wb, read.backup);
    expect(preview.partnerships.map((p) => p.label)).toEqual([
      'Sam and Priya',
      'Priya and Sam',
      'Unnamed partnership',
    ]);
  });
});

describe('backup size', () => {
  it('writes one record per line, reports its size in bytes, and reads back the same', async () => {
    const wb = await filled();
    const { text, bytes, backup } = await exportBackup(wb);
    expect(bytes).toBe(new TextEncoder().encode(text).length);
    expect(text.split('\n').filter((line) => line.startsWith('{"id":'))).toHaveLength(11);
    const read = await readBackup(text);
    expect(read).toEqual({ status: 'ready', backup, encrypted: false });
  });

  it('refuses to make a backup larger than a restore accepts, saying how large', () => {
    expect(() => assertRestorable(MAX_BACKUP_BYTES, false)).not.toThrow();
    expect(() => assertRestorable(MAX_BACKUP_BYTES + 1, false)).toThrow(
      'This backup would be about 256 MB, more than the 256 MB a backup can be restored from, so it was not made.',
    );
    expect(() => assertRestorable(300 * 1024 * 1024, true)).toThrow(/about 300 MB/);
  });
});
