/**
 * `npm run shots` (after `astro build`): full-page screenshots of every page in dist/ and of the main
 * workbook steps, on a phone (390 × 844) and a laptop (1280 × 800), in light and dark, so anyone can
 * review the design in a minute. Written to shots/ (git-ignored) or SHOTS_DIR, as
 * `<viewport>-<scheme>/<name>.png`. Only the built site is served; nothing leaves this machine.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { normaliseBasePath } from '../src/lib/site/base-path.ts';
import { chromiumArgs, findChromium } from '../tests/e2e/support/find-chromium.ts';
import { listSitePages, outDir } from '../tests/e2e/support/site-pages.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { answerAsPairOnOneDevice, settleAll } from '../tests/e2e/support/checklist.ts';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;
const schemes = ['light', 'dark'] as const;
const root = outDir();
const shotsDir = process.env['SHOTS_DIR'] ?? 'shots';

/** A file name for a page path: '' is home, 'guide/first-meeting/' is guide-first-meeting. */
const nameFor = (path: string) =>
  path
    .replace(/\.html$/, '')
    .replace(/\/$/, '')
    .replaceAll('/', '-') || 'home';

/** Waits until the page's islands have started and its own reads are done, so a picture shows content. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('astro-island[ssr]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined); // a page without islands
  await page.waitForTimeout(300); // one more moment for the store's first read to paint
}

/** The workbook's main steps, walked once as a pair on one device would, with a picture of each. */
async function walkWorkbook(page: Page, shoot: (name: string) => Promise<void>): Promise<void> {
  await page.goto('workbook/');
  await shoot('step-01-workbook-empty');
  await answerAsPairOnOneDevice(page, {
    whoFirst: () => shoot('step-02-who-answers-first'),
    answering: () => shoot('step-03-answering'),
    handOver: () => shoot('step-04-hand-over'),
  });
  await shoot('step-05-compare');
  await settleAll(page);
  await shoot('step-06-settled');
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await page.getByRole('heading', { name: 'Our mentoring agreement' }).waitFor();
  await shoot('step-07-agreement');
  await page.emulateMedia({ media: 'print' });
  await shoot('step-08-agreement-print');
  await page.emulateMedia({ media: 'screen' });
  await page.goto('workbook/');
  await page
    .getByRole('link', { name: /meeting log/i })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
  await shoot('step-09-meetings');
  await page.goto('workbook/');
  await shoot('step-10-workbook-with-partnership');
  await page.goto('workbook/data/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot('step-11-data');
}

async function shootAll(browser: Browser, baseURL: string): Promise<number> {
  let count = 0;
  for (const viewport of viewports) {
    for (const scheme of schemes) {
      const dir = join(shotsDir, `${viewport.name}-${scheme}`);
      mkdirSync(dir, { recursive: true });
      const context = await browser.newContext({
        baseURL,
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
        serviceWorkers: 'block',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const shoot = async (name: string) => {
        await settled(page);
        await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
        count += 1;
      };
      for (const sitePage of listSitePages(root)) {
        await page.goto(sitePage.path, { waitUntil: 'networkidle' });
        await shoot(`page-${nameFor(sitePage.path)}`);
      }
      try {
        await walkWorkbook(page, shoot);
      } catch (error) {
        // The pages are still worth having; say which step broke so the walk can be mended.
        console.error(`Workbook walk stopped (${viewport.name}, ${scheme}):`, error);
        process.exitCode = 1;
      }
      await context.close();
    }
  }
  return count;
}

const server = await startStaticServer(root, normaliseBasePath(process.env['BASE_PATH']));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
try {
  const count = await shootAll(browser, server.url);
  console.log(`${count} screenshots in ${shotsDir}/`);
} finally {
  await browser.close();
  await server.close();
}
