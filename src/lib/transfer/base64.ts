/**
 * Base64 and base64url for bytes, with no dependency and no `Buffer` (runs in the browser).
 */

/** Bytes per piece: a multiple of 3, so pieces encode without padding in between. */
const CHUNK = 0x8000 * 3;

/**
 * Bytes → standard base64 (with padding). Encoded a piece at a time, so a large backup never
 * exists as a second, "binary" string beside its base64.
 */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const piece = bytes.subarray(i, i + CHUNK);
    let binary = '';
    for (let j = 0; j < piece.length; j += 0x8000) {
      binary += String.fromCharCode(...piece.subarray(j, j + 0x8000));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** Standard base64 → bytes, a piece at a time; throws `SyntaxError` on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw new SyntaxError('Not base64');
  const padded = text.length % 4 === 0 ? text : text + '='.repeat(4 - (text.length % 4));
  const padding = padded.endsWith('==') ? 2 : padded.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((padded.length / 4) * 3 - padding);
  const piece = (CHUNK / 3) * 4; // characters per piece: a multiple of 4
  let at = 0;
  for (let i = 0; i < padded.length; i += piece) {
    const binary = atob(padded.slice(i, i + piece));
    for (let j = 0; j < binary.length; j++) bytes[at++] = binary.charCodeAt(j);
  }
  return bytes;
}

/** Bytes → base64url without padding (safe in a URL fragment). */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes; throws `SyntaxError` on anything else. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new SyntaxError('Not base64url');
  const b64 = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}
