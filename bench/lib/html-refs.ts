/**
 * Reads a built HTML page and lists what a browser fetches on a first load because of it: stylesheets,
 * scripts, icons, the manifest, preloads, images and the module and renderer URLs of Astro islands.
 * Inline scripts are listed too, with their size and what they import. Regular expressions are enough
 * here: the input is Astro's own minified output, not arbitrary HTML.
 */

/** What a fetched file is, for accounting by kind. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** One URL the page makes the browser fetch on load. */
export interface ResourceRef {
  /** The URL as written in the page (entities decoded). */
  url: string;
  kind: ResourceKind;
  /** Where it came from, e.g. `link rel="icon"`, `astro-island component-url`. */
  via: string;
}

/** One `<script>` without `src`. */
export interface InlineScript {
  /** Size of the script's text in bytes (UTF-8). */
  bytes: number;
  /** Whether it is `type="module"` (its imports are then fetched). */
  module: boolean;
  /** Static import specifiers of a module script. */
  imports: string[];
}

/** Everything a page references on a first load. */
export interface HtmlRefs {
  resources: ResourceRef[];
  inlineScripts: InlineScript[];
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

function decode(value: string): string {
  return value.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => entities[e] ?? e);
}

/** Parses the attributes of one start tag's inside (`rel="icon" href="/favicon.svg"`). */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, decode(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** Kind of a `<link rel="preload" as="…">`. */
function preloadKind(as: string | undefined): ResourceKind {
  switch (as) {
    case 'style':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default:
      return 'other';
  }
}

/** What a `<link>` makes the browser fetch on load, or undefined for links it does not fetch then. */
function linkResource(attributes: Map<string, string>): ResourceRef | undefined {
  const href = attributes.get('href');
  if (!href) return undefined;
  const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
  const via = `link rel="${rel.join(' ')}"`;
  if (rel.includes('stylesheet')) return { url: href, kind: 'css', via };
  if (rel.includes('modulepreload')) return { url: href, kind: 'js', via };
  if (rel.includes('preload')) return { url: href, kind: preloadKind(attributes.get('as')), via };
  if (rel.includes('manifest')) return { url: href, kind: 'other', via };
  // rel="icon", "shortcut icon", "apple-touch-icon", "mask-icon": counted, as some browser fetches each.
  if (rel.some((token) => token.includes('icon'))) return { url: href, kind: 'image', via };
  return undefined;
}

/** Static import specifiers in a JavaScript module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(pattern)) if (m[2]) found.add(m[2]);
  return [...found];
}

/** Dynamic `import("x")` specifiers with a literal string: fetched later, or only on some paths. */
export function dynamicImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[^\w$.])import\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g))
    if (m[2]) found.add(m[2]);
  return [...found];
}

/** Lists what a page's HTML makes the browser fetch on load, and its inline scripts. */
export function readHtmlRefs(html: string): HtmlRefs {
  const resources: ResourceRef[] = [];
  const inlineScripts: InlineScript[] = [];

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = parseAttributes(m[1] ?? '');
    const src = attributes.get('src');
    const type = (attributes.get('type') ?? '').toLowerCase();
    if (src) {
      resources.push({ url: src, kind: 'js', via: 'script src' });
    } else if (type === '' || type === 'module' || type.includes('javascript')) {
      const text = m[2] ?? '';
      const module = type === 'module';
      inlineScripts.push({
        bytes: Buffer.byteLength(text, 'utf8'),
        module,
        imports: module ? staticImports(text) : [],
      });
    }
  }

  // Tags inside scripts, styles and comments are not tags: drop those before reading the rest.
  const markup = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, '');
  for (const m of markup.matchAll(/<(link|img|astro-island)\b([^>]*)>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attributes = parseAttributes(m[2] ?? '');
    if (tag === 'link') {
      const resource = linkResource(attributes);
      if (resource) resources.push(resource);
    } else if (tag === 'img') {
      const src = attributes.get('src');
      if (src && !src.startsWith('data:')) resources.push({ url: src, kind: 'image', via: 'img src' });
    } else {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attributes.get(name);
        if (url) resources.push({ url, kind: 'js', via: `astro-island ${name}` });
      }
    }
  }
  return { resources, inlineScripts };
}
