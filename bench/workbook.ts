/**
 * `npm run bench` (second part, after run.ts): the workbook pages as people use them (issue 19).
 * - For each workbook page, empty and with a realistic workbook (bench/lib/seed-workbook.ts: a
 *   partnership, an agreement, 1,000 meetings, 5,000 actions of which 1,000 open): the time to the first
 *   response of a control, the floor its bytes and round trips allow, their ratio, the requests made,
 *   the first-load JavaScript and the depth of its import chain. Under the budgets' emulation.
 * - The log's screens at 1,000 and 10,000 meetings, in the browser, and the ratio between them.
 * Writes bench/results/workbook.json and exits non-zero when a goal in budgets.json is broken.
 *
 * First response of a control: from the start of navigation until every island that hydrates on load has
 * hydrated and the page shows a link or an enabled button or field inside an island, i.e. the moment a tap is
 * handled by the page's code. Floor: a round trip to connect, one for the HTML, one for the JavaScript
 * (every first-load file is listed in the HTML as a modulepreload, so no further level of imports waits
 * on another), and every first-load byte (HTML and JavaScript, gzipped) at the emulated bandwidth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/support/find-chromium.ts';
import { listSitePages, outDir } from '../tests/e2e/support/site-pages.ts';
import { normaliseBasePath } from '../src/lib/site/base-path.ts';
import { loadBudgets, type Budgets } from './lib/budgets.ts';
import { accountFirstLoad, type SiteBuild } from './lib/first-load.ts';
import { importDepth } from './lib/import-depth.ts';
import { emulateSlowPhone } from './lib/measure-timing.ts';
import { BENCH_PARTNERSHIP, seedWorkbook } from './lib/seed-workbook.ts';
import { startStaticServer } from './lib/static-server.ts';
import { median } from './lib/stats.ts';

const budgets = loadBudgets();
const goals = budgets.workbookGoals;
const build: SiteBuild = { root: outDir(), base: normaliseBasePath(process.env['BENCH_BASE_PATH']) };
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const port = Number(process.env['BENCH_PORT'] ?? 4344) + 1;
const load = [loadavg()[0] ?? 0];

declare global {
  interface Window {
    __firstResponse?: number;
  }
}

/** Runs before the page's scripts: notes when a tap would first be handled (see the header). */
function watchFirstResponse(): void {
  const eager = ['load', 'idle', 'only'].map((c) => `astro-island[client="${c}"]`).join(',');
  const check = () => {
    if (window.__firstResponse !== undefined) return;
    const islands = [...document.querySelectorAll(eager)];
    if (islands.length === 0 || islands.some((i) => i.hasAttribute('ssr'))) return;
    const control = islands.some((i) =>
      i.querySelector(
        'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea',
      ),
    );
    if (control) window.__firstResponse = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

async function emulate(page: Page, emulation: Budgets['emulation']): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await emulateSlowPhone(page, emulation);
}

/** A fresh context (cold cache, no service worker), seeded with `meetings` meetings when not 0. */
async function freshPage(browser: Browser, origin: string, meetings: number) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  if (meetings > 0) {
    await page.goto(`${origin}workbook/`);
    await page.getByText('There are none yet').waitFor();
    await seedWorkbook(page, meetings);
  }
  return { context, page };
}

interface Response {
  page: string;
  workbook: 'empty' | 'realistic';
  firstResponseMs: number | null;
  floorMs: number;
  ratio: number | null;
  requests: number;
  firstLoadJsGzip: number;
  importDepth: number;
}

