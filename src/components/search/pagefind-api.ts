/**
 * The small part of Pagefind's browser API the search page uses, and a loader for it. Pagefind's
 * `pagefind.js` is written by the build into `<base>/pagefind/`, so it is imported at run time from
 * there, never bundled; this file is only ever imported by the search page's script.
 */

/** One sub-result: a section of a page, found through its heading's id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What a result's `data()` resolves to. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a newer call superseded this one before the delay ran out. */
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<PagefindSearch | null>;
}

function isPagefindApi(value: unknown): value is PagefindApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['options', 'init', 'debouncedSearch'].every((name) => typeof api[name] === 'function');
}

/**
 * Loads Pagefind from the built site and points its result links at the site's base path.
 * @throws Error when the file is missing or is not Pagefind (e.g. the index was not built).
 */
export async function loadPagefind(base: string): Promise<PagefindApi> {
  const url = `${base}pagefind/pagefind.js`;
  const module: unknown = await import(/* @vite-ignore */ url);
  if (!isPagefindApi(module)) throw new Error(`${url} is not Pagefind's search API.`);
  await module.options({ baseUrl: base, excerptLength: 24 });
  await module.init();
  return module;
}
