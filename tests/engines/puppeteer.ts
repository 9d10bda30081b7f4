/**
 * The engines puppeteer-core drives. Firefox ESR, headless, over WebDriver BiDi (TECH-NOTES.md, "Other
 * engines"), for every journey; and the system's Chromium over CDP, for the pages journey only (the
 * Chromium suite in tests/e2e covers the rest) because Chromium is the engine known to complain about
 * a header (`Unrecognized feature` in Permissions-Policy) and CDP reports the browser's own console
 * messages. One browser per run; each device is its own browser context (its own IndexedDB, caches and
 * service workers) with its own downloads folder. Console messages and uncaught errors, CSP violations
 * among them, come from the protocol, so the page needs no console hook here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { Device, type Engine, type PagePort } from './driver.ts';
import type { WireQuery } from './page-side.ts';
import { findChromium } from '../e2e/support/find-chromium.ts';

/** The page in front: a page behind another gets its timers and frames slowed, as a hidden tab would. */
let front: Page | undefined;

class PuppeteerPort implements PagePort<ElementHandle> {
  readonly seesConsole = true;
  private problems: string[] = [];
  private readonly page: Page;
  readonly downloads: string;
  private readonly closeContext: () => Promise<void>;
  constructor(page: Page, downloads: string, origin: string, closeContext: () => Promise<void>) {
    this.page = page;
    this.downloads = downloads;
    this.closeContext = closeContext;
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        this.problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${String(error)}`));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) {
        this.problems.push(`request to another origin: ${url}`);
      }
    });
  }
  /** Two devices share one browser here: the one acted on comes to the front first. */
  private async toFront(): Promise<void> {
    if (front === this.page) return;
    await this.page.bringToFront();
    front = this.page;
  }
  async run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<Awaited<T>> {
    await this.toFront();
    const result: unknown = await this.page.evaluate(fn as (...a: unknown[]) => unknown, ...args);
    return result as Awaited<T>;
  }
  async runSource(source: string): Promise<void> {
    await this.page.evaluate(source);
  }
  async element(query: WireQuery): Promise<ElementHandle | null> {
    await this.toFront();
    const handle = await this.page.evaluateHandle(
      (q: WireQuery) => window.__engine?.findAll(q)[q.nth ?? 0] ?? null,
      query,
    );
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element as ElementHandle | null;
  }
  async click(element: ElementHandle): Promise<void> {
    await element.click();
  }
  async type(element: ElementHandle, text: string): Promise<void> {
    if (text === '\b') await element.press('Backspace');
    else await element.type(text);
  }
  async upload(element: ElementHandle, path: string): Promise<void> {
    await (element as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: `${path.replace(/\.png$/, '')}.png` });
  }
  async navigate(url: string): Promise<void> {
    await this.toFront();
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.toFront();
    await this.page.reload();
  }
  url(): Promise<string> {
    return Promise.resolve(this.page.url());
  }
  takeProblems(): string[] {
    return this.problems.splice(0);
  }
  close(): Promise<void> {
    return this.closeContext();
  }
}

/** The engine over a launched browser: a context per device. */
function engine(name: string, browser: Browser, base: string): Engine {
  return {
    name,
    async newDevice() {
      const downloads = mkdtempSync(join(tmpdir(), `engines-${name}-`));
      const context = await browser.createBrowserContext({
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      });
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return new Device(
        new PuppeteerPort(page, downloads, new URL(base).origin, () => context.close()),
        name,
        base,
      );
    },
    close: () => browser.close(),
  };
}

export async function firefox(base: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // navigator.storage.persist() waits on a permission prompt under automation; these answer it.
      'dom.storageManager.prompt.testing': true,
      'dom.storageManager.prompt.testing.allow': true,
    },
  });
  return engine('firefox', browser, base);
}

export async function chromium(base: string): Promise<Engine> {
  // Without the sandbox, as Playwright launches it for the Chromium suite (CI runs as root).
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
  return engine('chromium', browser, base);
}
