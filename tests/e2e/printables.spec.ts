/**
 * The printables: each prints within its page budget on A4 and US Letter (Chromium's print-to-PDF
 * uses print media, so this is what a person gets from the Print command), and ships no JavaScript.
 */
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { countPdfPages } from './support/pdf';
import { hydrated } from './support/trainers';

async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  return countPdfPages(await page.pdf({ format }));
}

// Each with what the trainers' page says of it, which must stay true of what prints.
const printables = [
  {
    path: 'print/expectations/',
    heading: 'The four expectations',
    link: 'The four expectations',
    maxPages: 1,
    claim: 'one side of paper',
  },
  // 21 items: two sheets printed on both sides.
  {
    path: 'print/checklist/',
    heading: 'Expectations checklist',
    link: 'The paper checklist',
    maxPages: 4,
    claim: 'on four pages',
  },
] as const;

for (const printable of printables) {
  test.describe(`/${printable.path}`, () => {
    test('ships no JavaScript of its own: no islands, no script files', async ({ page }) => {
      await page.goto(printable.path);
      await expect(page.getByRole('heading', { level: 1, name: printable.heading })).toBeVisible();
      // The only script is the site-wide service worker registration, inlined in every page.
      expect(await page.locator('astro-island').count()).toBe(0);
      expect(await page.locator('script[src]').count()).toBe(0);
    });

    for (const format of ['A4', 'Letter'] as const) {
      test(`prints on at most ${printable.maxPages} ${format} page(s)`, async ({ page }) => {
        await page.goto(printable.path);
        const pages = await printedPages(page, format);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(printable.maxPages);
        // On A4, exactly what the trainers' page promises.
        if (format === 'A4') expect(pages).toBe(printable.maxPages);
      });
    }

    test(`is described on the trainers' page as it prints: "${printable.claim}"`, async ({ page }) => {
      await page.goto('trainers/');
      const section = page.getByRole('region', { name: 'Printables' });
      const item = section
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: printable.link }) });
      await expect(item).toContainText(printable.claim);
    });

    test('prints without the site footer', async ({ page }) => {
      await page.goto(printable.path);
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('contentinfo')).toBeHidden();
    });
  });
}

test.describe('the paper checklist', () => {
  test('gives every item mentor, mentee and agreed columns', async ({ page }) => {
    await page.goto('print/checklist/');
    const items = page.locator('.paper__item');
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const heads = items.nth(i).getByRole('columnheader');
      await expect(heads).toHaveText(['Mentor', 'Mentee', 'Agreed']);
    }
  });

  test('shows both statements and five boxes per column for a scale item', async ({ page }) => {
    await page.goto('print/checklist/');
    const item = page.locator('.paper__item').filter({ hasText: 'Who sets the agenda for each meeting?' });
    await expect(item).toContainText('1 = The mentee brings the topics to each meeting');
    await expect(item).toContainText('5 = The mentor decides what each meeting covers');
    await expect(item.getByText(/^Mentee: [1-5]$/)).toHaveCount(5);
  });

  test('lists the options of a choice item, with a line for another answer', async ({ page }) => {
    await page.goto('print/checklist/');
    const item = page.locator('.paper__item').filter({ hasText: 'How often will you meet?' });
    await expect(item).toContainText('Every two weeks');
    await expect(item).toContainText('Other:');
    await expect(item.getByText('Agreed: Every two weeks')).toHaveCount(1);
  });
});

test('the builder prints a trainer’s checklist like the paper checklist: four A4 pages, no footer', async ({
  page,
}) => {
  // The print dialog itself is the browser's; what matters is the page it would print.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('trainers/builder/');
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await page.getByLabel('Programme name').fill('Northfield Nurses');
  await page.getByRole('button', { name: 'Print this checklist' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Expectations checklist' })).toBeVisible();
  await expect(page.getByText('Prepared by Northfield Nurses').filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toBeHidden();
  expect(await printedPages(page, 'A4')).toBe(4);
});
