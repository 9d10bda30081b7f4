/**
 * Offline use, with service workers allowed (every other spec blocks them). Each test serves its own
 * copy of the build from a small server whose request log also sees the worker's requests, which
 * page.route cannot. The copy lets the update test "deploy" a new version without touching dist/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeServiceWorker, workerTemplatePath } from '../../src/integrations/service-worker';
import { buildPrecache, cacheNameFor } from '../../src/integrations/precache';
import { listDistFiles } from '../../src/integrations/dist-files';
import { normaliseBasePath } from '../../src/lib/site/base-path';
import { startPartnership } from './support/checklist';
import { expect, test as guarded } from './support/fixtures';
import { listSitePages, outDir } from './support/site-pages';
import { startStaticServer, type StaticServer } from './support/static-server';

const base = normaliseBasePath(process.env['BASE_PATH']);

interface ServedSite {
  /** The folder being served: a fresh copy of the build. */
  root: string;
  server: StaticServer;
}

const test = guarded.extend<{ site: ServedSite }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  site: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'mentoring-offline-'));
    cpSync(outDir(), root, { recursive: true });
    const server = await startStaticServer(root, base);
    await use({ root, server });
    await server.close();
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.server.url),
});
test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has precached the site and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The text of the h1 in a built page. */
function builtHeading(file: string): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  expect(heading, `the heading of ${file}`).not.toBe('');
  return heading.replace(/<[^>]+>/g, '').trim();
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test.describe('offline use', () => {
  test('after one visit, pages, guide and workbook open with no network', async ({ page, context, site }) => {
    await page.goto('');
    await waitForWorker(page);

    const precache = buildPrecache(await listDistFiles(site.root), base);
    const cached = await page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((request) => new URL(request.url).pathname);
    }, cacheNameFor(precache));
    expect(cached.sort()).toEqual([...precache.urls].sort());

    await context.setOffline(true);
    const requestsBefore = site.server.requests.length;
    // The home page, two guide pages, the workbook and the privacy page, each with the heading it was built with.
    const paths = ['', 'guide/mentee-driven/', 'guide/first-meeting/', 'workbook/', 'privacy/'];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `status of /${path}`).toBe(200);
      const heading = builtHeading(join(site.root, path, 'index.html'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    // The browser itself may check for a new worker (Chromium's offline emulation does not stop that
    // check; a real offline device would). Nothing else may reach the server.
    const reached = site.server.requests
      .slice(requestsBefore)
      .filter((r) => r.headers['service-worker'] !== 'script');
    expect(reached, 'requests that reached the server').toEqual([]);
  });

  test('offline, a partnership and a meeting are created and survive a reload', async ({ page, context }) => {
    await page.goto('');
    await waitForWorker(page);
    await context.setOffline(true);

    await startPartnership(page, { mode: 'one', mentorName: 'Sam', menteeName: 'Priya' });
    const id = /p=([^&]+)/.exec(new URL(page.url()).hash)?.[1] ?? '';
    expect(id).not.toBe('');
    await page.goto(`workbook/meetings/#p=${id}`);
    await page.getByRole('button', { name: 'Record a meeting' }).click();
    await page.getByLabel('Notes', { exact: true }).fill('Written with no network');
    await expect(page.getByText('All changes saved on this device.').first()).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Written with no network');
    await page.goto('workbook/');
    await expect(page.getByRole('link', { name: /^Meeting log\s*:\s*Priya and Sam$/ })).toBeVisible();
  });

  test('offline, an address without the slash or with index.html finds its page', async ({
    page,
    context,
  }) => {
    await page.goto('');
    await waitForWorker(page);
    await context.setOffline(true);
    await page.goto('guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Guide' })).toBeVisible();
    await page.goto('privacy/index.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  });

  test('offline, an address with no page gets the not-found page', async ({ page, context }) => {
    await page.goto('');
    await waitForWorker(page);
    await context.setOffline(true);
    await page.goto('no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('offline, a script loaded on demand comes from the cache, as search loads its index', async ({
    page,
    context,
    site,
  }) => {
    const script = (await listDistFiles(site.root)).find((file) => /^_astro\/.*\.js$/.test(file.path));
    expect(script, 'a script in the build').toBeDefined();
    await page.goto('');
    await waitForWorker(page);
    await context.setOffline(true);
    await page.goto('guide/');
    const loaded = await page.evaluate(
      async (url) => Object.keys((await import(url)) as object).length > 0,
      `${base}${script?.path}`,
    );
    expect(loaded).toBe(true);
  });

  test('every request of a visit stays on the site', async ({ page, site }) => {
    await page.goto('');
    await waitForWorker(page);
    await page.goto('guide/protected-time/');
    expect(site.server.requests.length, 'the worker precached through this server').toBeGreaterThan(5);
    for (const request of site.server.requests) {
      expect(request.method).toBe('GET');
      expect(request.url.startsWith(base), `${request.url} is inside ${base}`).toBe(true);
      expect(request.body).toBe('');
    }
  });
});

