/**
 * An Astro integration that adds `<link rel="modulepreload">` to every built page for each JavaScript
 * file its islands need at start: the island's own file, the renderer, and everything they import.
 * Without it the browser finds those files one level of imports at a time (a round trip each, after
 * the island's inline script has run); with it, it fetches them all at once while the HTML is still
 * arriving. The links go straight after the Content Security Policy, so the policy governs them
 * (`script-src 'self'` allows them: no inline code is added, so no hash changes).
 *
 * It must run before the service worker integration, which hashes the pages as they finally are.
 * Build-time code (Node), never shipped to the browser. The module graph is read the way the bench reads
 * it (`bench/lib/first-load.ts`), so what is preloaded is exactly what the bench counts as first load.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walkModuleGraph, type SiteBuild } from '../../bench/lib/first-load.ts';
import { readHtmlRefs } from '../../bench/lib/html-refs.ts';
import { listDistFiles } from './dist-files.ts';

const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i;

/** The URLs of the JavaScript a page runs at start, in the order the browser would reach them. */
export function startScripts(build: SiteBuild, html: string): string[] {
  const refs = readHtmlRefs(html);
  const entries = refs.resources.filter((r) => r.kind === 'js').map((r) => r.url);
  for (const script of refs.inlineScripts) entries.push(...script.imports.filter((s) => s.startsWith('/')));
  const preloaded = new Set(refs.resources.filter((r) => r.via.includes('modulepreload')).map((r) => r.url));
  return walkModuleGraph(build, [...new Set(entries)]).eager.filter((url) => !preloaded.has(url));
}

/** The page with a modulepreload link for each of `urls`, after its CSP (or at the start of `<head>`). */
export function withPreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0) return html;
  const links = urls.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  const csp = cspMeta.exec(html);
  if (csp) return html.replace(csp[0], csp[0] + links);
  return html.replace(/<head([^>]*)>/i, (head) => head + links);
}

/** Adds the links to every page of a finished build; returns how many pages changed. */
export async function addPreloadHints(build: SiteBuild): Promise<number> {
  const pages = (await listDistFiles(build.root)).filter((f) => f.path.endsWith('.html'));
  let changed = 0;
  for (const page of pages) {
    const file = `${build.root}/${page.path}`;
    const html = await readFile(file, 'utf8');
    const next = withPreloads(html, startScripts(build, html));
    if (next !== html) {
      await writeFile(file, next);
      changed += 1;
    }
  }
  return changed;
}

/** The integration: add it to `integrations` in astro.config.mjs, before the service worker. */
export function preloadHints(): AstroIntegration {
  let base = '/';
  return {
    name: 'mentoring-expectations:preload-hints',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const changed = await addPreloadHints({ root: fileURLToPath(dir).replace(/\/$/, ''), base });
        logger.info(`modulepreload links added to ${changed} pages`);
      },
    },
  };
}
