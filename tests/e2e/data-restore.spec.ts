/**
 * Restore keeps its promises on the Your data page: the preview names partnerships as every page
 * does; records whose partnership is missing come back under "Recovered records", where the
 * workbook shows them; "Clear this device" leaves no record at all; a tampered encrypted backup is
 * called damaged, not a wrong passphrase. axe checks each state, light and dark.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { backUp, chooseBackup, counts, expectAccessible, openDataPage, restore } from './support/data-page';
import { dumpWorkbook } from './support/workbook-db';
import * as build from '../unit/support/records';

/** axe in both colour schemes. */
async function expectAccessibleLightAndDark(page: Page, state: string) {
  await expectAccessible(page, `${state}, light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${state}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A backup of one named pair, one pair known only by its people, and records of a missing pair. */
function fileWithOrphans(): string {
  const named = build.partnership({ title: 'Sam and Priya' });
  const people = build.partnership({ title: undefined, menteeName: 'Ada', mentorName: 'Grace' });
  const meeting = build.meeting('missingPair', { notes: 'Notes nobody would see', privateNote: 'Only mine' });
  return JSON.stringify({
    format: 'mentoring-workbook',
    version: 1,
    exportedAt: '2026-02-01T10:00:00.000Z',
    data: {
      partnerships: [named, people],
      templates: [],
      rounds: [],
      meetings: [build.meeting(named.id), meeting],
      actions: [build.action('missingPair', meeting.id, { text: 'Call the careers service' })],
      goals: [],
    },
  });
}

test('the preview names each partnership, and records of a missing one are restored where they show', async ({
  page,
}) => {
  await openDataPage(page);
  await chooseBackup(page, fileWithOrphans());
  const preview = page.getByText(/^This backup was made on/);
  await expect(preview).toContainText('Partnerships: “Sam and Priya” and “Ada and Grace”.');
  await expect(preview).not.toContainText('untitled');
  const recovered =
    '1 meeting and 1 action in the file belong to a partnership that is not in it. They would be restored under a new partnership called “Recovered records”, so you can see them.';
  await expect(page.getByText(recovered).first()).toBeVisible();
  await expectAccessibleLightAndDark(page, 'preview with records of a missing partnership');
  await page.getByRole('button', { name: 'Confirm: merge this backup' }).click();
  await expect(page.getByText('The backup has been merged into this device’s workbook.')).toBeVisible();
  expect(await counts(page)).toEqual({ Partnerships: '3', Meetings: '2', Actions: '1', Goals: '0' });

  // The workbook lists the stand-in, and its meeting log shows what would have been invisible.
  await page.goto('workbook/');
  await expect(page.getByText('Recovered records').first()).toBeVisible();
  await page.goto('workbook/meetings/#p=missingPair');
  await expect(page.getByText('Call the careers service').first()).toBeVisible();
});

test('clearing the device leaves nothing behind, the record of backups included', async ({ page }) => {
  await openDataPage(page);
  await restore(page, fileWithOrphans());
  await backUp(page);
  await page.getByRole('button', { name: 'Delete “Ada and Grace”' }).click();
  await page.getByRole('button', { name: 'Yes, delete “Ada and Grace”' }).click();
  await expect(page.getByRole('button', { name: 'Undo deleting “Ada and Grace”' })).toBeVisible();
  const before = await dumpWorkbook(page);
  expect(before?.meta).toHaveLength(1);
  expect(before?.trash).toHaveLength(1);

  await page.getByLabel('Type delete to confirm').fill('delete');
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toHaveCount(0);
  await expect(page.locator('.data-facts')).toContainText('None yet.');
  const after = await dumpWorkbook(page);
  expect(Object.entries(after ?? {}).filter(([, records]) => records.length > 0)).toEqual([]);
  await page.reload();
  expect(await counts(page)).toEqual({ Partnerships: '0', Meetings: '0', Actions: '0', Goals: '0' });
  const reloaded = await dumpWorkbook(page);
  expect(Object.entries(reloaded ?? {}).filter(([, records]) => records.length > 0)).toEqual([]);
  await expectAccessibleLightAndDark(page, 'after clearing the device');
});

test('a tampered encrypted backup is called damaged, not a wrong passphrase', async ({ page, guard }) => {
  guard.allowConsoleErrors();
  const passphrase = 'orchard lantern river 42';
  await openDataPage(page);
  await restore(page, fileWithOrphans());
  const { text } = await backUp(page, { passphrase });
  const envelope = JSON.parse(text) as Record<string, string | number>;
  const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);

  // A changed iteration count is refused at once, before any passphrase is asked for.
  await chooseBackup(page, JSON.stringify({ ...envelope, iterations: 1_000_000 }));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This encrypted backup is damaged');
  await expect(alert).toContainText('This is not about your passphrase.');
  await expect(page.getByLabel('Passphrase for this backup')).toHaveCount(0);

  // A changed ciphertext: the right passphrase opens the key, and the damage is named.
  await chooseBackup(
    page,
    JSON.stringify({ ...envelope, ciphertext: flip(String(envelope.ciphertext), 40) }),
  );
  await page.getByLabel('Passphrase for this backup').fill(passphrase);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(alert).toContainText('This encrypted backup is damaged');
  await expect(alert).not.toContainText('That passphrase does not open this backup.');
  await expect(alert).toContainText('Nothing on this device has changed.');
  await expectAccessibleLightAndDark(page, 'a damaged encrypted backup');
  expect(await counts(page)).toEqual({ Partnerships: '3', Meetings: '2', Actions: '1', Goals: '0' });
});
