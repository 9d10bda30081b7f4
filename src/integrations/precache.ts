/**
 * Turns the list of built files into the service worker's precache list and fills in the worker
 * template. Pure functions, so the rules (which files, which URLs, which version) are easy to test.
 */
import { servedUrl, sha256, type DistFile } from './dist-files.ts';

/** What the worker needs to know about the build. */
export interface Precache {
  /** Derived from every file's hash: any change to any file makes a new version. */
  version: string;
  /** The site's base path, e.g. `/` or `/mentoring/`: the worker's scope. */
  base: string;
  /** Every URL to cache on install, as the site links to them (`/guide/`, not `/guide/index.html`). */
  urls: string[];
}

/** Files the worker must not cache: itself (a worker never caches its own script) and host config files. */
const notPrecached = new Set(['sw.js', '_headers', '_redirects']);

/** Whether a built file belongs in the precache. */
export function isPrecached(path: string): boolean {
  return !notPrecached.has(path) && !path.endsWith('.map');
}

/** The precache for a build: the URLs of every cacheable file and a version made from all their hashes. */
export function buildPrecache(files: readonly DistFile[], base: string): Precache {
  const cached = files.filter((file) => isPrecached(file.path));
  const version = sha256(cached.map((file) => `${file.path} ${file.hash}\n`).join('')).slice(0, 16);
  return { version, base, urls: cached.map((file) => servedUrl(file.path, base)) };
}

/** The name of the cache a worker keeps its build in. Must match `CACHE` in worker-template.js. */
export function cacheNameFor(precache: Pick<Precache, 'base' | 'version'>): string {
  return `mentoring-expectations ${precache.base} ${precache.version}`;
}

/** The assignment in the template that the precache fills in. */
export const precachePlaceholder = '= __PRECACHE__;';

/**
 * Fills the worker template with the precache.
 * @throws Error when the template does not hold the placeholder exactly once (a broken template must
 *   fail the build, not ship a worker that caches nothing).
 */
export function renderWorker(template: string, precache: Precache): string {
  const parts = template.split(precachePlaceholder);
  if (parts.length !== 2) {
    throw new Error(
      `The service worker template must contain "${precachePlaceholder}" exactly once (found ${parts.length - 1}).`,
    );
  }
  return parts.join(`= ${JSON.stringify(precache, null, 2)};`);
}
