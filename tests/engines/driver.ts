/**
 * The small driver interface every engine test speaks. An engine adapter (firefox.ts, webkit.ts) gives a
 * `PagePort`: a handful of primitives over its own protocol. `Device` builds everything a journey needs
 * on top of that port, once for all engines, so each journey is written once and every engine runs it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  axeViolations,
  dumpDatabase,
  findAll,
  installProblemHook,
  readElement,
  type WireName,
  type WireQuery,
} from './page-side.ts';

/** What to find: by role and accessible name, by label, or (as the Chromium suite sometimes does) by CSS. */
export interface Query {
  role?: string;
  name?: string | RegExp;
  label?: string | RegExp;
  css?: string;
  /** Look only inside the first match of this query. */
  within?: Query;
  checked?: boolean;
  /** Which match to act on, from 0 (the first by default). */
  nth?: number;
  hidden?: boolean;
}

/** The primitives an engine adapter gives: `H` is its element handle. */
export interface PagePort<H = unknown> {
  /** Runs a standalone function in the page with JSON arguments; waits for a promise it returns. */
  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<Awaited<T>>;
  /** Runs a script's source text in the page (axe-core and the helpers). */
  runSource(source: string): Promise<void>;
  /** The element the query's `nth` match names, or null. */
  element(query: WireQuery): Promise<H | null>;
  click(element: H): Promise<void>;
  /** Types as a person would into the focused field (its text already selected). */
  type(element: H, text: string): Promise<void>;
  upload(element: H, path: string): Promise<void>;
  navigate(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Console errors and warnings and uncaught errors the engine reported itself since the last call. */
  takeProblems(): string[];
  /** Whether the engine reports console messages itself (else the in-page hook records them). */
  readonly seesConsole: boolean;
  screenshot(path: string): Promise<void>;
  /** The folder this device's downloads land in. */
  readonly downloads: string;
  close(): Promise<void>;
}

/** One browser engine: it opens devices (fresh profiles: nothing shared with any other device). */
export interface Engine {
  readonly name: string;
  newDevice(): Promise<Device>;
  close(): Promise<void>;
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const timeout = Number(process.env['ENGINE_TIMEOUT'] ?? 20_000);

export const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where the engine tests' server offers axe-core, beside the site. */
export const axeScriptPath = '__engines/axe.min.js';
const axeSource = readFileSync(axeFile, 'utf8');
const helperSource = `window.__engine = { findAll: ${findAll.toString()}, axeViolations: ${axeViolations.toString()},
  installProblemHook: ${installProblemHook.toString()},
  dumpDatabase: ${dumpDatabase.toString()}, readElement: ${readElement.toString()} };`;

interface Helpers {
  findAll: typeof findAll;
  axeViolations: typeof axeViolations;
  installProblemHook: typeof installProblemHook;
  dumpDatabase: typeof dumpDatabase;
  readElement: typeof readElement;
}
declare global {
  interface Window {
    __engine?: Helpers;
  }
}

const wireName = (name: string | RegExp | undefined): WireName | undefined =>
  name instanceof RegExp ? { source: name.source, flags: name.flags } : name;

function toWire(query: Query): WireQuery {
  const { name, label, within, ...rest } = query;
  const wire: WireQuery = { ...rest };
  if (name !== undefined) wire.name = wireName(name) as WireName;
  if (label !== undefined) wire.label = wireName(label) as WireName;
  if (within) wire.within = toWire(within);
  return wire;
}

const describe = (query: Query): string =>
  JSON.stringify(query, (_, v: unknown) => (v instanceof RegExp ? String(v) : v));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns true, or fails saying what was awaited. */
export async function waitFor(what: string, probe: () => Promise<boolean>, ms = timeout): Promise<void> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      if (await probe()) return;
    } catch (error) {
      last = error; // the page may be between two documents: try again
    }
    if (Date.now() > end) {
      const why = last instanceof Error ? ` (${last.message})` : '';
      throw new Error(`Timed out waiting for ${what}${why}`);
    }
    await sleep(100);
  }
}

/** A device as a journey sees it: a person's browser, found by role and label. */
export class Device<H = unknown> {
  private readonly problems: string[] = [];
  private readonly port: PagePort<H>;
  readonly engine: string;
  private readonly base: string;
  constructor(port: PagePort<H>, engine: string, base: string) {
    this.port = process.env['ENGINE_TRACE'] ? traced(port) : port;
    this.engine = engine;
    this.base = base;
  }

