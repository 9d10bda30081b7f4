/**
 * An Astro integration that writes the service worker (sw.js) when the build is done: it lists every
 * file then in the output folder, hashes each one and fills in worker-template.js.
 *
 * Order matters: put it after any integration that adds files in `astro:build:done` (Pagefind's search
 * index), or those files will not be precached and search will not work offline.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listDistFiles } from './dist-files.ts';
import { buildPrecache, renderWorker, type Precache } from './precache.ts';

/** The worker's file name in the output folder; pages register `<base>sw.js`. */
export const workerFileName = 'sw.js';

/** Where the template lives, relative to the project root. */
export const workerTemplatePath = 'src/integrations/worker-template.js';

/**
 * Writes `sw.js` into a built site. Exported so tests can "redeploy" a changed copy of a build.
 * @returns the precache written into the worker.
 */
export async function writeServiceWorker(
  outDir: string,
  base: string,
  templateFile: string,
): Promise<Precache> {
  const precache = buildPrecache(await listDistFiles(outDir), base);
  const worker = renderWorker(await readFile(templateFile, 'utf8'), precache);
  await writeFile(`${outDir}/${workerFileName}`, worker);
  return precache;
}

/** The integration: add it to `integrations` in astro.config.mjs, after Pagefind. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  let templateFile = '';
  return {
    name: 'mentoring-expectations:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        templateFile = fileURLToPath(new URL(workerTemplatePath, config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const precache = await writeServiceWorker(fileURLToPath(dir), base, templateFile);
        logger.info(
          `${workerFileName}: ${precache.urls.length} files precached, version ${precache.version}`,
        );
      },
    },
  };
}
