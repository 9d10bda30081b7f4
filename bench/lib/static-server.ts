/**
 * A small static file server for the bench: serves the built site from 127.0.0.1 and gzips text the way a
 * static host or CDN does, so timings under the emulated network reflect what visitors get. Directory
 * URLs serve their index.html; anything else missing gets 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForUrl, type SiteBuild } from './first-load.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Types worth compressing; images other than SVG, fonts and wasm are already compressed. */
function compressible(type: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/.test(type);
}

/** A running server and how to stop it. */
export interface RunningServer {
  /** The site's URL, base path included, e.g. http://127.0.0.1:4344/. */
  url: string;
  close(): Promise<void>;
}

/** Serves the build on 127.0.0.1 at the given port. */
export async function startStaticServer(build: SiteBuild, port: number): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = fileForUrl(build, path);
    if (file && !file.endsWith('.html') && path.endsWith('/')) {
      response.writeHead(404).end();
      return;
    }
    if (!file && !path.endsWith('/') && fileForUrl(build, `${path}/`)) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const served = file ?? fileForUrl(build, `${build.base}404.html`);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = readFileSync(served);
    const type = contentTypes[extname(served)] ?? 'application/octet-stream';
    const gzip = compressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipSync(body) : body;
    response.writeHead(file ? 200 : 404, {
      'content-type': type,
      'content-length': sent.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: stop what runs there or set BENCH_PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}${build.base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
