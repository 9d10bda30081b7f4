/**
 * Byte counts as they travel: the raw size and the size gzipped at the default level, which is what a
 * typical static host or CDN sends. The site's own server may not compress, so the bench gzips itself.
 */
import { gzipSync } from 'node:zlib';

/** A size in bytes, before and after gzip. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** Sizes of one response body or file. An empty body is 0 bytes either way (nothing to compress). */
export function measureBytes(body: Uint8Array | string): Bytes {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (buffer.length === 0) return { raw: 0, gzip: 0 };
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

/** Adds sizes together. */
export function sumBytes(items: readonly Bytes[]): Bytes {
  return items.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), { raw: 0, gzip: 0 });
}
