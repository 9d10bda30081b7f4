/**
 * Loads one page in a fresh browser context (cold cache, service workers blocked) and records every
 * response: how many requests, and the bytes of each by kind, raw and gzipped. The bodies are gzipped
 * here, so the figures do not depend on whether the server compresses.
 */
import type { Browser, Request } from '@playwright/test';
import { measureBytes, sumBytes, type Bytes } from './gzip-size.ts';
import type { ResourceKind } from './html-refs.ts';

/** What the browser fetched for one page. */
export interface MeasuredBytes {
  requests: number;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  jsFiles: number;
  /** Requests that failed or left the site's origin (there should be none). */
  problems: string[];
}

function kindOf(request: Request, contentType: string): ResourceKind {
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default:
      // Chromium fetches the favicon as "other": go by what the server says it is.
      if (contentType.startsWith('image/')) return 'image';
      if (contentType.startsWith('font/')) return 'font';
      return 'other';
  }
}

/** Loads `url` once and accounts for what the browser fetched until the network went quiet. */
export async function measurePageBytes(browser: Browser, url: string): Promise<MeasuredBytes> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 412, height: 823 },
  });
  const problems: string[] = [];
  const pending: Promise<{ kind: ResourceKind; bytes: Bytes }>[] = [];
  try {
    const page = await context.newPage();
    // Nothing may leave the machine, even by mistake.
    await context.route(
      (u) => u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:',
      async (route) => {
        problems.push(`request to another origin: ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.url().startsWith('data:')) return;
      const kind = kindOf(response.request(), response.headers()['content-type'] ?? '');
      pending.push(
        response.body().then(
          (body) => ({ kind, bytes: measureBytes(body) }),
          () => ({ kind, bytes: { raw: 0, gzip: 0 } }),
        ),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) problems.push(`HTTP ${response?.status() ?? 'no response'} for ${url}`);
    const fetched = await Promise.all(pending);
    const zero = (): Bytes => ({ raw: 0, gzip: 0 });
    const byKind: Record<ResourceKind, Bytes> = {
      html: zero(),
      css: zero(),
      js: zero(),
      font: zero(),
      image: zero(),
      other: zero(),
    };
    for (const f of fetched) byKind[f.kind] = sumBytes([byKind[f.kind], f.bytes]);
    return {
      requests: fetched.length,
      byKind,
      total: sumBytes(fetched.map((f) => f.bytes)),
      jsFiles: fetched.filter((f) => f.kind === 'js').length,
      problems,
    };
  } finally {
    await context.close();
  }
}
