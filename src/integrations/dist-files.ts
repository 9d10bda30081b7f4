/**
 * Lists the files of a finished build with a hash of each one's content. The service worker precaches
 * exactly this list, and its cache name derives from the hashes, so any change makes a new version.
 * Build-time code (Node), never shipped to the browser.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One file of the build. */
export interface DistFile {
  /** Path inside the output folder, with forward slashes: `guide/index.html`, `_astro/client.js`. */
  path: string;
  /** SHA-256 of the content, hex. */
  hash: string;
}

/** Hex SHA-256 of some bytes or text. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every file under `dir` (recursively), hashed, sorted by path so the result never depends on the disk. */
export async function listDistFiles(dir: string): Promise<DistFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(dir, full).split(sep).join('/'), hash: sha256(await readFile(full)) };
      }),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The URL a built file is served at, under the base path: `index.html` files by their folder
 * (`guide/index.html` → `/guide/`), since that is what the site links to.
 */
export function servedUrl(path: string, base: string): string {
  if (path === 'index.html') return base;
  return path.endsWith('/index.html') ? `${base}${path.slice(0, -'index.html'.length)}` : `${base}${path}`;
}
