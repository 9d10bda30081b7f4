/**
 * The bad-input corpus: every file in tests/fixtures/bad-imports/ is named `<expected code>--<what>`.
 * Each must fail with that code, a message and a hint, and leave the workbook exactly as it was.
 * Encrypted cases use the passphrase "correct horse battery staple". Large cases are made here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../../src/lib/storage';
import { MAX_BACKUP_BYTES, importBackup, readBackup } from '../../../src/lib/transfer';
import { useFreshIndexedDB } from '../support/fresh-db';
import * as build from '../support/records';
import { workbookState } from '../support/workbook-state';

const dir = join(import.meta.dirname, '../../fixtures/bad-imports');
const PASSPHRASE = 'correct horse battery staple';
const corpus = readdirSync(dir)
  .filter((f) => f.includes('--'))
  .sort()
  .map((f, i) => ({
    name: f,
    code: f.split('--')[0] ?? '',
    mode: i % 2 ? ('merge' as const) : ('replace' as const),
  }));

const dbName = useFreshIndexedDB();
let wb: Workbook;

/** Opens a workbook with one partnership's worth of records (a fresh IDBFactory per test). */
async function filledWorkbook(): Promise<Workbook> {
  const { workbook } = await openWorkbook({ name: dbName() });
  const p = await workbook.partnerships.create(build.partnership({ id: 'partnerA1' }));
  const m = await workbook.meetings.create(build.meeting(p.id));
  await workbook.actions.create(build.action(p.id, m.id));
  await workbook.goals.create(build.goal(p.id));
  return workbook;
}

async function expectRefused(input: Blob | string, code: string, mode: 'merge' | 'replace') {
  wb = await filledWorkbook();
  const before = await workbookState(wb);
  const error = await importBackup(wb, input, { passphrase: PASSPHRASE, mode }).catch((e: unknown) => e);
  expect(error, 'should have been refused').toMatchObject({ name: 'TransferError', code });
  const { message, hint } = error as { message: string; hint: string };
  expect(message.length).toBeGreaterThan(15);
  expect(hint.length).toBeGreaterThan(15);
  expect(await workbookState(wb)).toEqual(before);
  wb.close();
}

describe('bad-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus)('$name is refused with $code and changes nothing', async ({ name, code, mode }) => {
    await expectRefused(new Blob([readFileSync(join(dir, name))]), code, mode);
  });
});

describe('generated large cases', () => {
  it('a file past the limit is refused before it is read, and the message gives both sizes', async () => {
    const file = new Blob(['{}']);
    // A file that says it is larger than the limit, and that throws if read: the size is checked first.
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    Object.defineProperty(file, 'stream', { value: () => Promise.reject(new Error('read')) });
    await expectRefused(file, 'too-large', 'replace');
    await expect(readBackup(file)).rejects.toThrow(
      'This file is too large to restore: it is about 256 MB, and a backup can be at most 256 MB.',
    );
  });

  it('a huge string in a field is refused', async () => {
    const backup = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/backups/v1.json'), 'utf8'),
    ) as {
      data: { meetings: { notes: string }[] };
    };
    const [meeting] = backup.data.meetings;
    if (meeting) meeting.notes = 'n'.repeat(2_000_000);
    await expectRefused(JSON.stringify(backup), 'invalid', 'merge');
  });

  it('nesting 100,000 levels deep is refused without exhausting the stack', async () => {
    await expectRefused('['.repeat(100_000) + ']'.repeat(100_000), 'too-deep', 'merge');
  });

  it('many thousands of records with one bad one change nothing', async () => {
    const backup = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/backups/v1.json'), 'utf8'),
    ) as {
      data: { meetings: ReturnType<typeof build.meeting>[] };
    };
    backup.data.meetings = Array.from({ length: 5000 }, () => build.meeting('partnerA1'));
    backup.data.meetings.push({ ...build.meeting('partnerA1'), date: '2026-13-01' });
    await expectRefused(JSON.stringify(backup), 'invalid', 'replace');
  });
});
