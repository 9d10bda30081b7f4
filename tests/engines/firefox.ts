/**
 * Firefox ESR, headless, over WebDriver BiDi with puppeteer-core (TECH-NOTES.md, "Other engines"). One
 * browser per run; each device is its own browser context (a container: its own IndexedDB, caches and
 * service workers) with its own downloads folder. BiDi reports console messages and uncaught errors,
 * CSP violations among them, so the page needs no console hook here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { Device, type Engine, type PagePort } from './driver.ts';
import type { WireQuery } from './page-side.ts';

const executablePath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** The page in front: a page behind another gets its timers and frames slowed, as a hidden tab would. */
let front: Page | undefined;

class FirefoxPort implements PagePort<ElementHandle> {
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

export async function firefox(base: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // navigator.storage.persist() waits on a permission prompt under automation; these answer it.
      'dom.storageManager.prompt.testing': true,
      'dom.storageManager.prompt.testing.allow': true,
    },
  });
  return {
    name: 'firefox',
    async newDevice() {
      const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
      const context = await browser.createBrowserContext({
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      });
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return new Device(
        new FirefoxPort(page, downloads, new URL(base).origin, () => context.close()),
        'firefox',
        base,
      );
    },
    close: () => browser.close(),
  };
}
