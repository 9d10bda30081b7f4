import { describe, expect, it, vi } from 'vitest';
import type { Backend, WriteOp } from '../../../src/lib/storage/backend';
import { WorkbookError } from '../../../src/lib/storage/errors';
import { switchToMemoryWhenFull } from '../../../src/lib/storage/full-switch';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend';

const meeting = (id: string) => ({ id, partnershipId: 'p1', updatedAt: '2026-01-10T09:00:00.000Z' });
const put = (id: string): WriteOp => ({ type: 'put', store: 'meetings', value: meeting(id) });

/** A memory backend standing in for IndexedDB, whose writes fail with `error` once `full` is set. */
function disk(error = new WorkbookError('quota')) {
  const inner = createMemoryBackend();
  const state = { full: false, closed: false, reads: 0 };
  const backend: Backend = {
    kind: 'indexeddb',
    get: (s, k) => inner.get(s, k),
    getAll: (s, p) => inner.getAll(s, p),
    readMany: (r) => {
      state.reads++;
      return inner.readMany(r);
    },
    write: (ops) => (state.full ? Promise.reject(error) : inner.write(ops)),
    close: () => {
      state.closed = true;
    },
  };
  return { backend, state };
}

const ids = async (b: Backend) => (await b.getAll('meetings')).map((e) => e.key);

describe('switchToMemoryWhenFull', () => {
  it('copies what is stored, makes the refused write in memory, and says so once', async () => {
    const { backend, state } = disk();
    const onFull = vi.fn();
    const wb = switchToMemoryWhenFull(backend, onFull);
    await wb.write([put('a')]);
    state.full = true;
    await wb.write([put('b')]);
    await wb.write([put('c')]);
    expect(wb.kind).toBe('memory');
    expect(await ids(wb)).toEqual(['a', 'b', 'c']);
    expect(await ids(backend)).toEqual(['a']); // the disk kept what it had
    expect(onFull).toHaveBeenCalledOnce();
    expect(onFull.mock.calls[0]?.[0]).toMatchObject({ code: 'quota' });
    expect(state.closed).toBe(true);
  });

  it('writes that arrive while the copy is being made wait for it, so none is lost or doubled', async () => {
    const { backend, state } = disk();
    const wb = switchToMemoryWhenFull(backend, () => undefined);
    state.full = true;
    await Promise.all([wb.write([put('x')]), wb.write([put('y')]), wb.write([put('z')])]);
    expect(await ids(wb)).toEqual(['x', 'y', 'z']);
    expect(state.reads).toBe(1);
  });

  it('refuses a write that asks to fail when full, and stays on disk', async () => {
    const { backend, state } = disk();
    const onFull = vi.fn();
    const wb = switchToMemoryWhenFull(backend, onFull);
    state.full = true;
    await expect(wb.write([put('a')], { whenFull: 'fail' })).rejects.toMatchObject({ code: 'quota' });
    expect(wb.kind).toBe('indexeddb');
    expect(onFull).not.toHaveBeenCalled();
    expect(state.reads).toBe(0);
  });

  it('leaves other errors alone', async () => {
    const { backend, state } = disk(new WorkbookError('conflict'));
    const onFull = vi.fn();
    const wb = switchToMemoryWhenFull(backend, onFull);
    state.full = true;
    await expect(wb.write([put('a')])).rejects.toMatchObject({ code: 'conflict' });
    expect(wb.kind).toBe('indexeddb');
    expect(onFull).not.toHaveBeenCalled();
  });

  it('when even reading fails, reports the full disk and tries again on the next write', async () => {
    const { backend, state } = disk();
    const readMany = vi.spyOn(backend, 'readMany').mockRejectedValueOnce(new Error('gone'));
    const onFull = vi.fn();
    const wb = switchToMemoryWhenFull(backend, onFull);
    state.full = true;
    await expect(wb.write([put('a')])).rejects.toMatchObject({ code: 'quota' });
    expect(wb.kind).toBe('indexeddb');
    await wb.write([put('b')]);
    expect(readMany).toHaveBeenCalledTimes(2);
    expect(wb.kind).toBe('memory');
    expect(await ids(wb)).toEqual(['b']);
    expect(onFull).toHaveBeenCalledOnce();
  });
});
