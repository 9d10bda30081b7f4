import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../src/lib/meetings/autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(save: (value: string[]) => Promise<void>) {
  const states: SaveState[] = [];
  const saver = createAutosaver<string[]>(save, (state) => states.push(state), {
    delayMs: 500,
    merge: (a, b) => [...a, ...b],
  });
  return { saver, states };
}

describe('createAutosaver', () => {
  it('saves once after a pause, with every change merged', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, states } = setup(save);
    saver.queue(['a']);
    saver.queue(['b']);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledExactlyOnceWith(['a', 'b']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves at once on flush', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    saver.queue(['a']);
    await saver.flush();
    expect(save).toHaveBeenCalledWith(['a']);
    expect(saver.hasPending()).toBe(false);
  });

  it('keeps a failed value and tries it again with the next change', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('QuotaExceededError')).mockResolvedValue(undefined);
    const { saver, states } = setup(save);
    saver.queue(['a']);
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    expect(saver.unsaved()).toEqual(['a']);
    saver.queue(['b']);
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith(['a', 'b']);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports what is not yet saved, including a save still running', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver } = setup(save);
    saver.queue(['a']);
    const flushing = saver.flush();
    saver.queue(['b']);
    expect(saver.unsaved()).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(0);
    finish();
    await flushing;
    expect(saver.unsaved()).toEqual(['b']);
  });
});
