/**
 * Steps on the Your data page the journeys share: reading its counts, backing up, restoring, and
 * recording a meeting to have something to back up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Device, waitFor } from '../driver.ts';

export type Counts = Record<'Partnerships' | 'Meetings' | 'Actions' | 'Goals', string>;

export async function openDataPage(device: Device): Promise<void> {
  await device.goto('workbook/data/');
  await device.see({ role: 'heading', name: 'What is on this device' });
  await device.see({ css: '.data-facts' });
}

/** The four counts in "What is on this device". */
export function counts(device: Device): Promise<Counts> {
  return device.evaluate(() => {
    const facts: Record<string, string> = {};
    for (const dt of document.querySelectorAll('.data-facts dt')) {
      const name = dt.textContent?.trim() ?? '';
      if (['Partnerships', 'Meetings', 'Actions', 'Goals'].includes(name)) {
        facts[name] = dt.nextElementSibling?.textContent?.trim() ?? '';
      }
    }
    return facts as Counts;
  });
}

/** Waits until the counts are `expected` (they update when the island has read the workbook). */
export async function expectCounts(device: Device, expected: Counts): Promise<void> {
  let last: Counts | undefined;
  await waitFor(`the counts ${JSON.stringify(expected)}`, async () => {
    last = await counts(device);
    return isDeepStrictEqual(last, expected); // WebKit's driver returns the keys in another order
  }).catch((error: unknown) => {
    throw new Error(`${String(error)}; the page shows ${JSON.stringify(last)}`);
  });
}

/** Backs up everything, with a passphrase or not, and returns the downloaded file. */
export async function backUp(device: Device, passphrase?: string): Promise<{ name: string; text: string }> {
  await device.check({ label: 'Everything on this device' });
  const protect = { label: 'Protect it with a passphrase' };
  if ((await device.isChecked(protect)) !== (passphrase !== undefined)) await device.click(protect);
  if (passphrase !== undefined) {
    await device.fill({ label: 'Passphrase' }, passphrase);
    await device.fill({ label: 'Passphrase again' }, passphrase);
  }
  const file = await device.download(() => device.click({ role: 'button', name: 'Download backup' }));
  await device.seeText(/Your backup has been saved as/);
  return file;
}

/** Writes `text` to a file of that name in a new folder, for a file input. */
export function fileOf(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'engines-file-')), name);
  writeFileSync(path, text);
  return path;
}

/** Chooses a backup file on the Your data page (it must be open). */
export async function chooseBackup(device: Device, path: string): Promise<void> {
  await device.upload({ label: 'Backup file' }, path);
}

/** Records a meeting with one action in the log of the partnership open in the checklist. */
export async function recordMeeting(device: Device, agenda: string, action: string): Promise<void> {
  const id = new URLSearchParams(new URL(await device.url()).hash.slice(1)).get('p') ?? '';
  await device.goto(`workbook/meetings/#p=${id}`);
  await device.click({ role: 'button', name: 'Record a meeting' });
  await device.fill({ label: 'Date' }, '2026-11-20');
  await device.fill({ label: "The mentee's agenda" }, agenda);
  await device.fill({ label: 'What will be done' }, action);
  await device.click({ role: 'button', name: 'Add action' });
  await device.seeText(action, { role: 'listitem' });
  await device.seeText('All changes saved on this device.');
}
