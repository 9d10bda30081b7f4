/**
 * When the disk fills up part-way through a session, IndexedDB refuses every further write. Rather
 * than lose what the person goes on typing, the workbook moves to memory: it copies what is stored
 * into an in-memory backend, makes the refused write there, and from then on works in this tab
 * only. `onFull` tells the page, which shows the storage warning with its backup button — a backup
 * then holds everything, including the changes the disk had no room for. A restore is the exception
 * (`whenFull: 'fail'`): it is refused and changes nothing, since it can be tried again with more space.
 */
import type { Backend } from './backend';
import { WorkbookError } from './errors';

/** Wraps an IndexedDB backend so that a `quota` error moves the workbook to memory. */
export function switchToMemoryWhenFull(primary: Backend, onFull: (error: WorkbookError) => void): Backend {
  let current = primary;
  let switching: Promise<Backend> | undefined;

  const moveToMemory = (error: WorkbookError): Promise<Backend> =>
    (switching ??= import('./memory-copy')
      .then((m) => m.copyToMemory(primary))
      .then((memory) => {
        current = memory;
        // Closing lets other tabs upgrade the database; this tab no longer uses it.
        primary.close();
        onFull(error);
        return memory;
      })
      .catch(() => {
        // Not even reading worked: give up on moving, and let the page report the refused save.
        switching = undefined;
        throw error;
      }));

  return {
    get kind() {
      return current.kind;
    },
    get: (store, key) => current.get(store, key),
    getAll: (store, partnershipId) => current.getAll(store, partnershipId),
    readMany: (requests) => current.readMany(requests),
    async write(ops, options) {
      // Writes that arrive while moving wait for the copy, so none lands after it was taken.
      if (switching) return (await switching).write(ops);
      try {
        await current.write(ops);
      } catch (error) {
        const full = error instanceof WorkbookError && error.code === 'quota';
        if (current !== primary || !full || options?.whenFull === 'fail') throw error;
        await (await moveToMemory(error)).write(ops);
      }
    },
    close: () => current.close(),
  };
}
