/**
 * The service worker's behaviour, run in a Node sandbox with a fake Cache Storage and network: what it
 * caches on install, what it deletes on activate, and where each request is answered from. The end-to-end
 * tests (tests/e2e/offline.spec.ts) check the same worker in a real browser.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { cacheNameFor, renderWorker, type Precache } from '../../../src/integrations/precache';
import { workerTemplatePath } from '../../../src/integrations/service-worker';

const origin = 'https://site.test';
const precache: Precache = {
  version: 'v2',
  base: '/mentoring/',
  urls: ['/mentoring/', '/mentoring/guide/', '/mentoring/404.html', '/mentoring/pagefind/entry.json'],
};

type Listener = (event: Record<string, unknown>) => void;

/** A fake network: answers `page <path>` for any URL, or fails like a device with no connection. */
function network() {
  const state = { online: true };
  const fetch = vi.fn((request: Request | string) => {
    if (!state.online) return Promise.reject(new TypeError('Failed to fetch'));
    const url = new URL(typeof request === 'string' ? request : request.url, origin);
    // Like astro preview and CORS-aware hosts, the server says its answer may vary with Origin.
    return Promise.resolve(new Response(`network ${url.pathname}`, { headers: { Vary: 'Origin' } }));
  });
  return { state, fetch };
}

/** Loads the worker with fake globals; `existing` are cache names left by earlier versions. */
function loadWorker(existing: string[] = []) {
  const listeners = new Map<string, Listener>();
  const store = new Map<string, Map<string, Response>>(existing.map((name) => [name, new Map()]));
  const { state, fetch } = network();
  const keyOf = (request: Request | string, ignoreSearch = false) => {
    const url = new URL(typeof request === 'string' ? request : request.url, origin);
    if (ignoreSearch) url.search = '';
    return url.href;
  };
  const caches = {
    keys: () => Promise.resolve([...store.keys()]),
    delete: (name: string) => Promise.resolve(store.delete(name)),
    open: (name: string) => {
      const cache = store.get(name) ?? new Map<string, Response>();
      store.set(name, cache);
      return Promise.resolve({
        addAll: async (requests: Request[]) => {
          for (const request of requests) cache.set(keyOf(request), await fetch(request));
        },
        match: (request: Request | string, options?: { ignoreSearch?: boolean; ignoreVary?: boolean }) => {
          const hit = cache.get(keyOf(request, options?.ignoreSearch));
          // A browser misses when the cached answer varies on a header the two requests do not share
          // (a module import sends Origin; the precache did not): modelled as "any Vary misses".
          if (hit?.headers.has('Vary') && !options?.ignoreVary) return Promise.resolve(undefined);
          return Promise.resolve(hit?.clone());
        },
      });
    },
  };
  const self = {
    location: new URL(`${origin}/mentoring/sw.js`),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    clients: { claim: vi.fn(() => Promise.resolve()) },
    skipWaiting: vi.fn(),
  };
  // The worker's relative URLs resolve against its own address, as in a browser.
  const WorkerRequest = class extends Request {
    constructor(url: string, init?: RequestInit) {
      super(new URL(url, self.location), init);
    }
  };
  const code = renderWorker(readFileSync(workerTemplatePath, 'utf8'), precache);
  runInNewContext(code, { self, caches, fetch, Request: WorkerRequest, URL });

  /** Fires an extendable event and waits for what it asked to wait for. */
  async function fire(type: 'install' | 'activate') {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
  }

  /** Sends a request through the worker: undefined when it lets the browser handle it. */
  async function request(path: string, init: { mode?: string; method?: string } = {}) {
    let answer: Promise<Response> | undefined;
    const event = {
      request: {
        url: new URL(path, origin).href,
        method: init.method ?? 'GET',
        mode: init.mode ?? 'no-cors',
      },
      respondWith: (response: Promise<Response>) => (answer = response),
    };
    listeners.get('fetch')?.(event);
    return answer ? (await answer).text() : undefined;
  }

  return { store, state, fetch, self, fire, request, listeners };
}

describe('the service worker', () => {
  it('caches every file of the build on install, in the cache named after the version', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    const cache = worker.store.get(cacheNameFor(precache));
    expect([...(cache?.keys() ?? [])]).toEqual(precache.urls.map((url) => `${origin}${url}`));
    // Straight from the server, never the browser's HTTP cache, so one cache never mixes two builds.
    for (const [request] of worker.fetch.mock.calls) expect((request as Request).cache).toBe('reload');
  });

  it("deletes older versions' caches on activate, but not another copy of the site or anything else", async () => {
    const older = cacheNameFor({ base: '/mentoring/', version: 'v1' });
    const otherCopy = cacheNameFor({ base: '/', version: 'v1' });
    const worker = loadWorker([older, otherCopy, 'something-else']);
    await worker.fire('install');
    await worker.fire('activate');
    expect([...worker.store.keys()].sort()).toEqual(
      [cacheNameFor(precache), otherCopy, 'something-else'].sort(),
    );
    expect(worker.self.clients.claim).toHaveBeenCalled();
  });

  it('serves pages from the network when online', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    expect(await worker.request('/mentoring/guide/', { mode: 'navigate' })).toBe('network /mentoring/guide/');
  });

  it('serves pages from the cache when offline, whichever way their address is written', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    worker.state.online = false;
    for (const path of [
      '/mentoring/guide/',
      '/mentoring/guide',
      '/mentoring/guide/index.html',
      '/mentoring/?x=1',
    ]) {
      expect(await worker.request(path, { mode: 'navigate' }), path).toMatch(
        /^network \/mentoring\/(guide\/)?$/,
      );
    }
  });

  it('serves the cached not-found page for an unknown page when offline', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    worker.state.online = false;
    expect(await worker.request('/mentoring/nowhere/', { mode: 'navigate' })).toBe(
      'network /mentoring/404.html',
    );
  });

  it('fails like the network when offline and nothing was cached', async () => {
    const worker = loadWorker();
    worker.state.online = false;
    await expect(worker.request('/mentoring/guide/', { mode: 'navigate' })).rejects.toThrow(
      'Failed to fetch',
    );
  });

  it('serves files from the cache first, ignoring cache-busting queries', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    worker.fetch.mockClear();
    expect(await worker.request('/mentoring/pagefind/entry.json?ts=123')).toBe(
      'network /mentoring/pagefind/entry.json',
    );
    expect(worker.fetch).not.toHaveBeenCalled();
  });

  it('fetches a file it does not hold', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    expect(await worker.request('/mentoring/new.js')).toBe('network /mentoring/new.js');
  });

  it('leaves alone requests outside its site, and anything but GET', async () => {
    const worker = loadWorker();
    await worker.fire('install');
    expect(await worker.request('/elsewhere/')).toBeUndefined();
    expect(await worker.request('https://other.test/mentoring/')).toBeUndefined();
    expect(await worker.request('/mentoring/', { method: 'POST' })).toBeUndefined();
  });

  it('takes over only when a page asks it to', () => {
    const worker = loadWorker();
    worker.listeners.get('message')?.({ data: 'hello' });
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
    worker.listeners.get('message')?.({ data: 'skip-waiting' });
    expect(worker.self.skipWaiting).toHaveBeenCalled();
  });
});
