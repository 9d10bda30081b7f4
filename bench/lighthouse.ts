/**
 * `npm run lighthouse` (after `astro build`): an optional second opinion. Serves dist/ and runs the pinned
 * Lighthouse in the system Chromium (through CHROME_PATH, headless) on the home page, one guide page and
 * the checklist, then prints the performance, accessibility, best-practices and SEO scores. No budgets:
 * `npm run bench` holds those.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/e2e/support/find-chromium.ts';
import { listSitePages, outDir } from '../tests/e2e/support/site-pages.ts';
import { normaliseBasePath } from '../src/lib/site/base-path.ts';
import type { SiteBuild } from './lib/first-load.ts';
import { formatTable } from './lib/report.ts';
import { startStaticServer } from './lib/static-server.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const cli = 'node_modules/.bin/lighthouse';

interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
}

/** Runs the Lighthouse CLI on one URL. Asynchronous, so this process's server keeps answering meanwhile. */
function runLighthouse(url: string, chromePath: string): Promise<LighthouseReport> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=--headless=new ${chromiumArgs().join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(cli, args, { env: { ...process.env, CHROME_PATH: chromePath } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as LighthouseReport);
      else reject(new Error(`Lighthouse failed on ${url} (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

if (!existsSync(cli)) {
  console.error('Lighthouse is not installed: run `npm ci` (it is a pinned dev dependency).');
  process.exit(1);
}
const build: SiteBuild = { root: outDir(), base: normaliseBasePath(process.env['BASE_PATH']) };
const paths = listSitePages(build.root).map((p) => p.path);
const guide = paths.includes('guide/why-agree-expectations/')
  ? 'guide/why-agree-expectations/'
  : paths.find((p) => p.startsWith('guide/') && p !== 'guide/');
const chosen = ['', guide, 'workbook/checklist/'].filter(
  (p): p is string => p !== undefined && paths.includes(p),
);

const chromePath = findChromium();
const server = await startStaticServer(build, Number(process.env['BENCH_PORT'] ?? 4344));
const rows: string[][] = [];
try {
  for (const path of chosen) {
    console.error(`Lighthouse: /${path}`);
    const report = await runLighthouse(server.url + path, chromePath);
    const score = (id: string) => {
      const value = report.categories[id]?.score;
      return value === null || value === undefined ? '–' : String(Math.round(value * 100));
    };
    rows.push([`/${path}`, ...categories.map(score)]);
  }
} finally {
  await server.close();
}
console.log(`\n${formatTable(['page', ...categories], rows, 'lrrrr')}\n`);
