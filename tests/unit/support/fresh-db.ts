/**
 * A fresh fake IndexedDB for every test, so no test sees another's data.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

let counter = 0;

/** Installs a new empty IDBFactory before each test; returns a function giving a unique db name. */
export function useFreshIndexedDB(): () => string {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  return () => `test-workbook-${++counter}`;
}
