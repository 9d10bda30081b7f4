/**
 * A large workbook's backup restores: 100,000 meetings (with an action for every other one) in a
 * file generated here, read a piece at a time from a Blob, validated and written in one transaction.
 */
import { describe, expect, it } from 'vitest';
import type { BackupFile, Meeting } from '../../../src/lib/schemas';
import { openWorkbook } from '../../../src/lib/storage';
import { applyBackup, exportBackup, readBackup } from '../../../src/lib/transfer';
import { backupText, utf8Bytes } from '../../../src/lib/transfer/backup-export';
import * as build from '../support/records';

const MEETINGS = 100_000;

/** A whole-workbook backup of one partnership with `count` meetings of ordinary length. */
function largeBackup(count: number): BackupFile {
  const p = build.partnership({ id: 'bigPair' });
  const meetings: Meeting[] = [];
  for (let i = 0; i < count; i++) {
    meetings.push(
      build.meeting(p.id, {
        id: `m${i}`,
        date: new Date(Date.UTC(2000, 0, 1 + (i % 9000))).toISOString().slice(0, 10),
        agenda: `Agenda ${i}: the move to a new team, and what to ask for.`,
        notes: `Notes ${i}: ${'we talked it through and agreed what to try next. '.repeat(4)}`,
      }),
    );
  }
  const actions = meetings
    .filter((_, i) => i % 2 === 0)
    .map((m) => build.action(p.id, m.id, { id: `a-${m.id}` }));
  return {
    format: 'mentoring-workbook',
    version: 1,
    exportedAt: '2026-02-01T10:00:00.000Z',
    data: { partnerships: [p], templates: [], rounds: [], meetings, actions, goals: [] },
  };
}

describe('a 100,000-meeting workbook', () => {
  it('restores from its backup file', async () => {
    const text = backupText(largeBackup(MEETINGS));
    // Larger than the old 20 MB limit, well inside the new one.
    expect(utf8Bytes(text)).toBeGreaterThan(20 * 1024 * 1024);
    const read = await readBackup(new Blob([text]));
    if (read.status !== 'ready') throw new Error('expected a ready backup');
    expect(read.backup.data.meetings).toHaveLength(MEETINGS);
    // The memory backend runs the same import code as IndexedDB in one write, at a speed fit for CI
    // (fake-indexeddb, written in JavaScript, takes ten times longer for the same records).
    const { workbook } = await openWorkbook({ memory: true });
    await applyBackup(workbook, read.backup, 'replace');
    const meetings = await workbook.meetings.listByPartnership('bigPair');
    expect(meetings).toHaveLength(MEETINGS);
    expect(meetings.find((m) => m.id === 'm99999')?.notes).toMatch(/^Notes 99999: we talked/);
    expect(await workbook.actions.listByPartnership('bigPair')).toHaveLength(MEETINGS / 2);
    workbook.close();
  }, 120_000);

  it('restores encrypted too, from a file larger than the old limit', async () => {
    const backup = largeBackup(30_000);
    const { workbook: source } = await openWorkbook({ memory: true });
    await source.importData(backup.data, 'replace');
    const file = await exportBackup(source, { passphrase: 'correct horse battery staple' });
    expect(file.bytes).toBeGreaterThan(20 * 1024 * 1024);
    const read = await readBackup(new Blob([file.text]), 'correct horse battery staple');
    if (read.status !== 'ready') throw new Error('expected a ready backup');
    expect(read.encrypted).toBe(true);
    expect(read.backup.data.meetings).toHaveLength(30_000);
    expect(read.backup).toEqual(file.backup);
    source.close();
  }, 120_000);
});
