/**
 * Reading a backup's JSON a piece at a time. Each record in `data` is cut out of the text as it
 * arrives and parsed on its own, so a 100,000-meeting file never sits in memory as one string
 * beside its parsed tree. What is left (the envelope: format, version, dates, and empty record
 * lists) is small and parsed whole. The same guards as `parseJson` apply throughout: a depth limit
 * checked while reading, and no `__proto__` keys anywhere.
 */
import { backupKinds, type BackupKind } from '../schemas';
import { TransferError } from './errors';
import { MAX_JSON_DEPTH, parseJson, parseWithoutProto } from './safe-json';

/** What a scan gives: the envelope with `data`'s record lists left empty, and the records cut out. */
export interface ScannedBackup {
  envelope: unknown;
  records: Record<BackupKind, unknown[]>;
}

const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
/** Keys worth remembering are short; a longer string (a ciphertext) is not kept twice. */
const KEY_CAPTURE = 64;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const notJson = (detail: string) => new TransferError('not-json', { detail });

/** Reads JSON text chunk by chunk (`push`), then `end()` gives the envelope and the records. */
export class BackupScanner {
  private depth = 0;
  /** Open containers (`{` or `[`), outermost first. */
  private readonly stack: number[] = [];
  /** The key of the current member of the object at each depth (only depths 1 and 2 matter). */
  private readonly keys: (string | undefined)[] = [];
  private readonly seen: Set<string>[] = [];
  private inString = false;
  private escaped = false;
  private capture: string | undefined;
  private lastString: string | undefined;
  /** `envelope`: copying text; `list`: between records of a kind; `record`: inside one. */
  private mode: 'envelope' | 'list' | 'record' = 'envelope';
  private kind: BackupKind = 'partnerships';
  private afterRecord = false;
  private afterComma = false;
  private envelopeParts: string[] = [];
  private recordParts: string[] = [];
  private started = false;
  readonly records = Object.fromEntries(backupKinds.map((k) => [k, []])) as unknown as Record<
    BackupKind,
    unknown[]
  >;

  push(chunk: string): void {
    let from = 0; // start of the part of `chunk` still to copy (envelope or record)
    if (!this.started) {
      if (chunk.charCodeAt(0) === 0xfeff) from = 1; // a byte-order mark is not part of the JSON
      if (chunk.length > from) this.started = true;
    }
    for (let i = from; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.endString();
          continue;
        }
        if (this.capture !== undefined) {
          this.capture = this.capture.length < KEY_CAPTURE ? this.capture + (chunk[i] ?? '') : undefined;
        }
        continue;
      }
      if (this.mode === 'list') {
        if (isSpace(c)) continue;
        if (c === COMMA) {
          if (!this.afterRecord) throw notJson(`Unexpected comma in ${this.kind}`);
          this.afterRecord = false;
          this.afterComma = true;
        } else if (c === CLOSE_ARRAY) {
          if (this.afterComma) throw notJson(`A comma before the end of ${this.kind}`);
          this.close();
          this.mode = 'envelope';
          from = i;
        } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          if (this.afterRecord) throw notJson(`A missing comma in ${this.kind}`);
          this.open(c);
          this.mode = 'record';
          from = i;
        } else {
          throw new TransferError('invalid', { detail: `data.${this.kind}: expected records` });
        }
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        this.capture = this.mode === 'envelope' && this.depth <= 2 ? '' : undefined;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        this.open(c);
        if (this.mode === 'envelope' && this.startsRecordList()) {
          this.envelopeParts.push(chunk.slice(from, i + 1));
          this.mode = 'list';
          this.afterRecord = false;
          this.afterComma = false;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.close();
        if (this.mode === 'record' && this.depth === 3) {
          this.recordParts.push(chunk.slice(from, i + 1));
          this.records[this.kind].push(parseWithoutProto(this.recordParts.join('')));
          this.recordParts = [];
          this.mode = 'list';
          this.afterRecord = true;
          this.afterComma = false;
        }
      } else if (c === COLON && this.mode === 'envelope') this.keyFound();
    }
    if (this.mode === 'envelope') this.envelopeParts.push(chunk.slice(from));
    else if (this.mode === 'record') this.recordParts.push(chunk.slice(from));
  }

  /** The envelope and records; throws `TransferError` for an empty, cut-off or malformed file. */
  end(): ScannedBackup {
    if (this.inString || this.depth !== 0 || this.mode !== 'envelope') {
      throw notJson('The file ends too soon');
    }
    const text = this.envelopeParts.join('');
    this.envelopeParts = [];
    return { envelope: parseJson(text), records: this.records };
  }

  private endString(): void {
    this.inString = false;
    this.lastString = this.capture;
    // A key written with escapes ("\u0064ata") means what JSON.parse reads it as.
    if (this.capture?.includes('\\')) {
      try {
        this.lastString = JSON.parse(`"${this.capture}"`) as string;
      } catch {
        this.lastString = undefined;
      }
    }
    this.capture = undefined;
  }

  private open(c: number): void {
    if (++this.depth > MAX_JSON_DEPTH) {
      throw new TransferError('too-deep', { detail: `Nested more than ${MAX_JSON_DEPTH} levels` });
    }
    this.stack.push(c);
    if (this.depth <= 2) {
      this.keys[this.depth] = undefined;
      this.seen[this.depth] = new Set();
    }
  }

  private close(): void {
    if (this.depth === 0) throw notJson('A closing bracket with nothing open');
    this.stack.pop();
    this.depth--;
  }

  /** A key at depth 1 or 2 (the envelope's or `data`'s): remembered, and refused if repeated. */
  private keyFound(): void {
    const d = this.depth;
    if (d > 2 || this.stack[d - 1] !== OPEN_OBJECT) return;
    const key = this.lastString;
    if (key !== undefined) {
      if (this.seen[d]?.has(key)) {
        throw new TransferError('invalid', { detail: `"${key}" appears twice` });
      }
      this.seen[d]?.add(key);
    }
    this.keys[d] = key;
  }

  /** Whether the array just opened is one of `data`'s record lists. */
  private startsRecordList(): boolean {
    if (this.depth !== 3 || this.stack[2] !== OPEN_ARRAY) return false;
    if (this.stack[0] !== OPEN_OBJECT || this.stack[1] !== OPEN_OBJECT || this.keys[1] !== 'data') {
      return false;
    }
    const kind = this.keys[2];
    if (!(backupKinds as readonly (string | undefined)[]).includes(kind)) return false;
    this.kind = kind as BackupKind;
    return true;
  }
}

/** Scans text arriving as chunks. */
export async function scanBackup(chunks: AsyncIterable<string> | Iterable<string>): Promise<ScannedBackup> {
  const scanner = new BackupScanner();
  for await (const chunk of chunks) scanner.push(chunk);
  return scanner.end();
}
