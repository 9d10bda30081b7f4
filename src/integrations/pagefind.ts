/**
 * Builds the site's search index with Pagefind once Astro has written the pages. A failure fails the
 * build: a site whose search silently finds nothing is worse than a build that stops and says why.
 * The pattern follows Starlight's `integrations/pagefind.ts`: create an index, add the output folder,
 * write the files, and always close Pagefind's service.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind always writes its ready-made search interfaces too. The search page uses only its API
 * (pagefind.js, its worker, the WebAssembly and the index), so these are removed: otherwise the
 * service worker would precache about 430 kB that no page ever loads.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

export interface PagefindOptions {
  /**
   * Which built pages to index, as a Pagefind glob relative to the output folder. Only real content:
   * the workbook's screens, the search page and the not-found page would only add noise.
   */
  glob: string;
}

interface PagefindResponse {
  errors: string[];
}

/** Throws with Pagefind's own messages when a response carries errors. */
function assertNoErrors<T extends PagefindResponse>(
  step: string,
  response: T,
  logger: AstroIntegrationLogger,
): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind ${step}: ${error}`);
    throw new Error(`Pagefind could not ${step}. See the errors above; the search index was not written.`);
  }
  return response;
}

/** The Astro integration: indexes the built pages into `<outDir>/pagefind/`. */
export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  return {
    name: 'mentoring:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertNoErrors('create an index', await pagefind.createIndex(), logger);
          if (!index) throw new Error('Pagefind returned no index and no error.');
          const added = assertNoErrors(
            'index the built pages',
            await index.addDirectory({ path: fileURLToPath(dir), glob: options.glob }),
            logger,
          );
          // Zero pages means the glob or the build is wrong; an empty index would pass unnoticed.
          if (added.page_count === 0) {
            throw new Error(
              `Pagefind found no pages matching "${options.glob}": check the glob in astro.config.mjs.`,
            );
          }
          assertNoErrors(
            'write the index',
            await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }),
            logger,
          );
          const outDir = new URL('./pagefind/', dir);
          await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(new URL(file, outDir), { force: true })));
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
