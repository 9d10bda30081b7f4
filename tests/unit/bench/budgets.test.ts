import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkLcp, loadBudgets } from '../../../bench/lib/budgets.ts';
import { pageKinds } from '../../../bench/lib/page-kinds.ts';

const figures = { requests: 3, totalGzipBytes: 9000, jsGzipBytes: 0, jsFiles: 0, inlineScriptBytes: 120 };

describe('loadBudgets', () => {
  it('reads the project’s budgets: every kind listed, the emulation issue 9 asks for', () => {
    const budgets = loadBudgets();
    expect(Object.keys(budgets.kinds).sort()).toEqual([...pageKinds].sort());
    expect(budgets.emulation).toEqual({
      latencyMs: 150,
      downloadKbps: 1600,
      uploadKbps: 750,
      cpuSlowdown: 4,
    });
    expect(budgets.runs).toBe(5);
    expect(budgets.kinds.guide).toMatchObject({ maxRequests: 4, maxTotalGzipBytes: 20000, maxJsFiles: 0 });
    // DESIGN.md says 35 kB; raised to 41 kB for now (see the comment in budgets.json and issue 19).
    expect(budgets.kinds.workbook).toMatchObject({ maxTotalGzipBytes: 60000, maxJsGzipBytes: 38500 });
  });

  it('refuses a file with a misspelt budget, naming where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
    const file = join(dir, 'budgets.json');
    const kinds = Object.fromEntries(pageKinds.map((k) => [k, {}]));
    kinds['guide'] = { maxRequest: 4 };
    writeFileSync(
      file,
      JSON.stringify({
        emulation: { latencyMs: 1, downloadKbps: 1, uploadKbps: 1, cpuSlowdown: 1 },
        runs: 1,
        kinds,
      }),
    );
    try {
      expect(() => loadBudgets(file)).toThrow(/kinds\.guide/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkBytes', () => {
  it('passes figures at or under every limit', () => {
    const checks = checkBytes({ maxRequests: 3, maxTotalGzipBytes: 20000, maxJsFiles: 0 }, figures);
    expect(checks.map((c) => c.ok)).toEqual([true, true, true]);
  });

  it('fails each figure over its limit, and checks only what is budgeted', () => {
    const checks = checkBytes({ maxRequests: 2, maxInlineScriptBytes: 100 }, figures);
    expect(checks).toEqual([
      { figure: 'requests', value: 3, limit: 2, ok: false },
      { figure: 'inline script bytes', value: 120, limit: 100, ok: false },
    ]);
  });
});

describe('checkLcp', () => {
  it('compares the median LCP with the budget', () => {
    expect(checkLcp({ maxLcpMs: 800 }, 640)[0]?.ok).toBe(true);
    expect(checkLcp({ maxLcpMs: 800 }, 801)[0]?.ok).toBe(false);
  });
  it('fails a page that reported no LCP at all', () => {
    expect(checkLcp({ maxLcpMs: 800 }, null)[0]?.ok).toBe(false);
  });
  it('checks nothing without an LCP budget', () => {
    expect(checkLcp({ maxRequests: 4 }, 5000)).toEqual([]);
  });
});
