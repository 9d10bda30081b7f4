/**
 * The size of the service worker's precache: every file in the build, which the worker downloads after
 * the first page has loaded so the whole site works offline. Computed from dist/ itself, so the figure is
 * right whether or not the worker exists yet and whatever list it keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBytes, sumBytes, type Bytes } from './gzip-size.ts';

/** Size of the whole build. */
export interface PrecacheSize {
  files: number;
  bytes: Bytes;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Counts and sizes every file under `root`. */
export function measurePrecache(root: string): PrecacheSize {
  const files = walk(root);
  return { files: files.length, bytes: sumBytes(files.map((file) => measureBytes(readFileSync(file)))) };
}
