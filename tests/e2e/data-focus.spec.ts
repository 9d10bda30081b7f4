/**
 * Keyboard focus on the Your data page and the trainers' example pair: after each action focus
 * stays on the button pressed or moves to what replaced it (the undo button, the restore preview,
 * the result), never back to the page. Busy buttons say so without losing focus.
 */
import { expect, test } from './support/fixtures';
import { chooseBackup, openDataPage, seedBackup } from './support/data-page';

test('focus stays with the person through restore, back up, delete and undo', async ({ page }) => {
  await openDataPage(page);
  await chooseBackup(page, seedBackup());
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeFocused();
  await page.getByRole('button', { name: 'Confirm: merge this backup' }).press('Enter');
  await expect(page.getByText('The backup has been merged into this device’s workbook.')).toBeFocused();

  const backup = page.getByRole('button', { name: 'Download backup' });
  const downloading = page.waitForEvent('download');
  await backup.press('Enter');
  await downloading;
  await expect(page.getByText(/^Your backup has been saved as/)).toBeVisible();
  await expect(backup).toBeFocused();

  await page.getByRole('button', { name: 'Delete “Sam and Priya”' }).press('Enter');
  await expect(page.getByText(/^Delete “Sam and Priya”\? This deletes/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete “Sam and Priya”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo deleting “Sam and Priya”' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo deleting “Sam and Priya”' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Delete “Sam and Priya”' })).toBeFocused();

  // A mistyped confirmation word is announced, not only shown.
  await page.getByRole('button', { name: 'Clear this device' }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('to confirm');
});

test('a file with invalid data says once that nothing changed', async ({ page, guard }) => {
  guard.allowConsoleErrors();
  await openDataPage(page);
  await chooseBackup(page, seedBackup(['Someone else']).replace('"in-person"', '"by carrier pigeon"'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not valid, so nothing was changed');
  await expect(alert).not.toContainText('Nothing on this device has changed');
});

test('the example pair buttons keep focus while they load and remove the pair', async ({ page }) => {
  await page.goto('trainers/');
  // The panel hydrates when the browser is idle; Astro drops the island's ssr attribute once it has.
  await expect(page.locator('astro-island:has(.example-pair)')).not.toHaveAttribute('ssr', /.*/);
  const load = page.getByRole('button', { name: 'Try it with an example pair' });
  await load.press('Enter');
  await expect(page.getByRole('link', { name: 'The example meeting log' })).toBeVisible();
  await expect(load).toBeFocused();
  const remove = page.getByRole('button', { name: 'Remove the example pair' });
  await remove.press('Enter');
  await expect(page.getByText('The example pair has been removed from this device.')).toBeVisible();
  await expect(remove).toBeFocused();
});
