import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/find-chromium';
import { normaliseBasePath } from './src/lib/site/base-path';

// End-to-end tests run against the built site (`astro preview`), never the dev server: the Content
// Security Policy only exists in built pages. E2E_PORT lets several checkouts test side by side.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const base = normaliseBasePath(process.env['BASE_PATH']);
const outDir = process.env['OUT_DIR'] ?? 'dist';
// Pages and the test helpers that compute dates share one time zone, whatever the machine's. The page
// clock itself is pinned per context in tests/e2e/support/fixtures.ts.
const timezoneId = 'Europe/London';
process.env['TZ'] = timezoneId;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: process.env['CI'] ? 2 : 2,
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId,
    headless: true,
    // Service workers would fetch behind page.route's back; only the offline tests allow them.
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    trace: 'off',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    env: { OUT_DIR: outDir, BASE_PATH: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
