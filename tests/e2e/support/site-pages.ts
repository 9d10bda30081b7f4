/**
 * Lists every page of the built site by walking the output folder, so a new page is tested the day it
 * lands without anyone updating a list.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** Path relative to the site's base, as page.goto() takes it with baseURL set: '', 'guide/', '404.html'. */
  path: string;
  /** The HTML file in the output folder. */
  file: string;
}

export function outDir(): string {
  return process.env['OUT_DIR'] ?? 'dist';
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page in the build, sorted by path. */
export function listSitePages(root = outDir()): SitePage[] {
  let files: string[];
  try {
    files = walk(root);
  } catch {
    throw new Error(`No built site in ${root}/: run \`npm run build\` first.`);
  }
  return files
    .map((file) => {
      const rel = relative(root, file).split(sep).join('/');
      const path =
        rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
