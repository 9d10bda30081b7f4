/**
 * The whole one-device flow: two partners answer blind with different answers, a hand-over hides the
 * first partner's answers, every difference is settled, and the agreement reads, downloads and prints
 * on one page.
 * axe runs at every step.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { answerAll, expectNoAxeViolations, settleAll, startPartnership } from './support/checklist';
import { countPdfPages } from './support/pdf';

test('a pair agree their expectations on one device and print the agreement', async ({ page }) => {
  test.setTimeout(90_000);
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await expectNoAxeViolations(page, 'who answers first');
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();

  // The mentee answers: the first option everywhere.
  await answerAll(
    page,
    () => 0,
    'A risk of serious harm',
    async (part) => {
      if (part === 0) await expectNoAxeViolations(page, 'answering');
    },
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved on this device.' }),
  ).toBeVisible();

  // The hand-over hides the mentee's answers.
  await expect(page.getByRole('heading', { name: /hand over the device/ })).toBeFocused();
  await expect(page.getByText('A risk of serious harm')).toHaveCount(0);
  await expectNoAxeViolations(page, 'hand-over');
  await page.getByRole('button', { name: 'Start Priya’s answers' }).click();

  // The mentor starts with a blank checklist, not the mentee's answers.
  await expect(page.locator('section.answer-steps').getByRole('radio', { checked: true })).toHaveCount(0);
  await answerAll(page, (n) => n % 3, 'Anything the law says we must report');

  // Compare: differences first, then settle everything.
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'To discuss' })).toBeVisible();
  await expectNoAxeViolations(page, 'compare');
  await settleAll(page);
  await expectNoAxeViolations(page, 'everything settled');
  await page.getByRole('button', { name: 'See our agreement' }).click();

  // The agreement, in plain sentences with names.
  await expect(page).toHaveURL(/workbook\/agreement\/#p=/);
  await expect(page.getByRole('heading', { name: 'Our mentoring agreement' })).toBeVisible();
  await expect(page.getByText('Between Priya (mentor) and Sam (mentee).')).toBeVisible();
  await expect(page.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'To come back to' })).toBeVisible();
  await expectNoAxeViolations(page, 'agreement');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a Markdown file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mentoring-agreement-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('# Our mentoring agreement');
  expect(markdown).toContain('Sam, the mentee, sets the agenda for each meeting.');

  // Print: no buttons, site header or footer, the signature space shows, and it fits on one page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByText('Signed').first()).toBeVisible();
  expect(countPdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  expect(countPdfPages(await page.pdf({ format: 'Letter', preferCSSPageSize: true }))).toBe(1);
});
