/**
 * Copies every store of a backend into a new in-memory backend, in one read transaction, for the
 * move to memory when the disk is full (full-switch.ts). Loaded only when that happens.
 */
import type { Backend, RawEntry } from './backend';
import { allStores, type StoreName } from './db-schema';
import { createMemoryBackend } from './memory-backend';

/** An in-memory backend holding exactly what `from` holds now, invalid records included. */
export async function copyToMemory(from: Backend): Promise<Backend> {
  const tables = await from.readMany(allStores.map((store) => ({ store })));
  const seed: Partial<Record<StoreName, readonly RawEntry[]>> = {};
  allStores.forEach((store, i) => {
    seed[store] = tables[i] ?? [];
  });
  return createMemoryBackend({ seed });
}
