/**
 * Checks every page in the build, discovered from the output folder: it loads, has one h1 and a title,
 * fits a 320 px screen, and axe finds no WCAG 2.2 AA violations, in light and dark colour schemes.
 * The privacy guard (fixtures.ts) fails any page that reaches another origin or breaks the CSP.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { listSitePages } from './support/site-pages';

const pages = listSitePages();
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every page has its own title', () => {
  const titles = pages.map((p) => /<title>([^<]*)<\/title>/.exec(readFileSync(p.file, 'utf8'))?.[1] ?? '');
  expect(
    titles.filter((t) => t === ''),
    'pages without a title',
  ).toEqual([]);
  const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
  expect(repeated, 'titles used by more than one page').toEqual([]);
});

for (const sitePage of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/${sitePage.path} works in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 640 });
      const response = await page.goto(sitePage.path);
      expect(response?.status(), 'HTTP status').toBe(200);
      await page.waitForLoadState('load');

      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).trim()).not.toBe('');

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);

      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  }
}
