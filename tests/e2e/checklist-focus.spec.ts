/**
 * Keyboard focus through the one-device checklist: each step that replaces the button just pressed
 * (who answers first, the hand-over, finishing, settling or reopening an item) puts focus on what comes
 * next instead of dropping it on the page: after settling an item, the next item to talk about. Also, at 320 px a long name leaves room for the answers.
 */
import { expect, test } from './support/fixtures';
import { answerAll, openFullForm, startPartnership } from './support/checklist';

test('focus follows each step of the checklist and never falls back to the page', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await startPartnership(page, { mode: 'one', mentorName: 'Priya Ramaswamy-Oluwaseun', menteeName: 'Sam' });

  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  await expect(page.getByRole('heading', { name: /^Part 1 of \d/ })).toBeFocused();
  await answerAll(page, () => 0, 'A risk of serious harm');

  await page.getByRole('button', { name: 'Start Priya Ramaswamy-Oluwaseun’s answers' }).click();
  await expect(page.getByRole('heading', { name: /^Part 1 of \d/ })).toBeFocused();
  await answerAll(page, (n) => (n % 2 === 0 ? 1 : 0), 'Anything the law says we must report');
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeFocused();

  // The long name wraps; the answer beside it keeps a readable width.
  const card = page.locator('article.compare-card:has(.settle-form)').first();
  const answer = card.locator('.answers dd').first();
  expect((await answer.boundingBox())?.width ?? 0).toBeGreaterThan(100);

  const prompt = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
  const nextPrompt =
    (await page
      .locator('article.compare-card:has(.settle-form)')
      .nth(1)
      .getByRole('heading', { level: 3 })
      .textContent()) ?? '';
  await openFullForm(card);
  await card.getByRole('group').getByRole('radio').first().check();
  await card.getByRole('button', { name: /^(Confirm|Save what we agreed)/ }).click();
  await expect(page.getByRole('heading', { name: nextPrompt, level: 3 })).toBeFocused();

  const change = page.getByRole('article', { name: prompt }).getByRole('button', { name: /^Change/ });
  await change.press('Enter');
  await expect(page.getByRole('heading', { name: prompt, level: 3 })).toBeFocused();

  // A parked item says its date as people write it, not as 2027-01-15.
  const open = page.getByRole('article', { name: prompt });
  await openFullForm(open);
  await open.getByLabel('Or come back to it on').fill('2027-01-15');
  await open.getByRole('button', { name: /^Park it/ }).click();
  await expect(page.getByRole('article', { name: prompt })).toContainText('Parked until 15 January 2027');

  // The workbook lists the partnership with the date it started, written out the same way.
  await page.goto('workbook/');
  await expect(page.getByText(/^Started on \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
});