async function firstResponse(browser: Browser, origin: string, path: string, meetings: number) {
  const samples: number[] = [];
  let requests = 0;
  for (let run = 0; run < runs; run++) {
    const { context, page } = await freshPage(browser, origin, meetings);
    try {
      await page.addInitScript(watchFirstResponse);
      await emulate(page, budgets.emulation);
      let count = 0;
      page.on('request', () => (count += 1));
      const hash =
        meetings > 0 && path !== 'workbook/' && path !== 'workbook/data/' ? `#p=${BENCH_PARTNERSHIP}` : '';
      await page.goto(`${origin}${path}${hash}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__firstResponse !== undefined, undefined, { timeout: 60_000 });
      samples.push(await page.evaluate(() => window.__firstResponse ?? NaN));
      await page.waitForLoadState('networkidle');
      requests = Math.max(requests, count);
    } catch {
      // No response within a minute: recorded as none.
    } finally {
      await context.close();
    }
  }
  return { ms: median(samples), requests };
}

/** The screens of the log, timed at 1× CPU on a fast network, with `meetings` meetings. */
async function screenTimes(browser: Browser, origin: string, meetings: number) {
  const p = `#p=${BENCH_PARTNERSHIP}`;
  const screens: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
    {
      name: 'overview',
      url: `workbook/meetings/${p}`,
      ready: (pg) => pg.getByRole('heading', { name: 'Overview' }).waitFor(),
    },
    {
      name: 'history',
      url: `workbook/meetings/${p}&view=history`,
      ready: (pg) => pg.getByRole('heading', { name: 'History' }).waitFor(),
    },
    {
      name: 'one meeting',
      url: `workbook/meetings/${p}&view=meeting&m=${BENCH_PARTNERSHIP}m3`,
      ready: (pg) => pg.getByLabel("The mentee's agenda").waitFor(),
    },
    {
      name: 'your data',
      url: 'workbook/data/',
      ready: (pg) =>
        pg
          .locator('dd')
          .filter({ hasText: /^[1-9][\d,]*$/ })
          .first()
          .waitFor(),
    },
    {
      name: 'start a new meeting',
      url: `workbook/meetings/${p}`,
      ready: async (pg) => {
        await pg.getByRole('button', { name: 'Record a meeting' }).click();
        await pg.getByLabel("The mentee's agenda").waitFor();
      },
    },
  ];
  const { context, page } = await freshPage(browser, origin, meetings);
  const times: Record<string, number | null> = {};
  try {
    for (const screen of screens) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = Date.now();
        try {
          await page.goto(`${origin}${screen.url}`);
          await page.reload();
          await screen.ready(page);
          samples.push(Date.now() - started);
        } catch {
          // not shown within the default timeout
        }
      }
      times[screen.name] = samples.length > 0 ? median(samples) : null;
    }
  } finally {
    await context.close();
  }
  return times;
}

const pages = listSitePages(build.root).filter((p) => p.path.startsWith('workbook/'));
const server = await startStaticServer(build, port);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs(),
  headless: true,
});
const responses: Response[] = [];
let data: { meetings: number; times: Record<string, number | null> }[] = [];
try {
  for (const sitePage of pages) {
    const first = accountFirstLoad(build, sitePage);
    const bytes = first.byKind.html.gzip + first.byKind.js.gzip;
    const { latencyMs, downloadKbps } = budgets.emulation;
    const floorMs = 3 * latencyMs + (bytes * 8) / downloadKbps;
    for (const [workbook, meetings] of [
      ['empty', 0],
      ['realistic', 1000],
    ] as const) {
      const r = await firstResponse(browser, server.url, sitePage.path, meetings);
      responses.push({
        page: `/${sitePage.path}`,
        workbook,
        firstResponseMs: r.ms,
        floorMs: Math.round(floorMs),
        ratio: r.ms === null ? null : Math.round((r.ms / floorMs) * 100) / 100,
        requests: r.requests,
        firstLoadJsGzip: first.byKind.js.gzip,
        importDepth: importDepth(build, sitePage),
      });
      console.error(`[workbook bench] /${sitePage.path} ${workbook}: ${r.ms?.toFixed(0) ?? '–'} ms`);
      load.push(loadavg()[0] ?? 0);
    }
  }
  data = [];
  for (const meetings of [1000, 10_000]) {
    data.push({ meetings, times: await screenTimes(browser, server.url, meetings) });
    console.error(`[workbook bench] screens at ${meetings} meetings done`);
    load.push(loadavg()[0] ?? 0);
  }
} finally {
  await browser.close();
  await server.close();
}

const [small, large] = data;
const sizeRatios = Object.fromEntries(
  Object.keys(small?.times ?? {}).map((name) => {
    const a = small?.times[name];
    const b = large?.times[name];
    return [name, a && b ? Math.round((b / a) * 100) / 100 : null];
  }),
);
const broken = [
  ...responses
    .filter((r) => r.ratio === null || r.ratio > goals.maxFirstResponseRatio)
    .map((r) => `${r.page} (${r.workbook}): first response ${r.ratio ?? 'none'} × the floor`),
  ...responses
    .filter((r) => r.requests > goals.maxFirstVisitRequests)
    .map((r) => `${r.page} (${r.workbook}): ${r.requests} requests`),
  ...Object.entries(sizeRatios)
    .filter(([, ratio]) => ratio === null || ratio > goals.maxSizeRatio)
    .map(([name, ratio]) => `${name}: 10,000 meetings take ${ratio ?? '∞'} × 1,000`),
];
const report = {
  generatedAt: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  emulation: budgets.emulation,
  machine: { cores: availableParallelism(), loadAverage: { min: Math.min(...load), max: Math.max(...load) } },
  goals,
  responses,
  data,
  sizeRatios,
  broken,
};
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/workbook.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  JSON.stringify({ responses, data, sizeRatios, loadAverage: report.machine.loadAverage }, null, 1),
);
if (broken.length > 0) console.log(`Goals broken:\n- ${broken.join('\n- ')}`);
process.exitCode = broken.length === 0 ? 0 : 1;
