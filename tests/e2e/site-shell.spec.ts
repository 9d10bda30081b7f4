/**
 * The site shell and the privacy guard itself: the guard must catch what it exists to catch, or every
 * other test's silence means nothing.
 */
import { readFileSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { expect, installGuard, test } from './support/fixtures';
import { listSitePages } from './support/site-pages';

plain.describe('the privacy guard', () => {
  plain(
    'records a Content Security Policy violation when a page tries to connect anywhere',
    async ({ page, baseURL }) => {
      const guard = await installGuard(page, new URL(baseURL ?? '').origin);
      await page.goto('');
      await page.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
      await expect.poll(() => guard.cspViolations()).toEqual([expect.stringContaining('connect-src')]);
    },
  );

  plain(
    'aborts and records a request to another origin that the policy would not stop',
    async ({ page, baseURL }) => {
      const guard = await installGuard(page, new URL(baseURL ?? '').origin);
      await page.goto('');
      // A top-level navigation is not covered by connect-src; the route guard must catch it.
      await page.goto('https://leak.example/').catch(() => undefined);
      expect(guard.requests).toContain('https://leak.example/');
    },
  );
});

test.describe('the site shell', () => {
  test('a skip link takes keyboard users straight to the content', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the header links to every part of the site', async ({ page }) => {
    await page.goto('');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Guide', 'Workbook', 'For trainers', 'Privacy', 'Search']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await nav.getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Privacy' })).toHaveAttribute('aria-current', 'page');
  });

  for (const width of [320, 390]) {
    test(`on a ${width} px phone the header is one line, with a menu that opens from the keyboard`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('guide/');
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: 'Mentoring Expectations' })).toBeVisible();
      const box = await header.boundingBox();
      expect(box?.height, 'one line of header').toBeLessThanOrEqual(64);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav).toBeHidden();
      // As a keyboard user: Tab past the skip link and the site name to the menu, then Enter.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
      await page.keyboard.press('Enter');
      await expect(nav.getByRole('link', { name: 'Guide' })).toHaveAttribute('aria-current', 'page');
      for (const name of ['Workbook', 'For trainers', 'Privacy', 'Search']) {
        await expect(nav.getByRole('link', { name })).toBeVisible();
      }
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Guide' })).toBeFocused();
    });
  }

  test('on a wide screen the navigation is a row, with no menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('');
    await expect(page.getByRole('banner').getByText('Menu')).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'every link on one line').toBe(1);
  });

  test('on a phone the home page’s main action is on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Open the workbook' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('img', { name: 'The four expectations' })).toBeVisible();
  });

  test('an unknown address gets the friendly not-found page', async ({ page, guard }) => {
    guard.allowConsoleErrors(); // the browser logs the 404 response itself
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('print hides the navigation', async ({ page }) => {
    await page.goto('privacy/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('pages that only read', () => {
  const readingPages = listSitePages().filter((p) => ['', 'privacy/', '404.html'].includes(p.path));

  for (const sitePage of readingPages) {
    test(`/${sitePage.path} ships no script files and no islands (only the inline offline script)`, () => {
      const html = readFileSync(sitePage.file, 'utf8');
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html).not.toMatch(/<astro-island/);
    });
  }
});
