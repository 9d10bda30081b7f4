/**
 * deflate-raw compression through the built-in CompressionStream, with a hard limit on the
 * decompressed size (a small hostile link must not expand into gigabytes: a "zip bomb").
 */

/** Compresses bytes with deflate-raw. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Thrown when decompressed data passes the limit. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/**
 * Decompresses deflate-raw bytes, stopping as soon as the output passes `maxBytes`.
 * Throws `TooLargeError` past the limit, and `TypeError` for cut-off or damaged input.
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new TooLargeError(`More than ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
