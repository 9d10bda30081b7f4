/**
 * Every built page, discovered from the output folder, is read as a person sees it: no two words
 * run together ("on theYour data page", "short:your programme"). See support/text-spacing.ts for
 * why this happens and what counts.
 */
import { expect, test } from './support/fixtures';
import { listSitePages } from './support/site-pages';
import { CAMEL_CASE_WORDS, findGluedText } from './support/text-spacing';
import { hydrated } from './support/trainers';

for (const sitePage of listSitePages()) {
  test(`/${sitePage.path} has a space between every two words`, async ({ page }) => {
    await page.goto(sitePage.path);
    await page.waitForLoadState('load');
    expect(await page.evaluate(findGluedText, CAMEL_CASE_WORDS)).toEqual([]);
  });
}

test('the checklist builder has a space between every two words', async ({ page }) => {
  await page.goto('trainers/builder/');
  // A press before the island wakes does nothing yet (issue 19), so wait for it as a person would see it.
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await expect(page.getByLabel('Programme name')).toBeFocused();
  await page.getByRole('group', { name: 'Add a question' }).getByRole('button').click();
  expect(await page.evaluate(findGluedText, CAMEL_CASE_WORDS)).toEqual([]);
});
