/**
 * Parsing JSON a person brings in, defensively: a depth limit checked before parsing (so deep
 * nesting cannot exhaust the stack) and no `__proto__` keys anywhere.
 */
import { TransferError } from './errors';

/** Deeper than any workbook backup or link can be. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in `text`, stopping early once past `limit`. */
export function jsonDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** Parses JSON or throws a `TransferError` (`empty`, `too-deep`, `not-json`, `unsafe-key`). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new TransferError('empty');
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw new TransferError('too-deep', { detail: `Nested more than ${MAX_JSON_DEPTH} levels` });
  return parseWithoutProto(text);
}

/**
 * JSON.parse that refuses `__proto__` keys anywhere (`not-json`, `unsafe-key`), for text whose
 * depth is already known to be safe (backup-scan.ts checks it while reading).
 */
export function parseWithoutProto(text: string): unknown {
  let unsafe = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__') unsafe = true;
      return v;
    });
  } catch (error) {
    throw new TransferError('not-json', {
      detail: error instanceof Error ? error.message : undefined,
      cause: error,
    });
  }
  if (unsafe) throw new TransferError('unsafe-key', { detail: 'A "__proto__" key' });
  return value;
}
