/**
 * Deleting one partnership on the Your data page (asked first, undoable for days, even after
 * leaving the page), the passphrase hint and mismatch message, damaged records set aside with plain
 * reasons, and asking for persistence.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { counts, expectAccessible, openDataPage, restore, seedBackup } from './support/data-page';

test('deleting a partnership says what goes, asks first, and can be undone after leaving the page', async ({
  page,
}) => {
  await openDataPage(page);
  await restore(page, seedBackup());
  const all = { Partnerships: '2', Meetings: '2', Actions: '2', Goals: '2' };

  // One click only asks: it says what would go and for how long it could be undone.
  await page.getByRole('button', { name: 'Delete “Sam and Priya”' }).click();
  const question = page.getByRole('group', { name: /^Delete “Sam and Priya”\?/ });
  await expect(question).toContainText(
    'This deletes it and its 1 meeting, 1 action, 1 goal and 1 checklist round from this device. You can undo it for 7 days.',
  );
  await expect(question.getByText(/^Delete “Sam and Priya”\?/)).toBeFocused();
  expect(await counts(page)).toEqual(all);
  await expectAccessible(page, 'asking before deleting');
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(question).toHaveCount(0);
  expect(await counts(page)).toEqual(all);

  await page.getByRole('button', { name: 'Delete “Sam and Priya”' }).click();
  await page.getByRole('button', { name: 'Yes, delete “Sam and Priya”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Sam and Priya”' })).toBeVisible();
  expect(await counts(page)).toEqual({ Partnerships: '1', Meetings: '1', Actions: '1', Goals: '1' });
  await expect(page.getByRole('button', { name: 'Delete “Sam and Priya”' })).toHaveCount(0);
  await expect(page.getByText(/You can undo this until .*; then it is removed for good\./)).toBeVisible();
  await expectAccessible(page, 'after deleting a partnership');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'after deleting a partnership, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Leave the page and come back: the undo is still there, and works.
  await page.goto('workbook/');
  await expect(page.getByText('Alex and Jo').first()).toBeVisible();
  await expect(page.getByText('Sam and Priya')).toHaveCount(0);
  await openDataPage(page);
  await page.getByRole('button', { name: 'Undo deleting “Sam and Priya”' }).click();
  await expect(page.getByText('“Sam and Priya” is back, with everything in it.')).toBeVisible();
  expect(await counts(page)).toEqual(all);
  await expect(page.getByRole('heading', { name: 'Recently deleted' })).toHaveCount(0);

  // Removed for good on request: no undo after that, even after a reload.
  await page.getByRole('button', { name: 'Delete “Alex and Jo”' }).click();
  await page.getByRole('button', { name: 'Yes, delete “Alex and Jo”' }).click();
  await page.getByRole('button', { name: 'Remove “Alex and Jo” for good now' }).click();
  await expect(page.getByText('“Alex and Jo” has been removed for good.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What is on this device' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  expect((await counts(page)).Partnerships).toBe('1');
});

test('the passphrase fields hint at strength and catch a mismatch', async ({ page }) => {
  await openDataPage(page);
  await page.getByLabel('Protect it with a passphrase').check();
  await expect(page.getByText('If you lose the passphrase, nobody can open this backup')).toBeVisible();
  const first = page.getByLabel('Passphrase', { exact: true });
  await first.fill('cat');
  await expect(page.getByText(/^Weak/)).toBeVisible();
  await first.fill('correct horse battery staple');
  await expect(page.getByText(/^Strong/)).toBeVisible();
  await page.getByLabel('Passphrase again').fill('correct horse battery stapler');
  await page.getByRole('button', { name: 'Download backup' }).click();
  await expect(
    page.getByText('The two passphrases are different. Type them again so they match.'),
  ).toBeVisible();
  await expect(page.getByLabel('Passphrase again')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'passphrase mismatch');
});

test('a damaged record is set aside, shown with its reason, and can be downloaded', async ({ page }) => {
  await openDataPage(page);
  await restore(page, seedBackup(['Sam and Priya']));
  // Damage one meeting the way a browser fault might: a date that is not a date.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mentoring-workbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const store = db.transaction('meetings', 'readwrite').objectStore('meetings');
    const meetings = await new Promise<{ id: string; date: string }[]>((resolve) => {
      const all = store.getAll();
      all.onsuccess = () => resolve(all.result as { id: string; date: string }[]);
    });
    const [first] = meetings;
    if (first) store.put({ ...first, date: 'the day after the storm' });
    await new Promise<void>((resolve) => {
      store.transaction.oncomplete = () => resolve();
    });
    db.close();
  });
  await page.reload();
  const panel = page.getByRole('region', { name: 'Records that could not be read' });
  await expect(panel).toContainText('A meeting, set aside on');
  await expect(panel).toContainText(
    'Its date is not a valid date or time (it says “the day after the storm”).',
  );
  await expect(panel).toContainText('restore it on this page and choose “Merge” to get it back.');
  await expect(panel).not.toContainText('Invalid');
  await expect(panel).toContainText('Nothing has been thrown away.');
  expect((await counts(page)).Meetings).toBe('0');
  await expectAccessible(page, 'damaged record');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download the records that could not be read' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mentoring-workbook-damaged-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as { records: { raw: string }[] };
  expect(saved.records.map((r) => r.raw).join()).toContain('the day after the storm');
});

test('asking the browser to keep the data gives an answer', async ({ page }) => {
  await openDataPage(page);
  await page.getByRole('button', { name: 'Ask the browser to keep this data' }).click();
  await expect(page.getByText(/^(Done: this browser will keep|This browser said no for now)/)).toBeVisible();
});
