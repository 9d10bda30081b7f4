/**
 * The leak test: nothing a person types ever leaves the page. With the service worker allowed, a
 * unique marker is typed into every text field of every workbook page, then backed up (plain and
 * with the marker as the passphrase). The site is served by the test's own server, whose log sees
 * every request — the worker's too — with its headers and body; the page's own requests are
 * recorded as well. No request may contain the marker, and none may leave the origin.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { normaliseBasePath } from '../../src/lib/site/base-path';
import { backUp, openDataPage, restore, seedBackup, workbookPages } from './support/data-page';
import { expect, test as guarded } from './support/fixtures';
import { outDir } from './support/site-pages';
import { startStaticServer, type StaticServer } from './support/static-server';

const base = normaliseBasePath(process.env['BASE_PATH']);

const test = guarded.extend<{ server: StaticServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  server: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'mentoring-leak-'));
    cpSync(outDir(), root, { recursive: true });
    const server = await startStaticServer(root, base);
    await use(server);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ server }, use) => use(server.url),
});
test.use({ serviceWorkers: 'allow' });

/** Every field a person can type into that is on screen now. */
const typeable =
  'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], input[type="number"], input[type="date"], input[type="time"], textarea, [contenteditable="true"]';

/**
 * Types the marker into every visible, enabled text field of the page (the date, time and number
 * fields get a value of their kind: they cannot hold words). Returns the fields' labels.
 */
async function typeEverywhere(page: Page, marker: string): Promise<string[]> {
  const filled: string[] = [];
  const fields = page.locator('main').locator(typeable);
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    const type = (await field.getAttribute('type')) ?? 'text';
    const value =
      type === 'number' ? '42' : type === 'date' ? '2026-05-04' : type === 'time' ? '17:30' : marker;
    await field.fill(value);
    const label = await field.evaluate(
      (el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.id,
    );
    filled.push(label.trim());
  }
  // Leave the field, so anything that saves on blur or on a pause has its chance.
  await page.keyboard.press('Tab');
  return filled;
}

test('nothing typed leaves the page, and no request leaves the origin', async ({ page, server }) => {
  test.setTimeout(120_000);
  const marker = `leak-marker-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const pageRequests: { url: string; headers: Record<string, string>; body: string }[] = [];
  page.context().on('request', (request) => {
    pageRequests.push({ url: request.url(), headers: request.headers(), body: request.postData() ?? '' });
  });

  await page.goto('');
  await page.evaluate(() => navigator.serviceWorker.ready);

  // A partnership to type into (the checklist and meeting log need one open).
  const seed = seedBackup(['Sam and Priya']);
  await openDataPage(page);
  await restore(page, seed);
  const id =
    (JSON.parse(seed) as { data: { partnerships: { id: string }[] } }).data.partnerships[0]?.id ?? '';

  const covered: Record<string, string[]> = {};
  for (const path of workbookPages) {
    await page.goto(`${path}#p=${id}`);
    await page.waitForLoadState('load');
    covered[path] = await typeEverywhere(page, marker);
  }
  // The Your data page's own fields: the clear-device word, then a backup encrypted with the
  // marker as its passphrase, and a plain one.
  await openDataPage(page);
  await page.getByLabel('Type delete to confirm').fill(marker);
  covered['workbook/data/'] = ['Type delete to confirm', 'Passphrase', 'Passphrase again'];
  const encrypted = await backUp(page, { passphrase: marker });
  expect(encrypted.text).not.toContain(marker);
  await backUp(page);
  // Reload every page once more, so the worker serves and revalidates them after the typing.
  for (const path of workbookPages) await page.goto(path);
  test.info().annotations.push({ type: 'fields covered', description: JSON.stringify(covered) });

  expect(server.requests.length, 'the server saw the visit').toBeGreaterThan(5);
  for (const request of server.requests) {
    const seen = `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${request.body}`;
    expect(seen, 'a request the server received').not.toContain(marker);
    expect(request.url.startsWith(base), `${request.url} is inside ${base}`).toBe(true);
  }
  const origin = new URL(server.url).origin;
  expect(pageRequests.length).toBeGreaterThan(5);
  for (const request of pageRequests) {
    expect(
      `${request.url} ${JSON.stringify(request.headers)} ${request.body}`,
      'a request the page made',
    ).not.toContain(marker);
    if (!request.url.startsWith('blob:') && !request.url.startsWith('data:')) {
      expect(new URL(request.url).origin, request.url).toBe(origin);
    }
  }
});
