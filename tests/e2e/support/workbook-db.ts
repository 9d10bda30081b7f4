/**
 * Reads the whole workbook database inside the page, store by store, so a test can check that an
 * action left stored data exactly as it was.
 */
import type { Page } from '@playwright/test';
import { DB_NAME } from '../../../src/lib/storage/db-schema';

/** Every store's records, by store name; `null` when the database does not exist yet. */
export async function dumpWorkbook(page: Page): Promise<Record<string, unknown[]> | null> {
  return page.evaluate(async (name) => {
    const databases = await indexedDB.databases();
    if (!databases.some((d) => d.name === name)) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const result: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      result[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    db.close();
    return result;
  }, DB_NAME);
}
