/**
 * The checklist's use of the link codec (src/lib/transfer/link-codec.ts): encode and decode the
 * join, answers and agreement payloads, and read the same payloads from a file.
 */
import {
  checkEnvelope,
  decodeLinkPayload,
  encodeLinkPayload,
  LINK_LIMITS,
} from '../../lib/transfer/link-codec';
import { TransferError } from '../../lib/transfer/errors';
import { parseJson } from '../../lib/transfer/safe-json';
import type { Incoming } from './apply-incoming';

export type ExchangeKind = 'join' | 'answers' | 'agreement';

export { decodeLinkPayload, encodeLinkPayload };

/** Reads an answers or agreement file the partner sent; throws `TransferError` with a message and hint. */
export function readPayloadFile(text: string): Incoming {
  // A file holds what a link may: the same limit.
  if (text.length > LINK_LIMITS.maxDecodedBytes) throw new TransferError('too-large');
  const value = parseJson(text);
  const format = (value as { format?: unknown } | null)?.format;
  if (format === 'mentoring-workbook-answers')
    return { kind: 'answers', payload: checkEnvelope('answers', value) };
  if (format === 'mentoring-workbook-agreement') {
    return { kind: 'agreement', payload: checkEnvelope('agreement', value) };
  }
  throw new TransferError(
    typeof format === 'string' && format.startsWith('mentoring-workbook') ? 'wrong-kind' : 'wrong-format',
  );
}
