/**
 * The byte budgets of bench/budgets.json, checked on the build alone so the result is the same on every
 * machine: for every page in dist/, what a first visit fetches (the HTML, what it references and the
 * JavaScript its islands pull in through static imports) must fit its kind's budget. Timing budgets are
 * checked by `npm run bench` only.
 */
import { budgetFor, byteFigures, checkBytes, loadBudgets } from '../../bench/lib/budgets.ts';
import { accountFirstLoad } from '../../bench/lib/first-load.ts';
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
