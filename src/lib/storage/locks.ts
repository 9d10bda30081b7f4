/**
 * Web Locks for changes that take several steps (read, decide, write), so two tabs doing the
 * same multi-step change take turns. Where the API is missing, the work simply runs.
 */

/** The lock every multi-step workbook change takes. */
export const WORKBOOK_LOCK = 'mentoring-workbook';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs `work` while holding the named exclusive lock (or directly, when Web Locks are missing). */
export async function withLock<T>(work: () => Promise<T>, name: string = WORKBOOK_LOCK): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks) return work();
  return locks.request(name, work);
}
