/**
 * The privacy guard that every end-to-end test runs under. Every request the page makes is recorded;
 * any request to another origin is aborted (so a mistake cannot leak) and fails the test, as does any
 * Content Security Policy violation and, unless a test says otherwise, any console error.
 */
import { test as base, expect, type Page } from '@playwright/test';

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
