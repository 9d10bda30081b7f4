import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildPrecache, cacheNameFor, isPrecached, renderWorker } from '../../../src/integrations/precache';

const files = [
  { path: '_astro/client.js', hash: 'a1' },
  { path: 'guide/index.html', hash: 'b2' },
  { path: 'index.html', hash: 'c3' },
  { path: 'sw.js', hash: 'd4' },
  { path: '_headers', hash: 'e5' },
];

describe('isPrecached', () => {
  it.each([
    ['index.html', true],
    ['_astro/client.js', true],
    ['pagefind/pagefind.js', true],
    ['sw.js', false],
    ['_headers', false],
    ['_redirects', false],
    ['_astro/client.js.map', false],
  ])('%s → %s', (path, expected) => {
    expect(isPrecached(path)).toBe(expected);
  });
});

describe('buildPrecache', () => {
  it('lists the URL of every file but the worker itself and host config', () => {
    expect(buildPrecache(files, '/').urls).toEqual(['/_astro/client.js', '/guide/', '/']);
  });

  it('puts the base path in front of every URL', () => {
    const precache = buildPrecache(files, '/mentoring/');
    expect(precache.base).toBe('/mentoring/');
    expect(precache.urls).toEqual(['/mentoring/_astro/client.js', '/mentoring/guide/', '/mentoring/']);
  });

  it('makes a new version when any file changes, and the same version when none does', () => {
    const version = buildPrecache(files, '/').version;
    expect(buildPrecache([...files], '/').version).toBe(version);
    const changed = files.map((file) => (file.path === 'index.html' ? { ...file, hash: 'c4' } : file));
    expect(buildPrecache(changed, '/').version).not.toBe(version);
    expect(buildPrecache([...files, { path: 'new.txt', hash: 'f6' }], '/').version).not.toBe(version);
    expect(buildPrecache(files.slice(1), '/').version).not.toBe(version);
  });

  it('ignores changes to files it does not cache', () => {
    const changed = files.map((file) => (file.path === '_headers' ? { ...file, hash: 'zz' } : file));
    expect(buildPrecache(changed, '/').version).toBe(buildPrecache(files, '/').version);
  });
});

describe('cacheNameFor', () => {
  it('names the site, its base path and the version', () => {
    expect(cacheNameFor({ base: '/mentoring/', version: 'abc' })).toBe(
      'mentoring-expectations /mentoring/ abc',
    );
  });
});

describe('renderWorker', () => {
  const precache = { version: 'v1', base: '/', urls: ['/'] };

  it('fills in the precache as a JavaScript value', () => {
    const worker = renderWorker('const PRECACHE = __PRECACHE__;\nuse(PRECACHE);', precache);
    expect(worker).toContain('"version": "v1"');
    expect(worker).not.toContain('__PRECACHE__;');
    expect(() => new Script(worker)).not.toThrow(); // compiles, without running it
  });

  it('refuses a template without the placeholder, or with it twice', () => {
    expect(() => renderWorker('const PRECACHE = {};', precache)).toThrow('exactly once (found 0)');
    expect(() => renderWorker('a = __PRECACHE__; b = __PRECACHE__;', precache)).toThrow('(found 2)');
  });
});
