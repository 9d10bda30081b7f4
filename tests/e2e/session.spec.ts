/**
 * The session layer as a person meets it: two tabs of one partnership stay in step and lose nothing
 * (a conflict is shown where both changed the same thing), a field being typed in is never blanked by
 * another field's save, and where the browser will not store anything, the whole journey from
 * /workbook/ to a recorded meeting works in one tab and its backup holds everything.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { answerAll, expectNoAxeViolations, settleAll, startPartnership } from './support/checklist';
import { expectSaved, openLogWithPartnership, startMeeting } from './support/meeting-log';

const conflictRegion = (page: Page) => page.getByRole('region', { name: 'Changed in two tabs' });
const group = (page: Page, n: number) => page.locator('section.answer-steps').getByRole('group').nth(n);

test('two tabs on the checklist: answers given in turn in each tab are all kept', async ({
  page,
  context,
}) => {
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Sam (mentee) answers first' }).click();

  await group(page, 0).getByRole('radio').nth(1).check();
  // The other tab shows it without a reload…
  await expect(group(other, 0).getByRole('radio').nth(1)).toBeChecked();
  await group(other, 1).getByRole('radio').nth(2).check();
  // …and this one shows the other tab's.
  await expect(group(page, 1).getByRole('radio').nth(2)).toBeChecked();
  await group(page, 2).getByRole('radio').nth(0).check();
  await expect(group(other, 2).getByRole('radio').nth(0)).toBeChecked();
  await expectSaved(page);

  await other.reload();
  await expect(group(other, 0).getByRole('radio').nth(1)).toBeChecked();
  await expect(group(other, 1).getByRole('radio').nth(2)).toBeChecked();
  await expect(group(other, 2).getByRole('radio').nth(0)).toBeChecked();
  await expect(conflictRegion(page)).toHaveCount(0);
});

test('two tabs on the meeting log: different fields merge, the same field shows a conflict and keeps both', async ({
  page,
  context,
}) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-20');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { name: 'Meeting', exact: true })).toBeVisible();

  // Interleaved edits of different fields: both stay.
  await page.getByLabel('Notes', { exact: true }).fill('We talked about the move.');
  await other.getByLabel("The mentee's agenda").fill('The move to a new team');
  await expect(other.getByLabel('Notes', { exact: true })).toHaveValue('We talked about the move.');
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('The move to a new team');

  // Both write in the private note at once: one tab says so, and both versions are on screen.
  await page.getByLabel('Private note (stays on this device)').fill('Written in the first tab');
  await other.getByLabel('Private note (stays on this device)').fill('Written in the second tab');
  await expect
    .poll(async () => (await conflictRegion(page).count()) + (await conflictRegion(other).count()))
    .toBe(1);
  const [shows, keeps] = (await conflictRegion(page).count()) ? [page, 'first'] : [other, 'second'];
  const theirs = keeps === 'first' ? 'second' : 'first';
  await expect(conflictRegion(shows)).toContainText(`theirs was “Written in the ${theirs} tab”`);
  await expectNoAxeViolations(shows, 'a conflict between two tabs');
  await expect(shows.getByLabel('Private note (stays on this device)')).toHaveValue(
    `Written in the ${keeps} tab`,
  );

  // Choosing theirs makes it so, in both tabs.
  await conflictRegion(shows).getByRole('button', { name: 'Use theirs' }).click();
  await expect(conflictRegion(shows)).toHaveCount(0);
  for (const tab of [page, other]) {
    await expect(tab.getByLabel('Private note (stays on this device)')).toHaveValue(
      `Written in the ${theirs} tab`,
    );
  }
  await expectSaved(shows);
  await page.reload();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('We talked about the move.');
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('The move to a new team');
});

test('typing race: a Notes save that completes while the length is typed does not blank it', async ({
  page,
}) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-20');
  const length = page.getByLabel('Length in minutes');
  await length.fill('');
  await expectSaved(page);
  for (const minutes of ['45', '50', '55']) {
    await page.getByLabel('Notes', { exact: true }).pressSequentially(' A few words.');
    await length.click();
    await length.fill('');
    await length.pressSequentially(minutes);
    // The Notes save completes while the cursor is still in the length field.
    await expectSaved(page);
    await expect(length).toHaveValue(minutes);
    await page.keyboard.press('Tab');
    await expect(length).toHaveValue(minutes);
  }
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Length in minutes')).toHaveValue('55');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(
    /A few words\. A few words\. A few words\.$/,
  );
});

test.describe('where the browser will not store anything', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
  });

  test('a pair start, agree, record a meeting, and the backup holds it all', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('workbook/');
    await expect(page.getByRole('region', { name: 'This browser is not saving your work' })).toContainText(
      'it keeps your work from page to page while the tab is open',
    );
    await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
    await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
    await answerAll(page, () => 0, 'A risk of serious harm');
    await page.getByRole('button', { name: 'Start Priya’s answers' }).click();
    await answerAll(page, (n) => n % 3, 'Anything the law says we must report');
    await settleAll(page);
    await page.getByRole('button', { name: 'See our agreement' }).click();
    await expect(page.getByRole('heading', { name: 'Our mentoring agreement' })).toBeVisible();
    await expect(page.getByText('Between Priya (mentor) and Sam (mentee).')).toBeVisible();

    const id = new URL(page.url()).hash.match(/p=([^&]+)/)?.[1] ?? '';
    await page.goto(`workbook/meetings/#p=${id}`);
    await startMeeting(page, '2026-11-20');
    await page.getByLabel('Notes', { exact: true }).fill('Our first meeting, kept in this tab.');
    await expect(page.getByRole('status').filter({ hasText: 'kept in this tab only' })).toBeVisible();

    await page.goto('workbook/');
    await expect(page.getByRole('heading', { name: 'Sam and Priya' })).toBeVisible();
    const notice = page.getByRole('region', { name: 'This browser is not saving your work' });
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download a backup now' }).click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      data: {
        partnerships: { id: string }[];
        rounds: { stage: string }[];
        meetings: { notes: string }[];
      };
    };
    expect(backup.data.partnerships.map((p) => p.id)).toEqual([id]);
    expect(backup.data.rounds.map((r) => r.stage)).toEqual(['settled']);
    expect(backup.data.meetings.map((m) => m.notes)).toEqual(['Our first meeting, kept in this tab.']);
  });
});
