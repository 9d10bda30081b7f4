import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDistFiles, servedUrl, sha256 } from '../../../src/integrations/dist-files';

describe('sha256', () => {
  it('gives the hex SHA-256 of text', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('listDistFiles', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dist-files-'));
    mkdirSync(join(dir, 'guide', 'first-meeting'), { recursive: true });
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, 'index.html'), 'home');
    writeFileSync(join(dir, 'guide', 'first-meeting', 'index.html'), 'first meeting');
    writeFileSync(join(dir, '_astro', 'client.js'), 'code');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file, in sub-folders too, with forward slashes, sorted by path', async () => {
    expect((await listDistFiles(dir)).map((file) => file.path)).toEqual([
      '_astro/client.js',
      'guide/first-meeting/index.html',
      'index.html',
    ]);
  });

  it("hashes each file's content", async () => {
    const files = await listDistFiles(dir);
    expect(files.find((file) => file.path === 'index.html')?.hash).toBe(sha256('home'));
  });

  it('lists folders without their own entry', async () => {
    mkdirSync(join(dir, 'empty'));
    expect((await listDistFiles(dir)).map((file) => file.path)).not.toContain('empty');
  });
});

describe('servedUrl', () => {
  it.each([
    ['index.html', '/', '/'],
    ['guide/index.html', '/', '/guide/'],
    ['guide/first-meeting/index.html', '/mentoring/', '/mentoring/guide/first-meeting/'],
    ['404.html', '/', '/404.html'],
    ['_astro/client.js', '/mentoring/', '/mentoring/_astro/client.js'],
    ['pagefind/index.html.pf_index', '/', '/pagefind/index.html.pf_index'],
  ])('serves %s under %s at %s', (path, base, url) => {
    expect(servedUrl(path, base)).toBe(url);
  });
});
