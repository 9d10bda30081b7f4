/**
 * Adding an empty goal or action in the meeting log: the message appears and keyboard focus goes
 * back to the empty field, which is described by the message, so it is heard as well as seen.
 */
import { expect, test } from './support/fixtures';
import { openLogWithPartnership } from './support/meeting-log';

test('an empty goal or action sends focus back to its field with the message', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('button', { name: 'Add goal' }).press('Enter');
  const goal = page.getByLabel('A new goal');
  await expect(goal).toBeFocused();
  await expect(goal).toHaveAccessibleDescription('Write the goal in a few words, then add it.');

  await page.getByRole('link', { name: 'Meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Start a new meeting' }).click();
  await page.getByRole('button', { name: 'Add action' }).press('Enter');
  const action = page.getByLabel('What will be done');
  await expect(action).toBeFocused();
  await expect(action).toHaveAccessibleDescription('Write what will be done, then add the action.');
});

test('after adding an action, focus is back in its field, ready for the next', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.getByRole('link', { name: 'Meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Start a new meeting' }).click();
  const action = page.getByLabel('What will be done');
  await action.fill('Book the evening course');
  await page.getByRole('button', { name: 'Add action' }).press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Book the evening course' })).toBeVisible();
  await expect(action).toBeFocused();
  await expect(action).toHaveValue('');
});
