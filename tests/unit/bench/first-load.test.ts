import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountFirstLoad,
  fileForUrl,
  walkModuleGraph,
  type SiteBuild,
} from '../../../bench/lib/first-load.ts';

// A tiny build, made for the test, hosted under a base path like a sub-folder deployment.
const files: Record<string, string> = {
  'index.html':
    '<html><head><link rel="icon" href="/mentoring/favicon.svg"><script>let registered=1</script></head><body>' +
    '<astro-island component-url="/mentoring/_astro/Checklist.js" renderer-url="/mentoring/_astro/client.js" ssr></astro-island>' +
    '</body></html>',
  'guide/index.html':
    '<html><head><link rel="stylesheet" href="../missing.css"></head><body>Guide</body></html>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  '_astro/Checklist.js': 'import{h as e}from"./preact.js";export default function(){return e("p")}',
  '_astro/client.js': 'import"./preact.js";const l=()=>import("./lazy.js");export{l}',
  '_astro/preact.js': 'export const h=()=>null;',
  '_astro/lazy.js': 'import"./lazy-dep.js";import"./preact.js";',
  '_astro/lazy-dep.js': 'export const big="'.concat('x'.repeat(500), '";'),
};

let build: SiteBuild;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'first-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  build = { root, base: '/mentoring/' };
});

afterAll(() => rmSync(build.root, { recursive: true, force: true }));

describe('fileForUrl', () => {
  it('maps site URLs inside the base path to files, and directories to their index.html', () => {
    expect(fileForUrl(build, '/mentoring/favicon.svg')).toBe(join(build.root, 'favicon.svg'));
    expect(fileForUrl(build, '/mentoring/guide/')).toBe(join(build.root, 'guide/index.html'));
  });
  it('finds nothing outside the base path or for a missing file', () => {
    expect(fileForUrl(build, '/favicon.svg')).toBeUndefined();
    expect(fileForUrl(build, '/mentoring/nope.js')).toBeUndefined();
  });
});

describe('walkModuleGraph', () => {
  it('follows static imports once each, and keeps what only dynamic imports reach apart', () => {
    const graph = walkModuleGraph(build, ['/mentoring/_astro/Checklist.js', '/mentoring/_astro/client.js']);
    expect(graph.eager.sort()).toEqual([
      '/mentoring/_astro/Checklist.js',
      '/mentoring/_astro/client.js',
      '/mentoring/_astro/preact.js',
    ]);
    expect(graph.lazy.sort()).toEqual(['/mentoring/_astro/lazy-dep.js', '/mentoring/_astro/lazy.js']);
  });
});

describe('accountFirstLoad', () => {
  it('counts the HTML, what it references and the islands’ module graph, each file once', () => {
    const load = accountFirstLoad(build, { path: '', file: join(build.root, 'index.html') });
    expect(load.kind).toBe('other');
    expect(load.files.map((f) => [f.url, f.kind])).toEqual([
      ['/mentoring/', 'html'],
      ['/mentoring/favicon.svg', 'image'],
      ['/mentoring/_astro/Checklist.js', 'js'],
      ['/mentoring/_astro/client.js', 'js'],
      ['/mentoring/_astro/preact.js', 'js'],
    ]);
    expect(load.requests).toBe(5);
    expect(load.jsFiles).toBe(3);
    const jsRaw = ['_astro/Checklist.js', '_astro/client.js', '_astro/preact.js']
      .map((p) => files[p]?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(load.byKind.js.raw).toBe(jsRaw);
    expect(load.byKind.js.gzip).toBeGreaterThan(0);
    expect(load.total.raw).toBe(load.files.reduce((sum, f) => sum + f.bytes.raw, 0));
    expect(load.inlineScriptBytes).toBe('let registered=1'.length);
    expect(load.lazyJs.raw).toBe(
      (files['_astro/lazy.js']?.length ?? 0) + (files['_astro/lazy-dep.js']?.length ?? 0),
    );
    expect(load.missing).toEqual([]);
  });

  it('resolves relative references and reports those that name no file', () => {
    const load = accountFirstLoad(build, { path: 'guide/', file: join(build.root, 'guide/index.html') });
    expect(load.kind).toBe('guide');
    expect(load.missing).toEqual(['link rel="stylesheet" ../missing.css']);
    expect(load.requests).toBe(1);
  });
});
