/**
 * Site search: Pagefind runs in the browser on /search/, the query lives only in the URL fragment, and
 * the page stays inside its Content Security Policy (the privacy guard fails any violation or any
 * request to another origin). Run against a base-path build too: see README "Tests".
 */
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind';
import { expect, test } from './support/fixtures';

const cases = [
  { query: 'confidential', page: 'Trust and confidentiality', path: 'guide/trust-and-confidentiality/' },
  { query: 'agenda', page: 'Mentee-driven', path: 'guide/mentee-driven/' },
];

test.describe('search', () => {
  for (const { query, page: title, path } of cases) {
    test(`searching "${query}" finds the ${title} page`, async ({ page, baseURL }) => {
      await page.goto('search/');
      await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
      await expect(page.getByRole('search').getByRole('status')).toContainText(`match “${query}”`);
      const results = page.getByRole('list', { name: 'Search results' });
      const link = results.getByRole('heading', { name: title }).getByRole('link');
      await expect(link).toHaveAttribute('href', new URL(path, baseURL).pathname);
      await expect(page).toHaveURL(new RegExp(`/search/#q=${query}$`));
    });
  }

  test('the query in the fragment is searched when the page opens, and never sent in a request', async ({
    page,
    guard,
  }) => {
    await page.goto('search/#q=agenda');
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('agenda');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'Mentee-driven', exact: true })).toBeVisible();
    expect(guard.requests.filter((url) => url.includes('agenda'))).toEqual([]);
  });

  test('a word that is nowhere gets a clear message', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('xylophonist');
    await expect(page.getByRole('search').getByRole('status')).toHaveText(
      'No pages match “xylophonist”. Try a shorter or different word.',
    );
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
  });

  test('what someone types before search has loaded is not lost', async ({ page }) => {
    let typed = () => {};
    const typing = new Promise<void>((resolve) => (typed = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await typing;
      await route.continue();
    });
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('agenda');
    typed();
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'Mentee-driven', exact: true })).toBeVisible();
  });

  test('a result leads to the page', async ({ page }) => {
    await page.goto('search/#q=confidential');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Trust and confidentiality', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trust and confidentiality' })).toBeVisible();
  });

  test('only the search page loads Pagefind', async ({ page, guard }) => {
    await page.goto('guide/mentee-driven/');
    await page.goto('');
    expect(guard.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('Pagefind’s unused ready-made interfaces are not published (nor precached)', async ({ page }) => {
    for (const file of UNUSED_PAGEFIND_FILES) {
      const response = await page.request.get(`pagefind/${file}`);
      expect(response.status(), file).toBe(404);
    }
    const worker = await (await page.request.get('sw.js')).text();
    expect(worker).toContain('pagefind/pagefind.js');
    expect(worker).not.toContain('pagefind-ui');
  });
});

test.describe('search without its web worker', () => {
  test('falls back to the page itself and still stays inside the policy', async ({ page, guard }) => {
    guard.allowConsoleErrors(); // the browser logs the worker's failed load
    await page.route('**/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('search/#q=agenda');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'Mentee-driven', exact: true })).toBeVisible();
  });

  test('says so, and offers the guide, when the index cannot load', async ({ page, guard }) => {
    guard.allowConsoleErrors();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('search/#q=agenda');
    await expect(page.getByText('Search could not load.')).toBeVisible();
    await expect(page.getByRole('link', { name: "the guide's contents" })).toBeVisible();
  });
});
