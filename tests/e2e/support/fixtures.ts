/**
 * The privacy guard that every end-to-end test runs under. Every request the page makes is recorded;
 * any request to another origin is aborted (so a mistake cannot leak) and fails the test, as does any
 * Content Security Policy violation and, unless a test says otherwise, any console error.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * The moment every test's pages start from: Friday 20 November 2026, 09:30 in London (UTC in November).
 * Tests are written with real dates ("due Tuesday 1 December 2026"); pinning the clock keeps them meaning
 * the same thing on whatever day CI runs. Time still flows from here, so debounces and timers behave.
 */
export const PINNED_NOW = new Date('2026-11-20T09:30:00Z');

/** Today as the pinned page clock sees it, for helpers that compute dates outside the page. */
export function testNow(): Date {
  return new Date(PINNED_NOW);
}

const pinned = new WeakSet<BrowserContext>();

/** Starts the context's clock at PINNED_NOW (once per context; later calls do nothing). */
export async function pinClock(context: BrowserContext): Promise<void> {
  if (pinned.has(context)) return;
  pinned.add(context);
  await context.clock.install({ time: PINNED_NOW });
}

export interface Guard {
  /** Every request URL the page made, in order. */
  requests: string[];
  /** Console errors the page logged. */
  consoleErrors: string[];
  /** Let this test log console errors (for tests that feed in bad input on purpose). */
  allowConsoleErrors(): void;
  /** CSP violations reported inside the page so far. */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function installGuard(page: Page, origin: string): Promise<Guard> {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let consoleErrorsAllowed = false;

  // Every page a test guards, in any context, runs on the pinned clock.
  await pinClock(page.context());
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (isSameOrigin(url, origin)) await route.continue();
    else await route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));

  return {
    requests,
    consoleErrors,
    allowConsoleErrors: () => {
      consoleErrorsAllowed = true;
    },
    cspViolations: async () => {
      try {
        return await page.evaluate(() => window.__cspViolations ?? []);
      } catch {
        return [];
      }
    },
    get consoleErrorsAllowed() {
      return consoleErrorsAllowed;
    },
  } as Guard & { consoleErrorsAllowed: boolean };
}

function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guard = (await installGuard(page, origin)) as Guard & { consoleErrorsAllowed: boolean };
      await use(guard);
      const foreign = guard.requests.filter((url) => !isSameOrigin(url, origin));
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(await guard.cspViolations(), 'Content Security Policy violations').toEqual([]);
      if (!guard.consoleErrorsAllowed) expect(guard.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
