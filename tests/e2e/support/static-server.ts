/**
 * A tiny static file server for the tests about offline use. A service worker's own requests never
 * reach page.route, so these tests read this server's log instead: it records every request it
 * receives, from pages and workers alike, with its headers and body.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** One request the server received. */
export interface LoggedRequest {
  method: string;
  /** The path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StaticServer {
  /** The site's address, base path included: `http://127.0.0.1:40123/mentoring/`. */
  url: string;
  /** Every request received so far, in order. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

export interface ServerOptions {
  /** The port to listen on; a free one when left out. */
  port?: number;
  /** Headers to add to the answer for a path, as a host would (the engine tests serve `_headers`). */
  headers?: (path: string) => Record<string, string>;
}

/** Serves the folder `root` under `base` on 127.0.0.1. */
export async function startStaticServer(
  root: string,
  base: string,
  options: ServerOptions = {},
): Promise<StaticServer> {
  const requests: LoggedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '/';
      requests.push({
        method: request.method ?? '',
        url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      });
      respond(url).catch(() => response.destroy());
    });

    async function respond(url: string) {
      const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
      // normalize() resolves any "..", and the check keeps the answer inside the base path.
      const inside = path.startsWith(base) ? normalize(path.slice(base.length)) : '..';
      let file = join(root, inside);
      if (!inside.startsWith('..') && (await isFile(join(file, 'index.html')))) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const found = !inside.startsWith('..') && (await isFile(file));
      if (!found) file = join(root, '404.html');
      response.writeHead(found ? 200 : 404, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        // As astro preview and CORS-aware hosts send: the worker must not let it hide cached files.
        Vary: 'Origin',
        ...options.headers?.(path),
      });
      // A test may delete the folder while the browser still asks for something: just hang up.
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // the browser keeps connections alive; close() alone would wait
      }),
  };
}
