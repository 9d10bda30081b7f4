/**
 * Checks on the built HTML of the guide, read from the output folder: the reading pages ship no
 * JavaScript, each page's policy names exactly one connect-src, and the prose is plain enough to read
 * aloud (Flesch reading ease of at least 60).
 */
import { readFileSync } from 'node:fs';
import { readingEase } from '../../src/lib/guide/readability';
import { expect, test } from './support/fixtures';
import { listSitePages } from './support/site-pages';

const pages = listSitePages();
const guidePages = pages.filter((p) => /^guide\/[^/]+\/$/.test(p.path));
const readingPages = pages.filter((p) => p.path === '' || p.path === 'guide/' || guidePages.includes(p));

/** Inline scripts up to this size are allowed: the service worker's registration, processed by Astro. */
const INLINE_SCRIPT_LIMIT = 1024;

test('the build has the seven guide pages', () => {
  expect(guidePages).toHaveLength(7);
});

test.describe('reading pages ship no JavaScript', () => {
  for (const sitePage of readingPages) {
    test(`/${sitePage.path}`, () => {
      const html = readFileSync(sitePage.file, 'utf8');
      expect(html, 'script files').not.toMatch(/<script\b[^>]*\ssrc=/i);
      expect(html, 'islands').not.toMatch(/<astro-island\b/i);
      expect(html, 'module preloads').not.toMatch(/<link\b[^>]*rel="modulepreload"/i);
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attributes, 'an inline script must be a module Astro processed').toMatch(/type="module"/);
        expect(new TextEncoder().encode(body).length, 'inline script size').toBeLessThan(INLINE_SCRIPT_LIMIT);
      }
    });
  }
});

test.describe('connections', () => {
  for (const sitePage of pages) {
    const expected = sitePage.path === 'search/' ? "connect-src 'self'" : "connect-src 'none'";
    test(`/${sitePage.path} allows ${expected}`, () => {
      const html = readFileSync(sitePage.file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const connect = policy
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d.startsWith('connect-src'));
      expect(connect).toEqual([expected]);
    });
  }
});

test.describe('readability', () => {
  for (const sitePage of guidePages) {
    test(`/${sitePage.path} reads easily (Flesch reading ease ≥ 60)`, async ({ page }) => {
      await page.goto(sitePage.path);
      // Paragraphs and list items of the page's own text; navigation lists are not prose.
      const blocks = await page
        .locator('main p:not(nav *), main li:not(nav *):not(:has(p))')
        .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
      expect(blocks.length).toBeGreaterThan(10);
      const score = readingEase(blocks);
      test.info().annotations.push({ type: 'Flesch reading ease', description: score.toFixed(1) });
      expect(score).toBeGreaterThanOrEqual(60);
    });
  }
});
