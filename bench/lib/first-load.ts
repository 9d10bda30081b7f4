/**
 * Deterministic first-load accounting over the built site: for one page, every file the browser fetches
 * on a first visit with a cold cache (the HTML, what it references, and the JavaScript module graph that
 * islands and module scripts pull in through static imports), with raw and gzipped sizes. Shared by
 * `npm run bench` and the byte-budget test in `npm test`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measureBytes, sumBytes, type Bytes } from './gzip-size.ts';
import { dynamicImports, readHtmlRefs, staticImports, type ResourceKind } from './html-refs.ts';
import { classifyPath, type PageKind } from './page-kinds.ts';

/** One file fetched on a first load. */
export interface LoadedFile {
  /** Site URL path, base included (`/_astro/client.js`). */
  url: string;
  kind: ResourceKind;
  bytes: Bytes;
}

/** What a first visit to one page costs, by the build's files alone. */
export interface FirstLoad {
  /** Path relative to the base ('' for home). */
  path: string;
  kind: PageKind;
  /** Requests: the HTML plus every distinct file it pulls in. */
  requests: number;
  files: LoadedFile[];
  /** Totals by kind of file. */
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** JavaScript files fetched on load (external files; inline scripts are part of the HTML). */
  jsFiles: number;
  /** Bytes of inline `<script>` text in the HTML (already counted in its HTML bytes). */
  inlineScriptBytes: number;
  /** JavaScript reachable only through dynamic `import()`: fetched later or on some paths, not counted above. */
  lazyJs: Bytes;
  /** References that name no file in the build. */
  missing: string[];
}

/** Where the build is and which base path it was built for. */
export interface SiteBuild {
  /** The output folder (dist/). */
  root: string;
  /** The base path, with leading and trailing slash ('/' or '/mentoring/'). */
  base: string;
}

const origin = 'http://site.invalid';

/** Resolves a reference against the URL it appears in; undefined for other origins and data: URLs. */
function resolveUrl(reference: string, from: string): string | undefined {
  if (/^(data|blob|mailto|javascript):/i.test(reference)) return undefined;
  const url = new URL(reference, origin + from);
  return url.origin === origin ? url.pathname : undefined;
}

/** Maps a site URL path to the file in the build, or undefined when there is none. */
export function fileForUrl(build: SiteBuild, urlPath: string): string | undefined {
  if (!urlPath.startsWith(build.base)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(build.base.length));
  const candidate = join(build.root, inside);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

function isPathSpecifier(specifier: string): boolean {
  return /^(\.{1,2}\/|\/)/.test(specifier);
}

/**
 * Walks the JavaScript module graph from the given entry URLs through static imports. Returns every
 * module fetched eagerly and the URLs that only dynamic imports reach.
 */
export function walkModuleGraph(
  build: SiteBuild,
  entries: readonly string[],
): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazyEntries = new Set<string>();
  const queue = [...entries];
  const visit = (url: string, into: Set<string>, pending: string[]) => {
    if (into.has(url)) return;
    const file = fileForUrl(build, url);
    if (!file) return;
    into.add(url);
    const code = readFileSync(file, 'utf8');
    for (const s of staticImports(code).filter(isPathSpecifier)) {
      const next = resolveUrl(s, url);
      if (next) pending.push(next);
    }
    for (const s of dynamicImports(code).filter(isPathSpecifier)) {
      const next = resolveUrl(s, url);
      if (next) lazyEntries.add(next);
    }
  };
  while (queue.length > 0) visit(queue.shift() ?? '', eager, queue);

  const lazy = new Set<string>();
  const lazyQueue = [...lazyEntries].filter((url) => !eager.has(url));
  while (lazyQueue.length > 0) {
    const url = lazyQueue.shift() ?? '';
    if (!eager.has(url)) visit(url, lazy, lazyQueue);
  }
  return { eager: [...eager], lazy: [...lazy] };
}

function emptyByKind(): Record<ResourceKind, Bytes> {
  const zero = () => ({ raw: 0, gzip: 0 });
  return { html: zero(), css: zero(), js: zero(), font: zero(), image: zero(), other: zero() };
}

/** The site URL path of a page ('' → base, 'guide/' → base + 'guide/'). */
export function pageUrl(build: SiteBuild, path: string): string {
  return build.base + path;
}

/** Accounts for a first visit to one page of the build. `file` is its HTML file. */
export function accountFirstLoad(build: SiteBuild, page: { path: string; file: string }): FirstLoad {
  const url = pageUrl(build, page.path);
  const html = readFileSync(page.file);
  const refs = readHtmlRefs(html.toString('utf8'));
  const missing: string[] = [];
  const files: LoadedFile[] = [{ url, kind: 'html', bytes: measureBytes(html) }];
  const seen = new Set<string>([url]);
  const jsEntries: string[] = [];

  for (const ref of refs.resources) {
    const target = resolveUrl(ref.url, url);
    if (!target) continue;
    if (ref.kind === 'js') {
      jsEntries.push(target);
      continue;
    }
    if (seen.has(target)) continue;
    seen.add(target);
    const file = fileForUrl(build, target);
    if (!file) {
      missing.push(`${ref.via} ${ref.url}`);
      continue;
    }
    files.push({ url: target, kind: ref.kind, bytes: measureBytes(readFileSync(file)) });
  }
  for (const script of refs.inlineScripts) {
    for (const s of script.imports.filter(isPathSpecifier)) {
      const target = resolveUrl(s, url);
      if (target) jsEntries.push(target);
    }
  }
  for (const entry of new Set(jsEntries)) {
    if (!fileForUrl(build, entry)) missing.push(`script ${entry}`);
  }

  const graph = walkModuleGraph(build, jsEntries);
  for (const jsUrl of graph.eager) {
    if (seen.has(jsUrl)) continue;
    seen.add(jsUrl);
    const file = fileForUrl(build, jsUrl);
    if (file) files.push({ url: jsUrl, kind: 'js', bytes: measureBytes(readFileSync(file)) });
  }
  const lazyJs = sumBytes(
    graph.lazy.flatMap((lazyUrl) => {
      const file = fileForUrl(build, lazyUrl);
      return file ? [measureBytes(readFileSync(file))] : [];
    }),
  );

  const byKind = emptyByKind();
  for (const f of files) byKind[f.kind] = sumBytes([byKind[f.kind], f.bytes]);
  return {
    path: page.path,
    kind: classifyPath(page.path),
    requests: files.length,
    files,
    byKind,
    total: sumBytes(files.map((f) => f.bytes)),
    jsFiles: files.filter((f) => f.kind === 'js').length,
    inlineScriptBytes: refs.inlineScripts.reduce((sum, s) => sum + s.bytes, 0),
    lazyJs,
    missing,
  };
}