  /**
   * Puts axe, the helpers and the problem hook in the current document when they are not there. axe
   * comes as a script from the test server when it can (the page's CSP allows its own origin, and the
   * browser keeps it compiled: sending its 650 kB source took a second a page in WebKit), else as source.
   */
  private async ready(): Promise<void> {
    const missing = await this.port.run(() => !window.__engine);
    if (!missing) return;
    const loaded = await this.port.run(
      (src: string) =>
        window.axe !== undefined ||
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        }),
      new URL(axeScriptPath, this.base).href,
    );
    await this.port.runSource(loaded ? helperSource : `${axeSource}\n${helperSource}`);
    // The hook records console messages only where the engine cannot report them itself.
    await this.port.run(
      (console: boolean) => window.__engine?.installProblemHook(console),
      !this.port.seesConsole,
    );
  }

  /** Reads something of a query's match in one round trip, putting the helpers in first if need be. */
  private async read<T>(query: Query, what: Parameters<typeof readElement>[1]): Promise<T | null> {
    const wire = toWire(query);
    const fromPage = () =>
      this.port.run(
        (q: WireQuery, w: typeof what) =>
          window.__engine ? { value: window.__engine.readElement(q, w) } : null,
        wire,
        what,
      );
    let answer = await fromPage();
    if (answer === null) {
      await this.ready();
      answer = await fromPage();
    }
    return (answer?.value ?? null) as T | null;
  }

  /** The last thing asked, for a failure's report. */
  private last = '';
  private async element(query: Query): Promise<H> {
    this.last = describe(query);
    let found: H | null = null;
    await waitFor(describe(query), async () => {
      found = await this.port.element(toWire(query));
      if (found === null) await this.ready();
      return found !== null;
    });
    return found as unknown as H;
  }

  /** Waits until reading `what` of the query's match gives a value `accept` takes. */
  private async readWhen<T>(
    query: Query,
    what: Parameters<typeof readElement>[1],
    accept: (value: T) => boolean,
    label: string,
  ): Promise<T> {
    let value: T | null = null;
    await waitFor(`${describe(query)} ${label}`, async () => {
      value = await this.read<T>(query, what);
      return value !== null && accept(value);
    });
    return value as unknown as T;
  }

  /**
   * Waits until the page has loaded and fetched nothing new for a moment, as a person reads before
   * leaving. Leaving mid-load makes Firefox report each cut-off module load through the service worker
   * as an error of the page left behind.
   */
  private async settle(): Promise<void> {
    let last = -1;
    await waitFor('the page to finish loading', async () => {
      const loaded = await this.port.run(() =>
        document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1,
      );
      const settled = loaded >= 0 && loaded === last;
      last = loaded;
      return settled;
    });
  }
  async goto(path: string): Promise<void> {
    await this.settle();
    await this.port.navigate(new URL(path, this.base).href);
  }
  async reload(): Promise<void> {
    await this.settle();
    await this.port.reload();
  }
  url(): Promise<string> {
    return this.port.url();
  }
  /** Waits until the address matches. */
  async seeUrl(pattern: RegExp): Promise<void> {
    await waitFor(`the address to match ${String(pattern)}`, async () => pattern.test(await this.port.url()));
  }

  async click(query: Query): Promise<void> {
    await this.port.click(await this.element(query));
  }
  /** Replaces a field's text by typing. Dates and times are set as a value: each engine's picker differs. */
  async fill(query: Query, text: string): Promise<void> {
    const element = await this.element(query);
    const typed = await this.port.run(
      (q: WireQuery, value: string) => {
        const field = window.__engine?.findAll(q)[q.nth ?? 0] as HTMLInputElement | undefined;
        if (!field) throw new Error('The field went away');
        if (['date', 'time', 'datetime-local', 'month'].includes(field.type)) {
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
          return false;
        }
        field.focus();
        field.select();
        return true;
      },
      toWire(query),
      text,
    );
    if (typed) await this.port.type(element, text === '' ? '\b' : text);
  }
  async check(query: Query): Promise<void> {
    if (await this.isChecked(query)) return;
    await this.click(query);
    await this.readWhen<boolean>(query, 'checked', (checked) => checked, 'to be checked');
  }
  async isChecked(query: Query): Promise<boolean> {
    return this.readWhen<boolean>(query, 'checked', () => true, 'to be there');
  }
  async select(query: Query, option: string): Promise<void> {
    await this.element(query);
    await this.port.run(
      (q: WireQuery, label: string) => {
        const select = window.__engine?.findAll(q)[q.nth ?? 0] as HTMLSelectElement | undefined;
        const wanted = [...(select?.options ?? [])].find((o) => o.text.trim() === label);
        if (!select || !wanted) throw new Error(`No option “${label}”`);
        select.value = wanted.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      toWire(query),
      option,
    );
  }
  async upload(query: Query, path: string): Promise<void> {
    await this.port.upload(await this.element({ ...query, hidden: true }), path);
  }

  /** Waits until the query matches something shown. */
  async see(query: Query): Promise<void> {
    await this.readWhen<number>(query, 'count', (n) => n > 0, 'to show');
  }
  /** Waits until nothing shown matches. */
  async gone(query: Query): Promise<void> {
    await this.readWhen<number>(query, 'count', (n) => n === 0, 'to go');
  }
  async count(query: Query): Promise<number> {
    return (await this.read<number>(query, 'count')) ?? 0;
  }
  /** Waits until the text (words anywhere in it, or a pattern) shows, in the page or inside `within`. */
  async seeText(text: string | RegExp, within: Query = { css: 'body' }): Promise<void> {
    await this.readWhen<string[]>(
      within,
      'texts',
      (shown) => shown.some((t) => matches(text, t)),
      `to show ${String(text)}`,
    );
  }
  async noText(text: string | RegExp, within: Query = { css: 'body' }): Promise<void> {
    await this.readWhen<string[]>(
      within,
      'texts',
      (shown) => !shown.some((t) => matches(text, t)),
      `not to show ${String(text)}`,
    );
  }
  /** The shown text of the first match. */
  text(query: Query): Promise<string> {
    return this.readWhen<string>(query, 'text', () => true, 'to be there');
  }
  value(query: Query): Promise<string> {
    return this.readWhen<string>(query, 'value', () => true, 'to be there');
  }
  isFocused(query: Query): Promise<boolean> {
    return this.readWhen<boolean>(query, 'focused', () => true, 'to be there');
  }

  evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<Awaited<T>> {
    return this.port.run(fn, ...args);
  }
  /** Every record of the workbook's database, as text. */
  async database(): Promise<string> {
    await this.ready();
    return this.port.run(() => window.__engine?.dumpDatabase('mentoring-workbook') ?? '');
  }

  /** Fails with the list of WCAG 2.2 AA violations axe finds on the page as it is now. */
  async axe(step: string): Promise<void> {
    await this.ready();
    const violations = await this.port.run(
      (tags: string[]) => window.__engine?.axeViolations(tags) ?? [],
      axeTags,
    );
    if (violations.length > 0) throw new Error(`axe at “${step}”:\n  ${violations.join('\n  ')}`);
  }

  /** Runs `action` and returns the file it downloads. */
  async download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
    // Earlier downloads go first: a second file of the same name is overwritten or renamed by engine.
    const files = () => readdirSync(this.port.downloads).filter((file) => !file.startsWith('.'));
    for (const file of files()) rmSync(join(this.port.downloads, file), { recursive: true, force: true });
    await action();
    let name = '';
    let size = -1;
    await waitFor('a download', () => {
      const [fresh, ...more] = files().filter((file) => !/\.(part|download)$/.test(file));
      if (fresh === undefined || more.length > 0) return Promise.resolve(false);
      const now = statSync(join(this.port.downloads, fresh)).size;
      const stable = fresh === name && now === size && now > 0;
      [name, size] = [fresh, now];
      return Promise.resolve(stable);
    });
    return { name, text: readFileSync(join(this.port.downloads, name), 'utf8') };
  }

  /** Where the device is and what it shows, for a failure's report; a screenshot goes to `shot`. */
  async describe(shot: string): Promise<string> {
    await this.port.screenshot(shot).catch(() => undefined);
    const url = await this.port.url().catch(() => '?');
    const text = await this.port
      .run(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 1200))
      .catch(() => '?');
    return `${url} (${shot})\n    last asked: ${this.last}\n    ${text}`;
  }

  /** Everything wrong this device has seen: console errors, uncaught errors, CSP, other origins. */
  async takeProblems(): Promise<string[]> {
    this.problems.push(...this.port.takeProblems());
    // The hook keeps its list in sessionStorage, so the last page holds everything since the first.
    this.problems.push(
      ...(await this.port.run(() => {
        const list = JSON.parse(sessionStorage.getItem('__engineProblems') ?? '[]') as string[];
        sessionStorage.removeItem('__engineProblems');
        return list;
      })),
    );
    // The test's own copy of axe fails to load once the server is stopped: not the site's doing.
    return this.problems.splice(0).filter((problem) => !problem.includes(axeScriptPath));
  }

  close(): Promise<void> {
    return this.port.close();
  }
}

const matches = (wanted: string | RegExp, text: string) =>
  typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text);

/** ENGINE_TRACE=1: the time each kind of round trip takes, printed when the process exits. */
const trace = new Map<string, { calls: number; ms: number }>();
function traced<H>(port: PagePort<H>): PagePort<H> {
  if (trace.size === 0) {
    process.on('exit', () => {
      for (const [name, { calls, ms }] of trace) console.log(`${name}: ${calls} calls, ${ms.toFixed(0)} ms`);
    });
  }
  return new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (value as (...a: unknown[]) => unknown).apply(target, args);
        } finally {
          const entry = trace.get(String(key)) ?? { calls: 0, ms: 0 };
          entry.calls += 1;
          entry.ms += performance.now() - started;
          trace.set(String(key), entry);
        }
      };
    },
  });
}
