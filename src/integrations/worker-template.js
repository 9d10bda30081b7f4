/*
 * The Mentoring Expectations service worker: after one visit, the whole site works with no network.
 *
 * This is a template. At build time src/integrations/service-worker.ts writes it to sw.js with
 * __PRECACHE__ replaced by every file of the build and a version made from their hashes.
 *
 * - Install: cache every file of this build, in a cache named after the version.
 * - Activate: delete this site's caches from older versions.
 * - Pages: network first, so people online see the newest version; the cached copy when offline.
 * - Everything else: cache first. Every file is precached and fixed by the build.
 * Nothing is added to a cache at run time, so each cache holds exactly one build.
 */
/* global __PRECACHE__, self, caches, fetch, Request */

/** @type {{ version: string, base: string, urls: string[] }} */
const PRECACHE = __PRECACHE__;
// The base path is part of the name, so two copies of the site on one origin leave each other alone.
const PREFIX = `mentoring-expectations ${PRECACHE.base} `;
const CACHE = PREFIX + PRECACHE.version;
// A cache holds one build, so a URL names one file: search's index requests add a cache-busting query,
// and hosts that send `Vary: Origin` (astro preview does) would otherwise hide files from module imports.
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  // 'reload' skips the browser's HTTP cache, so a cache never mixes files from two builds.
  const requests = PRECACHE.urls.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => names.filter((name) => name.startsWith(PREFIX) && name !== CACHE))
      .then((old) => Promise.all(old.map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// A new version waits until the person chooses to reload (the notice on every page asks this).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const ours = url.origin === self.location.origin && url.pathname.startsWith(PRECACHE.base);
  if (request.method !== 'GET' || !ours) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request, url) : cacheFirst(request));
});

/** Cached files come from the cache; anything else from the network. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, MATCH)) ?? fetch(request);
}

/** Pages come from the network; offline, from the cache, or the cached not-found page. */
async function networkFirst(request, url) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const page =
      (await cache.match(pageKey(url.pathname), MATCH)) ??
      (await cache.match(`${PRECACHE.base}404.html`, MATCH));
    if (page) return page;
    throw error;
  }
}

/** Where a page is cached: `/guide/`, `/guide` and `/guide/index.html` are the same page. */
function pageKey(pathname) {
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  if (/\/[^/.]+$/.test(pathname)) return `${pathname}/`;
  return pathname;
}
