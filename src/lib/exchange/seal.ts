/**
 * The pair key and sealed exchanges. The invite carries a random AES-256-GCM key (WebCrypto); every
 * later exchange is compressed, then encrypted with it, so a link forwarded in a messenger, kept in a
 * chat backup or synced with browser history says nothing without the partner's device. The
 * partnership's id is bound in as additional data, so a payload cannot be passed off as another
 * partnership's. Sealed text: `1.` + base64url(12-byte IV ‖ ciphertext).
 */
import * as z from 'zod/mini';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, exchangeSchema, type Exchange } from '../schemas';
import { fromBase64Url, toBase64Url } from '../transfer/base64';
import { TooLargeError, deflate, inflate } from '../transfer/compression';
import { TransferError } from '../transfer/errors';
import { LINK_LIMITS } from '../transfer/link-codec';
import { parseJson } from '../transfer/safe-json';

const SEAL_VERSION = 1;

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!s)
    throw new TransferError('no-crypto', {
      message: 'This browser cannot encrypt or decrypt.',
      hint: 'Use an up-to-date browser.',
    });
  return s;
};

/** A new random pair key: 32 bytes as base64url. */
export function newPairKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

const importKey = (key: string) =>
  subtle().importKey('raw', fromBase64Url(key) as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
const bound = (partnershipId: string) => new TextEncoder().encode(partnershipId) as BufferSource;

/** Validates, compresses and encrypts an exchange with the pair key. */
export async function sealExchange(exchange: Exchange, key: string): Promise<string> {
  const result = exchangeSchema.safeParse(exchange);
  if (!result.success) throw new TransferError('invalid', { detail: z.prettifyError(result.error) });
  const plain = await deflate(new TextEncoder().encode(JSON.stringify(result.data)));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: bound(exchange.partnershipId) },
      await importKey(key),
      plain as BufferSource,
    ),
  );
  const bytes = new Uint8Array(iv.length + sealed.length);
  bytes.set(iv);
  bytes.set(sealed, iv.length);
  const text = `${SEAL_VERSION}.${toBase64Url(bytes)}`;
  if (text.length > LINK_LIMITS.maxEncodedChars * 10) throw new TransferError('too-large');
  return text;
}

/**
 * Opens a sealed exchange for `partnershipId` with its pair key. Every failure is a `TransferError`:
 * `empty`, `too-large`, `tampered`, `newer-version`, `wrong-key` (another pair's, another
 * partnership's, changed or cut off: AES-GCM cannot tell which), `wrong-format`, `other-partnership`,
 * `invalid`.
 */
export async function openSealed(text: string, key: string, partnershipId: string): Promise<Exchange> {
  const sealed = text.trim();
  if (sealed === '') throw new TransferError('empty');
  if (sealed.length > LINK_LIMITS.maxEncodedChars * 10) throw new TransferError('too-large');
  const dot = sealed.indexOf('.');
  const version = dot > 0 ? Number(sealed.slice(0, dot)) : NaN;
  if (!Number.isInteger(version)) throw new TransferError('tampered', { detail: 'No seal version' });
  if (version > SEAL_VERSION) throw new TransferError('newer-version');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(sealed.slice(dot + 1));
  } catch (error) {
    throw new TransferError('tampered', { cause: error });
  }
  if (bytes.length < 12 + 16) throw new TransferError('truncated');
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, 12) as BufferSource, additionalData: bound(partnershipId) },
        await importKey(key),
        bytes.slice(12),
      ),
    );
  } catch (error) {
    throw new TransferError('wrong-key', { cause: error });
  }
  let json: Uint8Array;
  try {
    json = await inflate(plain, LINK_LIMITS.maxDecodedBytes * 10);
  } catch (error) {
    throw new TransferError(error instanceof TooLargeError ? 'too-large' : 'tampered', { cause: error });
  }
  return checkExchange(parseJson(new TextDecoder('utf-8', { fatal: true }).decode(json)), partnershipId);
}

/** Checks an exchange's envelope, then the whole of it, so the message says what is really wrong. */
export function checkExchange(value: unknown, partnershipId?: string): Exchange {
  const envelope = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (envelope['format'] !== EXCHANGE_FORMAT) throw new TransferError('wrong-format');
  if (typeof envelope['version'] === 'number' && envelope['version'] > EXCHANGE_VERSION) {
    throw new TransferError('newer-version');
  }
  const result = exchangeSchema.safeParse(value);
  if (!result.success) throw new TransferError('invalid', { detail: z.prettifyError(result.error) });
  if (partnershipId !== undefined && result.data.partnershipId !== partnershipId) {
    throw new TransferError('other-partnership');
  }
  return result.data;
}
