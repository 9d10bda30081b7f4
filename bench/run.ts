/**
 * `npm run bench` (after `astro build`): measures every page in dist/ in a real Chromium and checks the
 * figures against bench/budgets.json. Prints a table, writes bench/results/latest.json, refreshes the
 * figures in bench/README.md, and exits non-zero when a budget is broken. See bench/README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/support/find-chromium.ts';
import { listSitePages, outDir } from '../tests/e2e/support/site-pages.ts';
import { normaliseBasePath } from '../src/lib/site/base-path.ts';
import { budgetFor, byteFigures, checkBytes, checkLcp, loadBudgets } from './lib/budgets.ts';
import { runDataLayerBench } from './lib/data-layer.ts';
import { accountFirstLoad, type FirstLoad, type SiteBuild } from './lib/first-load.ts';
import { measurePageBytes } from './lib/measure-bytes.ts';
import { timePageLoad } from './lib/measure-timing.ts';
import { measurePrecache } from './lib/precache.ts';
import type { BenchResults, PageCheck, PageResult, TimingFigures } from './lib/results.ts';
import { startStaticServer } from './lib/static-server.ts';
import { median } from './lib/stats.ts';
import { summaryText } from './lib/summary.ts';

const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
const budgets = loadBudgets();
const build: SiteBuild = { root: outDir(), base: normaliseBasePath(process.env['BASE_PATH']) };
const port = Number(process.env['BENCH_PORT'] ?? 4344);
const runs = Number(process.env['BENCH_RUNS'] ?? budgets.runs);
const viewport = { width: 412, height: 823 };
const resultsDir = new URL('results/', import.meta.url);

/** The pages to time: every workbook page, the home page, and the heaviest page of each other kind. */
function pagesToTime(loads: readonly FirstLoad[]): Set<string> {
  const chosen = new Set<string>();
  const home = loads.find((l) => l.path === '');
  if (home) chosen.add(home.path);
  const heaviest = new Map<string, FirstLoad>();
  for (const load of loads) {
    if (load.kind === 'workbook') chosen.add(load.path);
    if (load.kind === 'other' && home) continue;
    const current = heaviest.get(load.kind);
    if (!current || load.total.gzip > current.total.gzip) heaviest.set(load.kind, load);
  }
  for (const load of heaviest.values()) chosen.add(load.path);
  return chosen;
}

const log = (message: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

const pages = listSitePages(build.root);
const loads = pages.map((page) => accountFirstLoad(build, page));
const timed = pagesToTime(loads);
log(`${pages.length} pages in ${build.root}/; timing ${timed.size} of them, ${runs} runs each.`);

const server = await startStaticServer(build, port);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs(),
  headless: true,
});
const results: PageResult[] = [];
try {
  for (const load of loads) {
    const budget = budgetFor(budgets, load.kind);
    const url = server.url + load.path;
    const measured = await measurePageBytes(browser, url);
    let timing: TimingFigures | null = null;
    if (timed.has(load.path)) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await timePageLoad(browser, url, budgets.emulation));
      timing = {
        runs,
        fcpMs: median(samples.map((s) => s.fcpMs)),
        lcpMs: median(samples.map((s) => s.lcpMs)),
        tbtMs: median(samples.map((s) => s.tbtMs)),
        islandMs: median(samples.map((s) => s.islandMs)),
        islands: Math.max(...samples.map((s) => s.islands)),
        samples: samples.map(({ fcpMs, lcpMs, tbtMs, islandMs }) => ({ fcpMs, lcpMs, tbtMs, islandMs })),
      };
      log(`timed /${load.path}: LCP ${timing.lcpMs?.toFixed(0) ?? '–'} ms`);
    }
    const checks: PageCheck[] = [
      ...checkBytes(budget, byteFigures(measured, load.inlineScriptBytes)).map((c) => ({
        ...c,
        source: 'browser' as const,
      })),
      ...checkBytes(budget, byteFigures(load, load.inlineScriptBytes)).map((c) => ({
        ...c,
        source: 'build' as const,
      })),
      ...(timing ? checkLcp(budget, timing.lcpMs).map((c) => ({ ...c, source: 'timing' as const })) : []),
    ];
    const problems = [...measured.problems, ...load.missing.map((m) => `missing file: ${m}`)];
    results.push({
      path: load.path,
      kind: load.kind,
      browser: {
        requests: measured.requests,
        byKind: measured.byKind,
        total: measured.total,
        jsFiles: measured.jsFiles,
      },
      build: {
        requests: load.requests,
        byKind: load.byKind,
        total: load.total,
        jsFiles: load.jsFiles,
        inlineScriptBytes: load.inlineScriptBytes,
        lazyJs: load.lazyJs,
        missing: load.missing,
      },
      timing,
      checks,
      problems,
      withinBudget: problems.length === 0 && checks.every((c) => c.ok),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

log('measuring the precache and the data layer');
const dataLayer = runDataLayerBench(fileURLToPath(new URL('..', import.meta.url)));
const report: BenchResults = {
  generatedAt: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  emulation: budgets.emulation,
  viewport,
  machine: { cores: availableParallelism(), loadAverage: [loadAtStart, loadavg()[0] ?? 0] },
  pages: results,
  precache: measurePrecache(build.root),
  dataLayer,
  withinBudget: results.every((p) => p.withinBudget) && dataLayer.ok,
};

mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL('latest.json', resultsDir), `${JSON.stringify(report, null, 2)}\n`);
const text = summaryText(report);
console.log(`\n${text}\n`);

// Keep the figures in the README current: they sit between two markers, in a code block.
const readme = new URL('README.md', import.meta.url);
const start = '<!-- bench:latest:start -->';
const end = '<!-- bench:latest:end -->';
const current = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
const from = current.indexOf(start);
const to = current.indexOf(end);
if (from !== -1 && to > from) {
  const block = `${start}\n\nMeasured ${report.generatedAt.slice(0, 10)} with ${report.browser}.\n\n\`\`\`text\n${text}\n\`\`\`\n\n`;
  writeFileSync(readme, current.slice(0, from) + block + current.slice(to));
}
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results/latest.json`);
process.exitCode = report.withinBudget ? 0 : 1;
