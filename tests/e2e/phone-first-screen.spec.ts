/**
 * On a 390 × 844 phone, each page's main action is on the first screen, before any scrolling: the home
 * page's "Open the workbook", and on the workbook pages the control a person came for, with the
 * workbook's notices showing (they stay small and never push it down). The header fits on one line.
 * axe runs on each first screen, in light and dark.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, startPartnership } from './support/checklist';
import { seedRound } from './support/seed-round';

test.use({ viewport: { width: 390, height: 844 } });

/** The element is wholly inside the first screen, with the page not scrolled. */
async function expectOnFirstScreen(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), `${what}: the page opened scrolled`).toBe(0);
  const box = await target.boundingBox();
  expect(box, what).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0), `${what} ends below the first screen`).toBeLessThanOrEqual(844);
}

async function expectHeaderOnOneLine(page: Page): Promise<void> {
  const header = await page.locator('.site-header').boundingBox();
  expect(header?.height ?? 0, 'the header wraps').toBeLessThan(72);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the home page, the start form, who answers first and the first question', async ({ page }) => {
      await page.goto('');
      await expectHeaderOnOneLine(page);
      await expectOnFirstScreen(page, page.getByRole('link', { name: 'Open the workbook' }), 'home');
      await expectNoAxeViolations(page, `home on a phone (${colorScheme})`);

      await page.goto('workbook/');
      await expectOnFirstScreen(page, page.getByLabel('Mentee’s name'), 'workbook');
      await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
      await expectOnFirstScreen(
        page,
        page.getByRole('button', { name: 'Sam (mentee) answers first' }),
        'who first',
      );
      await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectOnFirstScreen(
        page,
        page.locator('section.answer-steps').getByRole('radio').first(),
        'the first question',
      );
      await expectNoAxeViolations(page, `answering on a phone (${colorScheme})`);
    });

    test('the comparison, the agreement and the meeting log', async ({ page }) => {
      const id = await seedRound(page, 'workbook/checklist/', {
        mentorName: 'Priya',
        menteeName: 'Sam',
        mentorPick: (item) => (item.id === 'goal-owner' ? 1 : 0),
      });
      await expectOnFirstScreen(
        page,
        page.getByRole('button', { name: 'Next item to talk about' }),
        'compare',
      );
      await expectNoAxeViolations(page, `compare on a phone (${colorScheme})`);
      await page.goto(`workbook/agreement/#p=${id}`);
      await expectOnFirstScreen(
        page,
        page.getByRole('button', { name: 'Print or save as PDF' }),
        'agreement',
      );
      await expectNoAxeViolations(page, `agreement on a phone (${colorScheme})`);
      await page.goto(`workbook/meetings/#p=${id}`);
      await expectOnFirstScreen(page, page.getByRole('button', { name: 'Record a meeting' }), 'meeting log');
    });
  });
}

test.describe('with the workbook notices showing', () => {
  test('a backup falling due leaves the first question on the first screen', async ({ page }) => {
    await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
    await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
    await page.locator('section.answer-steps').getByRole('radio').first().check();
    await expect(
      page.getByRole('status').filter({ hasText: 'All changes saved on this device.' }),
    ).toBeVisible();
    await page.clock.setFixedTime(Date.now() + 15 * 24 * 60 * 60 * 1000);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toBeVisible();
    await expectOnFirstScreen(
      page,
      page.locator('section.answer-steps').getByRole('radio').first(),
      'first question',
    );
    await expectNoAxeViolations(page, 'backup reminder on a phone');
  });

  test('where the browser stores nothing, the warning leaves the start form and the first question on screen', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('workbook/');
    const warning = page.getByRole('region', { name: 'This browser is not saving your work' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('button', { name: 'Download a backup now' })).toBeVisible();
    await expectOnFirstScreen(page, page.getByLabel('Mentee’s name'), 'workbook with the warning');
    await expectNoAxeViolations(page, 'storage warning on a phone');
    await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
    await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectOnFirstScreen(
      page,
      page.locator('section.answer-steps').getByRole('radio').first(),
      'first question',
    );
  });
});
