// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { normaliseBasePath } from './src/lib/site/base-path.ts';
import { siteCspDirectives } from './src/lib/site/csp.ts';
import pagefind from './src/integrations/pagefind.ts';
import { hostingHeaders } from './src/integrations/hosting-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { firstLoadChunks } from './src/integrations/first-load-chunks.ts';
import { preloadHints } from './src/integrations/preload-hints.ts';

// BASE_PATH lets the site live in a sub-folder (BASE_PATH=/mentoring/ npm run build).
// SITE_URL is the public address (SITE_URL=https://mentoring.example.org npm run build): printed guide
// pages then show full addresses after links, not only paths.
// OUT_DIR lets tests build a second copy without touching dist/.
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: normaliseBasePath(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  output: 'static',
  build: {
    format: 'directory',
    // The site's stylesheet is small: inlining it saves a round trip on a first visit.
    inlineStylesheets: 'always',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Fewer, larger files for what each workbook page runs at start (src/integrations/first-load-chunks.ts).
  vite: { plugins: [firstLoadChunks()] },
  // serviceWorker() must stay last: it precaches whatever is in the output folder when it runs, so any
  // integration that writes files when the build is done (Pagefind's index) has to come before it.
  integrations: [
    mdx(),
    preact(),
    // Before the service worker, which hashes the pages as they finally are.
    preloadHints(),
    // Search indexes real content only: home, the guide, trainers and privacy.
    pagefind({ glob: '{index.html,guide/**/*.html,trainers/**/*.html,privacy/**/*.html}' }),
    hostingHeaders(),
    serviceWorker(),
  ],
  security: {
    csp: {
      // connect-src is set page by page in BaseLayout ('none', or 'self' on /search/): Astro can only add
      // sources to a directive, and Chromium reports "'none' 'self'" as an error in the console.
      directives: siteCspDirectives.filter((directive) => !directive.startsWith('connect-src')),
    },
  },
});
