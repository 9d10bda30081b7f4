/**
 * The workbook's data notice (storage warning or backup reminder) sits in the same place on every
 * workbook page: after the page's heading and introduction, never above the heading.
 */
import { expect, test } from './support/fixtures';

for (const path of ['workbook/', 'workbook/checklist/', 'workbook/agreement/', 'workbook/meetings/']) {
  test(`/${path} shows the data notice after its heading and introduction`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(path);
    const notice = page.getByRole('region', { name: 'This browser is not saving your work' }).first();
    await expect(notice).toBeVisible();
    const follows = await notice.evaluate((el) => {
      const lead = document.querySelector('main .lead');
      const h1 = document.querySelector('main h1');
      const after = (a: Element | null) =>
        a !== null && Boolean(a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { h1: after(h1), lead: after(lead) };
    });
    expect(follows).toEqual({ h1: true, lead: true });
  });
}
