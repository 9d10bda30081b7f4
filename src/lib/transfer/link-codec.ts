/**
 * Links between devices and from trainers: a payload (validated by its kind's schema) becomes
 * JSON → deflate-raw → base64url, behind a codec version prefix (`1.`). It rides in the URL
 * fragment as `#p=<partnership>&<kind>=<payload>`, which never reaches a server.
 */
import * as z from 'zod/mini';
import {
  LINK_VERSION,
  linkFormats,
  linkKinds,
  linkSchemas,
  type LinkKind,
  type LinkPayload,
} from '../schemas/links';
import { fromBase64Url, toBase64Url } from './base64';
import { TooLargeError, deflate, inflate } from './compression';
import { TransferError } from './errors';
import { parseJson } from './safe-json';

/** The codec version written before the payload: `1.<base64url>`. */
export const CODEC_VERSION = 1;

/** Limits checked before and after decompression. */
export const LINK_LIMITS = {
  /** Characters of the encoded payload (browsers handle far longer URLs, but nobody shares one). */
  maxEncodedChars: 100_000,
  /** Bytes of JSON after decompression. */
  maxDecodedBytes: 512_000,
} as const;

/** Validates and encodes a payload of `kind` for a link. Throws `TransferError('invalid')` if it does not validate. */
export async function encodeLinkPayload<K extends LinkKind>(
  kind: K,
  payload: LinkPayload<K>,
): Promise<string> {
  const result = linkSchemas[kind].safeParse(payload);
  if (!result.success) throw new TransferError('invalid', { detail: z.prettifyError(result.error) });
  const bytes = await deflate(new TextEncoder().encode(JSON.stringify(result.data)));
  const encoded = `${CODEC_VERSION}.${toBase64Url(bytes)}`;
  if (encoded.length > LINK_LIMITS.maxEncodedChars) throw new TransferError('too-large');
  return encoded;
}

/**
 * Decodes and validates a payload of `kind`. Throws `TransferError` with code `empty`,
 * `too-large`, `truncated`, `tampered`, `newer-version`, `wrong-kind`, `wrong-format` or `invalid`.
 */
export async function decodeLinkPayload<K extends LinkKind>(
  kind: K,
  encoded: string,
): Promise<LinkPayload<K>> {
  const text = encoded.trim();
  if (text === '') throw new TransferError('empty');
  if (text.length > LINK_LIMITS.maxEncodedChars) throw new TransferError('too-large');
  const dot = text.indexOf('.');
  const version = dot > 0 ? Number(text.slice(0, dot)) : NaN;
  if (!Number.isInteger(version)) throw new TransferError('tampered', { detail: 'No codec version' });
  if (version > CODEC_VERSION) throw new TransferError('newer-version');
  if (version < 1) throw new TransferError('unsupported-version');

  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text.slice(dot + 1));
  } catch (error) {
    throw new TransferError('tampered', { detail: 'Characters that links never contain', cause: error });
  }
  let json: Uint8Array;
  try {
    json = await inflate(bytes, LINK_LIMITS.maxDecodedBytes);
  } catch (error) {
    if (error instanceof TooLargeError) throw new TransferError('too-large', { cause: error });
    throw new TransferError('truncated', { cause: error });
  }
  let value: unknown;
  try {
    value = parseJson(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (error) {
    if (error instanceof TransferError && error.code !== 'not-json') throw error;
    throw new TransferError('tampered', { cause: error });
  }
  return checkEnvelope(kind, value);
}

/** Checks format tag and version before the full schema, so the message says what is really wrong. */
export function checkEnvelope<K extends LinkKind>(kind: K, value: unknown): LinkPayload<K> {
  const envelope = (typeof value === 'object' && value !== null ? value : {}) as {
    format?: unknown;
    version?: unknown;
  };
  if (envelope.format !== linkFormats[kind]) {
    const other = linkKinds.find((k) => linkFormats[k] === envelope.format);
    throw new TransferError(other ? 'wrong-kind' : 'wrong-format', {
      detail: other ? `This is a ${other} link, not a ${kind} link` : undefined,
    });
  }
  if (typeof envelope.version === 'number' && envelope.version > LINK_VERSION) {
    throw new TransferError('newer-version');
  }
  const result = linkSchemas[kind].safeParse(value);
  if (!result.success) throw new TransferError('invalid', { detail: z.prettifyError(result.error) });
  return result.data as LinkPayload<K>;
}

// The fragment the payloads ride in has its own module; re-exported for the callers of this one.
export { buildFragment, readFragment, withoutPayloads, type Fragment } from './fragment';
