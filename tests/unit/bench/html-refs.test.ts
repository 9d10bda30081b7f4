import { describe, expect, it } from 'vitest';
import {
  dynamicImports,
  parseAttributes,
  readHtmlRefs,
  staticImports,
} from '../../../bench/lib/html-refs.ts';

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes and decodes entities', () => {
    const attributes = parseAttributes(` rel="icon" href='/a?x=1&amp;y=2' type=image/svg+xml ssr`);
    expect(Object.fromEntries(attributes)).toEqual({
      rel: 'icon',
      href: '/a?x=1&y=2',
      type: 'image/svg+xml',
      ssr: '',
    });
  });
});

describe('readHtmlRefs', () => {
  const html = [
    '<!doctype html><html><head>',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="apple-touch-icon" href="/icon-180.png">',
    '<link rel="manifest" href="/manifest.webmanifest">',
    '<link rel="stylesheet" href="/_astro/site.css">',
    '<link rel="preload" as="font" href="/f.woff2" crossorigin>',
    '<link rel="canonical" href="/guide/">',
    '<link rel="alternate" href="/feed.xml">',
    '<script type="module" src="/_astro/page.js"></script>',
    '<script>navigator.serviceWorker?.register("/sw.js")</script>',
    '<script type="module">import "/_astro/hoisted.js";</script>',
    '<script type="application/ld+json">{"a":1}</script>',
    '<style>a{background:url(/ignored.png)}</style>',
    '</head><body><!-- <img src="/commented.png"> -->',
    '<img src="/photo.jpg" alt=""><img src="data:image/png;base64,AA" alt="">',
    '<astro-island uid="x" component-url="/_astro/Checklist.js" renderer-url="/_astro/client.js" ssr client="load"></astro-island>',
    '</body></html>',
  ].join('');
  const refs = readHtmlRefs(html);

  it('lists every resource a first load fetches, with its kind', () => {
    expect(refs.resources.map((r) => [r.url, r.kind])).toEqual([
      ['/_astro/page.js', 'js'],
      ['/favicon.svg', 'image'],
      ['/icon-180.png', 'image'],
      ['/manifest.webmanifest', 'other'],
      ['/_astro/site.css', 'css'],
      ['/f.woff2', 'font'],
      ['/photo.jpg', 'image'],
      ['/_astro/Checklist.js', 'js'],
      ['/_astro/client.js', 'js'],
    ]);
  });

  it('skips links that are not fetched on load, comments, styles and data: URLs', () => {
    const urls = refs.resources.map((r) => r.url);
    expect(urls).not.toContain('/guide/');
    expect(urls).not.toContain('/feed.xml');
    expect(urls).not.toContain('/commented.png');
    expect(urls).not.toContain('/ignored.png');
    expect(urls.some((u) => u.startsWith('data:'))).toBe(false);
  });

  it('measures inline scripts and reads the imports of inline modules, but not JSON data', () => {
    expect(refs.inlineScripts).toEqual([
      { bytes: 'navigator.serviceWorker?.register("/sw.js")'.length, module: false, imports: [] },
      { bytes: 'import "/_astro/hoisted.js";'.length, module: true, imports: ['/_astro/hoisted.js'] },
    ]);
  });
});

describe('staticImports', () => {
  it('finds the imports and re-exports of minified output', () => {
    const code =
      'import{n as e}from"./hooks.js";import t,{o}from"./preact.js";import*as z from"./zod.js";' +
      'import"./side-effect.js";export{a as b}from"./re.js";export*from"./all.js";';
    expect(staticImports(code)).toEqual([
      './hooks.js',
      './preact.js',
      './zod.js',
      './side-effect.js',
      './re.js',
      './all.js',
    ]);
  });

  it('ignores dynamic imports, import.meta and local exports', () => {
    const code =
      'const m=await import(`./lazy.js`);console.log(import.meta.url);export{m as default};var s="x";';
    expect(staticImports(code)).toEqual([]);
  });
});

describe('dynamicImports', () => {
  it('finds import() with a literal string in any quotes', () => {
    expect(dynamicImports('import("./a.js");x=()=>import(`./b.js`);import(\'./c.js\')')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });

  it('ignores import() of a computed string', () => {
    expect(dynamicImports('import(`./${name}.js`);import(path)')).toEqual([]);
  });
});
