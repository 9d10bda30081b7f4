/**
 * WebKitGTK's MiniBrowser under Xvfb, over WebDriver classic with selenium-webdriver (TECH-NOTES.md,
 * "Other engines"). A WebKitWebDriver process holds one session, so each device is its own driver on its
 * own port, with its own HOME: MiniBrowser saves downloads there, and nothing is shared between devices.
 * WebDriver classic reports no console messages, so the in-page hook (page-side.ts) records them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { Device, type Engine, type PagePort, waitFor } from './driver.ts';
import type { WireQuery } from './page-side.ts';

const miniBrowser = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The ports this engine's drivers may use (the team's share of the machine). */
const ports = [4411, 4412, 4413, 4414, 4415, 4416, 4417];

class WebKitPort implements PagePort<WebElement> {
  readonly seesConsole = false;
  private readonly driver: WebDriver;
  readonly downloads: string;
  private readonly stop: () => Promise<void>;
  constructor(driver: WebDriver, downloads: string, stop: () => Promise<void>) {
    this.driver = driver;
    this.downloads = downloads;
    this.stop = stop;
  }
  async run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<Awaited<T>> {
    // WebKitGTK's Execute Script does not wait for a promise: the async form does, through a callback.
    const answer = await this.driver.executeAsyncScript<{ value?: Awaited<T>; error?: string }>(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn.toString()}).apply(null, ${JSON.stringify(args)}))
         .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
    );
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer.value as Awaited<T>;
  }
  async runSource(source: string): Promise<void> {
    await this.driver.executeScript(source);
  }
  async element(query: WireQuery): Promise<WebElement | null> {
    return this.driver.executeScript<WebElement | null>(
      'return window.__engine ? window.__engine.findAll(arguments[0])[arguments[0].nth || 0] || null : null',
      query,
    );
  }
  async click(element: WebElement): Promise<void> {
    await element.click();
  }
  async type(element: WebElement, text: string): Promise<void> {
    await element.sendKeys(text === '\b' ? '\uE003' : text);
  }
  async upload(element: WebElement, path: string): Promise<void> {
    await element.sendKeys(path);
  }
  async screenshot(path: string): Promise<void> {
    writeFileSync(path, await this.driver.takeScreenshot(), 'base64');
  }
  async navigate(url: string): Promise<void> {
    await this.driver.get(url);
  }
  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }
  url(): Promise<string> {
    return this.driver.getCurrentUrl();
  }
  takeProblems(): string[] {
    return [];
  }
  close(): Promise<void> {
    return this.stop();
  }
}

/** Starts Xvfb on a free display (WebKitGTK has no headless mode) and returns it with its number. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.stdout.once('data', (data: Buffer) => resolve(`:${String(data).trim()}`));
    xvfb.once('error', reject);
    setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
  });
  return { display, process: xvfb };
}

const free = new Set(ports);

/**
 * Starts a WebKitWebDriver on a free port of ours, with its own HOME. A driver that does not answer
 * (a port taken by something else, a slow start on a busy machine) is stopped and the next port tried.
 */
async function startDriver(
  home: string,
  display: string,
): Promise<{ port: number; driverProcess: ChildProcess }> {
  const failures: string[] = [];
  for (const port of [...free].slice(0, 3)) {
    free.delete(port);
    const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, HOME: home, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    driverProcess.stderr?.on('data', (data: Buffer) => (said += String(data)));
    try {
      await waitFor(
        `WebKitWebDriver on port ${port}`,
        async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok,
        15_000,
      );
      return { port, driverProcess };
    } catch (error) {
      driverProcess.kill();
      failures.push(`${String(error)} ${said.trim()}`);
      free.add(port);
    }
  }
  throw new Error(`No WebKitWebDriver would start: ${failures.join('; ')}`);
}

export async function webkit(base: string): Promise<Engine> {
  const xvfb = await startXvfb();
  const open = new Set<() => Promise<void>>();
  return {
    name: 'webkit',
    async newDevice() {
      const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
      const { port, driverProcess } = await startDriver(home, xvfb.display);
      // With no display, session creation hangs silently: give it a deadline.
      const driver = await Promise.race([
        new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: miniBrowser,
              args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate'],
            },
          })
          .build(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('No WebKit session in 30 s')), 30_000),
        ),
      ]);
      await driver.manage().window().setRect({ width: 1280, height: 800 });
      // Quit the session, then the driver: an orphaned MiniBrowser would keep sockets open.
      const stop = async () => {
        open.delete(stop);
        await driver.quit().catch(() => undefined);
        driverProcess.kill();
        free.add(port);
      };
      open.add(stop);
      return new Device(new WebKitPort(driver, home, stop), 'webkit', base);
    },
    async close() {
      await Promise.all([...open].map((stop) => stop()));
      xvfb.process.kill();
    },
  };
}
