/**
 * Where IndexedDB cannot be used, the workbook lives in memory, and memory ends with each page. So a
 * copy of it is kept in sessionStorage, which lasts as long as the tab: the next workbook page in the
 * tab starts from it, and a pair can start, answer, reach the agreement and record a meeting. Closing
 * the tab still ends it, as the page's warning says. Anything read back that is not the expected shape
 * is ignored; the records themselves are parsed by their schemas as they are read, like any others.
 */
import type { RawEntry } from './backend';
import { allStores, type StoreName } from './db-schema';

const KEY = 'mentoring-workbook:tab-copy';

type Entries = Partial<Record<StoreName, RawEntry[]>>;

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const tabStorage = (): KeyValueStore | undefined => {
  try {
    return (globalThis as { sessionStorage?: KeyValueStore }).sessionStorage;
  } catch {
    return undefined; // some browsers throw on merely reading the property when storage is blocked
  }
};

const isKey = (key: unknown): key is RawEntry['key'] =>
  typeof key === 'string' ||
  (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'number');

/** The tab's copy of the workbook, or undefined when there is none (or it cannot be read). */
export function readTabCopy(storage = tabStorage()): Entries | undefined {
  let raw: unknown;
  try {
    const json = storage?.getItem(KEY);
    if (!json) return undefined;
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entries: Entries = {};
  for (const store of allStores) {
    const list = (raw as Record<string, unknown>)[store];
    if (!Array.isArray(list)) continue;
    entries[store] = list.filter(
      (e): e is RawEntry => typeof e === 'object' && e !== null && isKey((e as RawEntry).key),
    );
  }
  return entries;
}

/**
 * Keeps a copy of the workbook for the tab. Returns false when the browser refused it (storage full
 * or blocked), so the page can say that work now lasts only until it is left.
 */
export function writeTabCopy(entries: Entries, storage = tabStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}
