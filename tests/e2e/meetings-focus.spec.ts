/**
 * Keyboard focus in the meeting log when a button gives way to what it opened: "Record a meeting"
 * (on the overview, one step) and "Start a new meeting" (the Meeting tab with none in progress) land on
 * the meeting's heading, "Go to the exchange with my partner" on the exchange's heading.
 */
import { expect, test } from './support/fixtures';
import { openLogWithPartnership } from './support/meeting-log';

test('focus lands on what a pressed button opened in the meeting log', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.getByRole('button', { name: 'Record a meeting' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeFocused();
  // Left empty, it goes; the Meeting tab then offers to start one.
  await page.getByRole('link', { name: 'Goals' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeFocused();
  await page.getByRole('link', { name: 'Meeting', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Record a meeting' })).toBeFocused();
  await page.getByRole('button', { name: 'Start a new meeting' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeFocused();

  await page.getByLabel("The mentee's agenda").fill('What I want from the next year');
  await page.getByRole('button', { name: 'Go to the exchange with my partner' }).press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: /^(Exchange with |Your partner’s own copy)/ }),
  ).toBeFocused();
});
