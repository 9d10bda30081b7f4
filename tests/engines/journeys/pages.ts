/**
 * Every page of the build, served with its `_headers`, opens without a console message, an uncaught
 * error, a CSP violation or a request to another origin (the run checks each device afterwards). This is
 * where a header an engine does not understand shows: Chromium logged "Unrecognized feature:
 * 'bluetooth'" on every page while the Permissions-Policy named it.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Journey } from './journey.ts';
import { equal } from './journey.ts';

/** The path of every page in a build (`guide/mentee-driven/`), the home page as ''. */
function pagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`${sep}index.html`) || file === 'index.html')
    .map((file) =>
      relative(dist, join(dist, file, '..'))
        .split(sep)
        .join('/'),
    )
    .map((path) => (path === '' ? '' : `${path}/`))
    .sort();
}

export function pages(dist: string): Journey {
  return {
    name: 'every page with its headers, and nothing in the console',
    async run({ device: open }) {
      const device = await open();
      const paths = pagePaths(dist);
      for (const path of paths) {
        await device.goto(path);
        equal(await device.count({ css: 'h1' }), 1, `one heading on /${path}`);
      }
    },
  };
}
