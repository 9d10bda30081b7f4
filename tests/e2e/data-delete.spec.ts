/**
 * Deleting one partnership on the Your data page, with undo until the page is left, and the
 * weak-passphrase hint and mismatch message (keyboard only where it matters).
 */
import { expect, test } from './support/fixtures';
import { counts, expectAccessible, openDataPage, restore, seedBackup } from './support/data-page';

test('deleting a partnership can be undone until the page is left', async ({ page }) => {
  await openDataPage(page);
  await restore(page, seedBackup());
  await page.getByRole('button', { name: 'Delete “Sam and Priya”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Sam and Priya”' })).toBeVisible();
  expect(await counts(page)).toEqual({ Partnerships: '1', Meetings: '1', Actions: '1', Goals: '1' });
  await expect(page.getByRole('button', { name: 'Delete “Sam and Priya”' })).toHaveCount(0);
  await expectAccessible(page, 'after deleting a partnership');

  await page.getByRole('button', { name: 'Undo deleting “Sam and Priya”' }).click();
  await expect(page.getByText('“Sam and Priya” is back, with everything in it.')).toBeVisible();
  expect(await counts(page)).toEqual({ Partnerships: '2', Meetings: '2', Actions: '2', Goals: '2' });

  await page.getByRole('button', { name: 'Delete “Alex and Jo”' }).click();
  await expect(page.getByRole('button', { name: 'Undo deleting “Alex and Jo”' })).toBeVisible();
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
