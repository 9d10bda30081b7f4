/**
 * The leak test: nothing a person types ever leaves the page. With the service worker allowed, a
 * unique marker is typed into every text field of the workbook (start form, checklist answers and
 * compare notes, meeting log: meeting, action, goal, next meeting), then backed up (plain and
 * with the marker as the passphrase). The site is served by the test's own server, whose log sees
 * every request — the worker's too — with its headers and body; the page's own requests are
 * recorded as well. No request may contain the marker, and none may leave the origin.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { normaliseBasePath } from '../../src/lib/site/base-path';
import { answerAll, settleAll, startPartnership } from './support/checklist';
import { backUp, openDataPage, workbookPages } from './support/data-page';
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
  'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], input[type="number"], input[type="date"], input[type="time"], input[type="datetime-local"], textarea, [contenteditable="true"]';

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
  const covered: Record<string, string[]> = {};

  // The workbook: start a partnership with the marker as both names.
  await startPartnership(page, { mode: 'one', mentorName: marker, menteeName: marker });
  covered['workbook/'] = ['Mentee’s name', 'Mentor’s name'];
  const id = new URL(page.url()).hash.match(/p=([^&]+)/)?.[1] ?? '';
  expect(id).not.toBe('');

  // The checklist: both partners answer, every text answer is the marker; then every note and
  // date field in the compare view, and everything is settled.
  await page
    .getByRole('button', { name: /answers first$/ })
    .first()
    .click();
  await answerAll(page, () => 0, marker);
  await page.getByRole('button', { name: /^Start .*answers$/ }).click();
  await answerAll(page, (n) => n % 3, marker);
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  // Each card's full form (notes, dates) is folded away until asked for: open them all.
  const folded = page.locator('details.settle-more:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
  covered['workbook/checklist/'] = [
    'every text answer of both partners',
    ...(await typeEverywhere(page, marker)),
  ];
  await settleAll(page);

  // The meeting log: a meeting (every field), an action, a goal and the next meeting.
  await page.goto(`workbook/meetings/#p=${id}`);
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeVisible();
  const meetingFields = await typeEverywhere(page, marker);
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('link', { name: 'Goals' }).click();
  await page.getByLabel('A new goal').fill(marker);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('link', { name: 'Next meeting' }).click();
  const nextFields = await typeEverywhere(page, marker);
  await page.getByRole('button', { name: 'Save the next meeting' }).click();
  await expect(page.getByText('All changes saved on this device.').first()).toBeVisible();
  covered['workbook/meetings/'] = [...meetingFields, 'A new goal', ...nextFields];

  // The Your data page's own fields: the clear-device word, then a backup encrypted with the
  // marker as its passphrase, and a plain one.
  await openDataPage(page);
  await page.getByLabel('Type delete to confirm').fill(marker);
  covered['workbook/data/'] = ['Type delete to confirm', 'Passphrase', 'Passphrase again'];
  const encrypted = await backUp(page, { passphrase: marker });
  expect(encrypted.text).not.toContain(marker);
  // The plain backup holds the marker: proof that the typing was saved, so the checks below mean something.
  expect((await backUp(page)).text).toContain(marker);
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
