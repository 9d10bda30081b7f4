/**
 * The printables: each prints within its page budget on A4 and US Letter (Chromium's print-to-PDF
 * uses print media, so this is what a person gets from the Print command), and ships no JavaScript.
 */
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Type /Pages`). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  return countPdfPages(await page.pdf({ format }));
}

const printables = [{ path: 'print/expectations/', heading: 'The four expectations', maxPages: 1 }] as const;

for (const printable of printables) {
  test.describe(`/${printable.path}`, () => {
    test('ships no JavaScript', async ({ page }) => {
      await page.goto(printable.path);
      await expect(page.getByRole('heading', { level: 1, name: printable.heading })).toBeVisible();
      expect(await page.locator('script').count()).toBe(0);
    });

    for (const format of ['A4', 'Letter'] as const) {
      test(`prints on at most ${printable.maxPages} ${format} page(s)`, async ({ page }) => {
        await page.goto(printable.path);
        const pages = await printedPages(page, format);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(printable.maxPages);
      });
    }
  });
}
