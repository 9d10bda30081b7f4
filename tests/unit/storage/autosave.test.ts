import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveStatus } from '../../../src/lib/storage';

/** A stand-in for window/document that lets the test fire page events. */
function pageEvents() {
  const target = new EventTarget();
  const doc = Object.assign(target, { visibilityState: 'visible' });
  return { target, doc };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves only the latest value once typing pauses', async () => {
    const saved: string[] = [];
    const { target, doc } = pageEvents();
    const autosave = createAutosave((v: string) => Promise.resolve(void saved.push(v)), {
      window: target,
      document: doc,
    });
    autosave.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    autosave.schedule('ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([]);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual(['ab']);
    expect(autosave.status.state).toBe('saved');
    expect(autosave.pending).toBe(false);
  });

  it('flushes at once on pagehide and when the page is hidden', async () => {
    const saved: string[] = [];
    const { target, doc } = pageEvents();
    const autosave = createAutosave((v: string) => Promise.resolve(void saved.push(v)), {
      window: target,
      document: doc,
    });
    autosave.schedule('one');
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['one']);
    autosave.schedule('two');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['one', 'two']);
    await autosave.dispose();
    autosave.schedule('three');
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['one', 'two']);
  });

  it('reports saving, saved and error with the reason, and never runs two saves at once', async () => {
    const statuses: AutosaveStatus['state'][] = [];
    const gates: (() => void)[] = [];
    let running = 0;
    let maxRunning = 0;
    const autosave = createAutosave(
      async (v: string) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        if (v === 'bad') throw new DOMException('full', 'QuotaExceededError');
      },
      { window: new EventTarget(), document: pageEvents().doc },
    );
    autosave.subscribe((s) => statuses.push(s.state));
    autosave.schedule('good');
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual(['saving']);
    autosave.schedule('bad'); // scheduled while the first save is still running
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(gates).toHaveLength(1); // the second save waits for the first
    gates[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(gates).toHaveLength(2);
    gates[1]?.();
    await flushed;
    expect(maxRunning).toBe(1);
    expect(statuses).toEqual(['saving', 'saving', 'error']);
    expect(autosave.status).toMatchObject({ state: 'error', error: { code: 'quota' } });
    autosave.schedule('good');
    const again = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    gates[2]?.();
    await again;
    expect(autosave.status.state).toBe('saved');
  });
});
