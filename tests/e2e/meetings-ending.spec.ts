/**
 * A good ending (issue 16): "Close our partnership" done with the keyboard alone, each partner's
 * reflection private unless shared, a closing summary that prints on one A4 page, the log read-only
 * afterwards, and a way to reopen it. Axe in the light and dark schemes.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/checklist';
import { expect, test } from './support/fixtures';
import { expectSaved, tabTo } from './support/meeting-log';
import { countPdfPages } from './support/pdf';
import { openThreeMonthsIn } from './support/three-months';

async function closeWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('link', { name: 'Close our partnership' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Close our partnership' })).toBeFocused();

  // How each goal ended: the first one achieved.
  await tabTo(page, page.getByLabel('Speak up in team meetings'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Speak up in team meetings')).toHaveValue('achieved');

  const mentee = page.getByRole('group', { name: 'Priya looks back' });
  const mentor = page.getByRole('group', { name: 'Sam looks back' });
  await tabTo(page, mentee.getByLabel('What went well'));
  await page.keyboard.type('I learnt to speak up, and Sam listened.');
  await tabTo(page, mentee.getByLabel('What I will take away'));
  await page.keyboard.type('Ask early, and ask often.');
  await tabTo(page, mentee.getByLabel('Put this in our closing summary'));
  await page.keyboard.press('Space');
  await tabTo(page, mentor.getByLabel('What went well'));
  await page.keyboard.type('A secret worry I keep to myself.');
  await expectSaved(page);

  const summary = page.getByRole('article', { name: /our mentoring partnership$/ });
  await expect(summary).toContainText('I learnt to speak up, and Sam listened.');
  await expect(summary).not.toContainText('A secret worry');
  await expect(summary).toContainText('Speak up in team meetings (Achieved)');
  await expect(summary).toContainText('5 meetings held');
  await expect(summary).toContainText('1 of 3 actions done.');

  await tabTo(page, page.getByRole('button', { name: 'Close our partnership' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Our partnership is closed' })).toBeFocused();
}

test('the pair close their partnership with the keyboard alone, and can reopen it', async ({ page }) => {
  await openThreeMonthsIn(page);
  await closeWithKeyboard(page);
  await expect(page.getByRole('article', { name: /our mentoring partnership$/ })).toContainText(
    'Ask early, and ask often.',
  );

  // Read-only afterwards: the goals and meetings are there, their fields disabled.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Our partnership is closed' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByText('This partnership is closed, so its log is read-only.')).toBeVisible();
  await expect(page.getByLabel('A new goal')).toBeDisabled();
  await page
    .getByRole('navigation', { name: 'Meeting log' })
    .getByRole('link', { name: 'Meeting', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Our partnership is closed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record a meeting' })).toHaveCount(0);

  await tabTo(page, page.getByRole('button', { name: 'Reopen the partnership' }));
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('button', { name: 'Record a meeting' })).toBeEnabled();
  // The reflections stay for a later ending.
  await page.getByRole('link', { name: 'Close our partnership' }).click();
  await expect(
    page.getByRole('group', { name: 'Priya looks back' }).getByLabel('What went well'),
  ).toHaveValue('I learnt to speak up, and Sam listened.');
});

test('the closing summary prints on one A4 page as a keepsake', async ({ page }) => {
  await openThreeMonthsIn(page);
  await closeWithKeyboard(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Meeting log' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reopen the partnership' })).toBeHidden();
  await expect(page.getByRole('article', { name: /our mentoring partnership$/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(countPdfPages(pdf)).toBe(1);
});

test('a reflection never prints from the ending page; the summary holds only what was shared', async ({
  page,
}) => {
  await openThreeMonthsIn(page);
  await page.getByRole('link', { name: 'Close our partnership' }).click();
  const mentor = page.getByRole('group', { name: 'Sam looks back' });
  await mentor.getByLabel('What went well').fill('A private worry');
  await expectSaved(page);
  await page.emulateMedia({ media: 'print' });
  await expect(mentor).toBeHidden();
  await expect(mentor.getByLabel('What went well')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the ending passes axe in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openThreeMonthsIn(page);
    await page.getByRole('link', { name: 'Close our partnership' }).click();
    await expect(page.getByRole('heading', { name: 'Close our partnership' })).toBeVisible();
    await expectNoAxeViolations(page, `closing the partnership (${colorScheme})`);
    await page.getByRole('button', { name: 'Close our partnership' }).click();
    await expect(page.getByRole('heading', { name: 'Our partnership is closed' })).toBeVisible();
    await expectNoAxeViolations(page, `closed partnership (${colorScheme})`);
    await page
      .getByRole('navigation', { name: 'Meeting log' })
      .getByRole('link', { name: 'History' })
      .click();
    await expectNoAxeViolations(page, `closed partnership's history (${colorScheme})`);
  });
}
