/**
 * Times one page load under emulated slow 4G and a slowed-down CPU, in a fresh context with a cold cache
 * and service workers blocked: First Contentful Paint, Largest Contentful Paint, Total Blocking Time and,
 * where the page has Astro islands, the time until every island that hydrates on load has hydrated (Astro
 * removes an island's `ssr` attribute once its component has hydrated, so that is the moment it responds to
 * input). Islands that wait to be scrolled into view (client:visible, client:media) are left out.
 */
import type { Browser, Page } from '@playwright/test';
import type { Budgets } from './budgets.ts';
import { totalBlockingTime } from './stats.ts';

/** Timings of one load, in milliseconds from the start of navigation. */
export interface LoadTiming {
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number;
  /** When the last island hydrated; null on a page without islands or when one never hydrated. */
  islandMs: number | null;
  /** How many islands the page has that hydrate on load (client:load, client:idle, client:only). */
  islands: number;
}

interface PageMarks {
  lcp: number | null;
  longTasks: number[];
  island: number | null;
}

declare global {
  interface Window {
    __benchMarks?: PageMarks;
  }
}

/** Runs in the page before any of its own scripts (addInitScript is not subject to the page's CSP). */
function observe(): void {
  const marks: PageMarks = { lcp: null, longTasks: [], island: null };
  window.__benchMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Islands that hydrate on their own: client:visible and client:media ones wait for the reader.
  const eager = ['load', 'idle', 'only'].map((c) => `astro-island[client="${c}"]`).join(',');
  const checkIslands = () => {
    if (marks.island !== null) return;
    const islands = [...document.querySelectorAll(eager)];
    if (islands.length > 0 && islands.every((island) => !island.hasAttribute('ssr'))) {
      marks.island = performance.now();
    }
  };
  new MutationObserver(checkIslands).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['ssr'],
  });
}

/** Applies the budgets' emulation to a page with CDP: the network, and the CPU unless `cpu` is false. */
export async function emulateSlowPhone(
  page: Page,
  emulation: Budgets['emulation'],
  cpu = true,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: emulation.latencyMs,
    downloadThroughput: (emulation.downloadKbps * 1000) / 8,
    uploadThroughput: (emulation.uploadKbps * 1000) / 8,
  });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: emulation.cpuSlowdown });
}

/** How long to wait for islands to hydrate before giving up on one load. */
const islandTimeoutMs = 15_000;
/** Islands that hydrate without the reader doing anything (the same list as in observe()). */
const eagerIslands = 'astro-island[client="load"], astro-island[client="idle"], astro-island[client="only"]';
/** Quiet time after load (and hydration), so late paints and long tasks are seen. */
const settleMs = 750;

/** Loads `url` once under the budgets' emulation and returns its timings. */
export async function timePageLoad(
  browser: Browser,
  url: string,
  emulation: Budgets['emulation'],
): Promise<LoadTiming> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 412, height: 823 },
  });
  try {
    const page = await context.newPage();
    // No page.route here: interception sends every request through Node and would distort the timings.
    // The bytes pass, which runs first, fails any request to another origin.
    await page.addInitScript(observe);
    await emulateSlowPhone(page, emulation);

    await page.goto(url, { waitUntil: 'load' });
    const islands = await page.locator(eagerIslands).count();
    if (islands > 0) {
      await page
        .waitForFunction(() => window.__benchMarks?.island !== null, undefined, { timeout: islandTimeoutMs })
        .catch(() => undefined);
    }
    await page.waitForTimeout(settleMs);
    const marks = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const m = window.__benchMarks;
      return { fcp, lcp: m?.lcp ?? null, longTasks: m?.longTasks ?? [], island: m?.island ?? null };
    });
    return {
      fcpMs: marks.fcp,
      lcpMs: marks.lcp,
      tbtMs: totalBlockingTime(marks.longTasks),
      islandMs: islands > 0 ? marks.island : null,
      islands,
    };
  } finally {
    await context.close();
  }
}
