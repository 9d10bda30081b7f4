/**
 * The depth of a page's import chain: how many levels of JavaScript the browser would fetch one after
 * another if nothing but the islands' own URLs were known (the HTML, then each level of static imports).
 * With every first-load file listed as a modulepreload in the HTML, all levels are fetched at once and the
 * chain costs one round trip; the bench reports the depth to show what the preloads save.
 */
import { readFileSync } from 'node:fs';
import { fileForUrl, type SiteBuild } from './first-load.ts';
import { readHtmlRefs, staticImports } from './html-refs.ts';

/** Levels of JavaScript below the HTML (0 for a page without scripts). */
export function importDepth(build: SiteBuild, page: { path: string; file: string }): number {
  const refs = readHtmlRefs(readFileSync(page.file, 'utf8'));
  const entries = refs.resources
    .filter((r) => r.kind === 'js' && !r.via.includes('modulepreload'))
    .map((r) => new URL(r.url, `http://site.invalid${build.base}${page.path}`).pathname);
  const memo = new Map<string, number>();
  const depth = (url: string, stack: Set<string>): number => {
    const known = memo.get(url);
    if (known !== undefined) return known;
    const file = fileForUrl(build, url);
    if (!file || stack.has(url)) return 0;
    stack.add(url);
    const below = staticImports(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.') || s.startsWith('/'))
      .map((s) => depth(new URL(s, `http://site.invalid${url}`).pathname, stack));
    stack.delete(url);
    const result = 1 + Math.max(0, ...below);
    memo.set(url, result);
    return result;
  };
  return Math.max(0, ...entries.map((url) => depth(url, new Set())));
}
