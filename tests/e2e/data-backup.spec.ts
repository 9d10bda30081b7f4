/**
 * Back up and restore on the Your data page: plain and encrypted backups, clearing the device,
 * restoring, and every workbook page showing the same before and after. A wrong passphrase and
 * damaged files get clear messages and change nothing. axe checks each state.
 */
import { expect, test } from './support/fixtures';
import {
  backUp,
  chooseBackup,
  counts,
  expectAccessible,
  openDataPage,
  partnershipIds,
  restore,
  seedBackup,
  workbookContent,
} from './support/data-page';

const passphrase = 'orchard lantern river 42';

test('back up (plain and encrypted), clear, restore: every page shows the same', async ({ page }) => {
  test.setTimeout(180_000);
  const seed = seedBackup();
  const ids = partnershipIds(seed);
  await openDataPage(page);
  await expectAccessible(page, 'empty workbook');
  await restore(page, seed);
  expect(await counts(page)).toEqual({ Partnerships: '2', Meetings: '2', Actions: '2', Goals: '2' });
  const before = await workbookContent(page, ids);

  await openDataPage(page);
  const plain = await backUp(page);
  expect(plain.name).toMatch(/^mentoring-workbook-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(plain.text)).toMatchObject({ format: 'mentoring-workbook', version: 1 });
  expect(plain.text).toContain('Notes of Sam and Priya');
  await expectAccessible(page, 'after a plain backup');

  const encrypted = await backUp(page, { passphrase });
  expect(encrypted.name).toBe(plain.name);
  expect(JSON.parse(encrypted.text)).toMatchObject({ format: 'mentoring-workbook-encrypted' });
  expect(encrypted.text).not.toContain('Sam and Priya');
  await expectAccessible(page, 'after an encrypted backup');

  // Clear this device: the wrong word does nothing, the right one deletes everything.
  await page.getByLabel('Type delete to confirm').fill('yes');
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await expect(page.getByText('Type the word delete in the box to confirm.')).toBeVisible();
  await expectAccessible(page, 'clear with the wrong word');
  expect((await counts(page)).Partnerships).toBe('2');
  await page.getByLabel('Type delete to confirm').fill('delete');
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();
  expect(await counts(page)).toEqual({ Partnerships: '0', Meetings: '0', Actions: '0', Goals: '0' });
  const empty = await workbookContent(page, ids);
  expect(empty).not.toEqual(before);

  // Restore the encrypted backup, replacing (nothing), and every page is as it was.
  await chooseBackup(page, encrypted.text);
  await expect(page.getByLabel('Passphrase for this backup')).toBeVisible();
  await expectAccessible(page, 'asking for the passphrase');
  await page.getByLabel('Passphrase for this backup').fill(passphrase);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(
    page.getByText(/holds a whole workbook: 2 partnerships, 2 meetings, 2 actions and 2 goals/),
  ).toBeVisible();
  await page.getByLabel('Replace what is on this device').check();
  await expectAccessible(page, 'restore preview');
  await page.getByRole('button', { name: 'Confirm: replace with this backup' }).click();
  await expect(page.getByText('The backup has replaced what was on this device.')).toBeVisible();
  expect(await workbookContent(page, ids)).toEqual(before);

  // And the plain one, merged into an empty device.
  await page.getByLabel('Type delete to confirm').fill('delete');
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();
  await restore(page, plain.text, { mode: 'merge' });
  await expectAccessible(page, 'after restoring');
  expect(await workbookContent(page, ids)).toEqual(before);
});

test('a wrong passphrase and damaged files say what is wrong and change nothing', async ({ page, guard }) => {
  guard.allowConsoleErrors();
  await openDataPage(page);
  await restore(page, seedBackup(['Sam and Priya']));
  const encrypted = await backUp(page, { passphrase });
  const unchanged = { Partnerships: '1', Meetings: '1', Actions: '1', Goals: '1' };

  await chooseBackup(page, encrypted.text);
  await page.getByLabel('Passphrase for this backup').fill('not the passphrase');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That passphrase does not open this backup.');
  await expect(alert).toContainText('Nothing on this device has changed.');
  await expectAccessible(page, 'wrong passphrase');
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toHaveCount(0);
  expect(await counts(page)).toEqual(unchanged);

  const damaged: [string, string, RegExp][] = [
    ['cut off', seedBackup(['Someone else']).slice(0, 200), /not a workbook backup/],
    ['not a backup', JSON.stringify({ hello: 'world' }), /not a mentoring workbook file/],
    [
      'invalid data',
      seedBackup(['Someone else']).replace('"in-person"', '"by carrier pigeon"'),
      /not valid, so nothing was changed/,
    ],
    ['empty', '', /empty/],
  ];
  for (const [what, text, message] of damaged) {
    await chooseBackup(page, text);
    await expect(page.getByRole('alert'), what).toContainText(message);
    await expect(page.getByRole('heading', { name: 'What is in this backup' })).toHaveCount(0);
    expect(await counts(page), what).toEqual(unchanged);
  }
  await expectAccessible(page, 'damaged file');
  await page.reload();
  expect(await counts(page)).toEqual(unchanged);
});

test('a backup of one partnership holds only that partnership', async ({ page }) => {
  await openDataPage(page);
  await restore(page, seedBackup());
  const one = await backUp(page, { only: 'Alex and Jo' });
  const parsed = JSON.parse(one.text) as {
    partnershipId: string;
    data: { partnerships: { title: string }[] };
  };
  expect(parsed.data.partnerships.map((p) => p.title)).toEqual(['Alex and Jo']);
  expect(one.text).not.toContain('Sam and Priya');
});
