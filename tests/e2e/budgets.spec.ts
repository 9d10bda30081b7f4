/**
 * The byte budgets of bench/budgets.json, checked on the build alone so the result is the same on every
 * machine: for every page in dist/, what a first visit fetches (the HTML, what it references and the
 * JavaScript its islands pull in through static imports) must fit its kind's budget. Timing budgets are
 * checked by `npm run bench` only.
 */
import { budgetFor, byteFigures, checkBytes, loadBudgets } from '../../bench/lib/budgets.ts';
import { readFileSync } from 'node:fs';
import { accountFirstLoad, fileForUrl } from '../../bench/lib/first-load.ts';
import { measureBytes } from '../../bench/lib/gzip-size.ts';
import { classifyPath } from '../../bench/lib/page-kinds.ts';
import { normaliseBasePath } from '../../src/lib/site/base-path';
import { expect, test } from './support/fixtures';
import { listSitePages, outDir } from './support/site-pages';

const budgets = loadBudgets();
const build = { root: outDir(), base: normaliseBasePath(process.env['BASE_PATH']) };

for (const sitePage of listSitePages(build.root)) {
  test(`/${sitePage.path} fits its byte budget on a first visit`, () => {
    const load = accountFirstLoad(build, sitePage);
    expect(load.missing, 'references to files that are not in the build').toEqual([]);
    const checks = checkBytes(budgetFor(budgets, load.kind), byteFigures(load, load.inlineScriptBytes));
    const over = checks.filter((c) => !c.ok).map((c) => `${c.figure}: ${c.value} > ${c.limit}`);
    const files = load.files.map((f) => `${f.url} ${f.bytes.gzip} B`).join(', ');
    expect(over, `over the ${load.kind} budget; files fetched: ${files}`).toEqual([]);
  });
}

// What the browser really fetches, dynamic imports included: an island that loads code as soon as it
// starts counts too. Bytes, not timings, so the figure is the same on every machine.
const jsLimit = (path: string) => budgetFor(budgets, classifyPath(path))?.maxJsGzipBytes;
for (const sitePage of listSitePages(build.root).filter((p) => jsLimit(p.path) !== undefined)) {
  test(`/${sitePage.path} fits its JavaScript budget with everything its islands load at start`, async ({
    page,
  }) => {
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(sitePage.path, { waitUntil: 'networkidle' });
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    const bytes = [...scripts].map((path) => {
      const file = fileForUrl(build, path);
      expect(file, `${path} is in the build`).toBeDefined();
      return { path, gzip: measureBytes(readFileSync(file ?? '')).gzip };
    });
    const total = bytes.reduce((sum, b) => sum + b.gzip, 0);
    const limit = jsLimit(sitePage.path) ?? Infinity;
    const list = bytes.map((b) => `${b.path} ${b.gzip} B`).join(', ');
    expect(total, `JavaScript fetched: ${list}`).toBeLessThanOrEqual(limit);
  });
}