test.describe('installing', () => {
  test('the browser reads the manifest and finds the site installable', async ({ page, site }) => {
    await page.goto('guide/');
    await waitForWorker(page);
    const cdp = await page.context().newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${site.server.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test browsers run as private windows, which Chromium never offers to install from.
    const errors = installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
    expect(errors).toEqual([]);
  });
});

test.describe('a new version', () => {
  test('offers a reload, and reloading switches to the new version', async ({ page, context, site }) => {
    await page.goto('');
    await waitForWorker(page);
    const first = buildPrecache(await listDistFiles(site.root), base);
    expect(await cacheNames(page)).toEqual([cacheNameFor(first)]);
    const notice = page.getByRole('status').filter({ hasText: 'This site has been updated.' });
    const reload = notice.getByRole('button', { name: 'Reload to see the new version' });
    await expect(reload).toBeHidden();
    // Until there is news, the region stays out of the way of each page's own status messages.
    await expect(page.getByRole('status')).toHaveCount(0);

    // Deploy a new version: one page changes, and the worker is rebuilt as the build would.
    const privacyFile = join(site.root, 'privacy', 'index.html');
    const privacy = readFileSync(privacyFile, 'utf8');
    expect(privacy).toContain('>Privacy</h1>');
    writeFileSync(privacyFile, privacy.replace('>Privacy</h1>', '>Privacy, new version</h1>'));
    const next = await writeServiceWorker(site.root, base, workerTemplatePath);
    expect(next.version).not.toBe(first.version);

    // Visiting a page makes the browser check for a new worker.
    await page.goto('guide/');
    // Chromium checks a while after the navigation (about 3 s here, longer on a busy machine).
    await expect(notice.getByText('This site has been updated.')).toBeVisible({ timeout: 20_000 });
    await expect(reload).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.map((v) => v.id),
      'axe violations with the notice showing',
    ).toEqual([]);
    if (process.env['SCREENSHOT']) await page.screenshot({ path: process.env['SCREENSHOT'] });

    const reloaded = page.waitForEvent('load');
    await reload.click();
    await reloaded;
    await expect.poll(() => cacheNames(page), 'only the new version is cached').toEqual([cacheNameFor(next)]);
    await expect(reload).toBeHidden();

    await context.setOffline(true);
    await page.goto('privacy/');
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy, new version' })).toBeVisible();
  });
});

guarded.describe('the offline support script', () => {
  const guidePages = listSitePages().filter((sitePage) => sitePage.path.startsWith('guide/'));

  guarded('is the only script on guide pages, inline and under 1 KB', () => {
    expect(guidePages.length).toBeGreaterThan(1);
    for (const sitePage of guidePages) {
      const scripts = [
        ...readFileSync(sitePage.file, 'utf8').matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g),
      ].map(([script]) => script);
      expect(scripts, `scripts on /${sitePage.path}`).toHaveLength(1);
      const [script = ''] = scripts;
      expect(script).toMatch(/^<script type="module">/);
      expect(script).toContain('sw.js');
      expect(script).toContain(`\`${base}\``); // the worker's scope
      expect(Buffer.byteLength(script), `bytes of the script on /${sitePage.path}`).toBeLessThan(1024);
    }
  });
});
