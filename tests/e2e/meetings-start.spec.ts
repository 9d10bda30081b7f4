/**
 * The real path into the meeting log, end to end: from an empty browser, a pair starts their
 * partnership with the start form on /workbook/, opens its meeting log from there and records a
 * meeting. Nothing is written into IndexedDB by the test.
 */
import { startPartnership } from './support/checklist';
import { expect, test } from './support/fixtures';
import { expectSaved } from './support/meeting-log';
import { dumpWorkbook } from './support/workbook-db';

test('a partnership started on /workbook/ records its first meeting in the log', async ({ page }) => {
  await page.goto('workbook/');
  // The page may already have opened (and so created) an empty workbook by now: nothing is in it.
  const before = await dumpWorkbook(page);
  expect(Object.values(before ?? {}).flat(), 'the browser starts empty').toEqual([]);

  await startPartnership(page, { menteeName: 'Priya', mentorName: 'Sam', mode: 'one' });
  await page.goto('workbook/');
  await page.getByRole('link', { name: /^Meeting log\b.*Priya and Sam$/ }).click();
  await expect(page).toHaveURL(/workbook\/meetings\/#p=/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await expect(page.getByText('No open actions from earlier meetings.')).toBeVisible();
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel("The mentee's agenda").fill('What I want from the next year');
  await page.getByLabel('What will be done').fill('List three roles to look into');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('What I want from the next year');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText('List three roles to look into')).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'Friday 20 November 2026' })).toBeVisible();

  // The meeting belongs to the partnership the start form made, with the names the pair typed.
  const db = await dumpWorkbook(page);
  const [partnership] = (db?.['partnerships'] ?? []) as { id: string; menteeName?: string }[];
  expect(partnership?.menteeName).toBe('Priya');
  const meetings = (db?.['meetings'] ?? []) as { partnershipId: string }[];
  expect(meetings.map((m) => m.partnershipId)).toEqual([partnership?.id]);
});
