/**
 * The printed meeting summary reads cleanly: what happened to each action followed up sits in brackets
 * after it, like an action's owner and due date, with no stray punctuation (".:") between them.
 */
import { expect, test } from './support/fixtures';

test('the summary of the example pair’s latest meeting says how each action went', async ({ page }) => {
  await page.goto('trainers/');
  await expect(page.locator('astro-island:has(.example-pair)')).not.toHaveAttribute('ssr', /.*/);
  await page.getByRole('button', { name: 'Try it with an example pair' }).click();
  await page.getByRole('link', { name: 'The example meeting log' }).click();
  await page.getByRole('link', { name: 'History' }).click();
  await page
    .getByRole('button', { name: /^Print the meeting of/ })
    .first()
    .click();

  const summary = page.locator('.print-summary');
  await expect(summary.getByRole('heading', { name: 'Follow-through' })).toBeVisible();
  const items = await summary.locator('h4:text("Follow-through") + ul li').allTextContents();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item).toMatch(/\((Done|Carried forward|Dropped)\)$/);
  await expect(summary).not.toContainText('.:');
});
